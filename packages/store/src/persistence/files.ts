import { open, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Makes a file's creation, rename or removal durable by syncing its directory. */
export async function fsyncDirectory(pathInside: string): Promise<void> {
  const handle = await open(dirname(pathInside), 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const LOG_PATTERN = /^log-(\d{8})\.wal$/;
const SNAPSHOT_PATTERN = /^snapshot-(\d{8})\.snap$/;

const generationName = (prefix: string, generation: number, ext: string): string =>
  `${prefix}-${String(generation).padStart(8, '0')}.${ext}`;

export const logFileName = (generation: number): string => generationName('log', generation, 'wal');
export const snapshotFileName = (generation: number): string => generationName('snapshot', generation, 'snap');
export const LOCK_FILE_NAME = 'store.lock';

export interface DataDirListing {
  logs: Array<{ generation: number; path: string }>;
  snapshots: Array<{ generation: number; path: string }>;
  temporary: string[];
}

/** The data files of a directory, oldest generation first. */
export async function listDataFiles(dataDir: string): Promise<DataDirListing> {
  const listing: DataDirListing = { logs: [], snapshots: [], temporary: [] };
  for (const name of await readdir(dataDir)) {
    const log = LOG_PATTERN.exec(name);
    const snapshot = SNAPSHOT_PATTERN.exec(name);
    if (log) listing.logs.push({ generation: Number(log[1]), path: join(dataDir, name) });
    else if (snapshot) listing.snapshots.push({ generation: Number(snapshot[1]), path: join(dataDir, name) });
    else if (name.endsWith('.tmp')) listing.temporary.push(join(dataDir, name));
  }
  listing.logs.sort((a, b) => a.generation - b.generation);
  listing.snapshots.sort((a, b) => a.generation - b.generation);
  return listing;
}
