import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedStore, type EmbeddedStore, type EmbeddedStoreOptions, type Logger } from '../../src';

export interface CapturedLog extends Logger {
  warnings: Array<{ obj: object | string; msg?: string }>;
}

export function captureLogger(): CapturedLog {
  const warnings: CapturedLog['warnings'] = [];
  return { warnings, info: () => undefined, warn: (obj, msg) => warnings.push({ obj, msg }), error: () => undefined };
}

export const newDataDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'store-disk-'));
export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

/** Opens a store on `dataDir`, runs `fn` with a connected client, and closes both. */
export async function withStore<T>(
  dataDir: string,
  fn: (client: MongoClient, store: EmbeddedStore) => Promise<T>,
  options: Partial<EmbeddedStoreOptions> = {},
): Promise<T> {
  const store = await startEmbeddedStore({ dataDir, ...options });
  const client = new MongoClient(store.uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    return await fn(client, store);
  } finally {
    await client.close();
    await store.close();
  }
}

/** Data files of the documented on-disk format (see packages/store/README.md). */
export async function dataFiles(dataDir: string): Promise<{ logs: string[]; snapshots: string[] }> {
  const names = (await readdir(dataDir)).sort();
  return {
    logs: names.filter((n) => n.endsWith('.wal')).map((n) => join(dataDir, n)),
    snapshots: names.filter((n) => n.endsWith('.snap')).map((n) => join(dataDir, n)),
  };
}
