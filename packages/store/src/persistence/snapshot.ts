import { open, readFile, rename, unlink } from 'node:fs/promises';
import { calculateObjectSize, serialize } from '../values/bson';
import { decodeNormalised } from '../values/decode';
import type { IndexSpec } from '../engine/indexes';
import type { Doc } from '../values/typed';
import { StoreCorruptedError } from './errors';
import { fsyncDirectory } from './files';
import { frameRecord, scanRecords } from './records';

/** One collection as captured for a snapshot: references to immutable stored documents. */
export interface CollectionImage {
  db: string;
  name: string;
  options: Doc;
  indexes: IndexSpec[];
  docs: Doc[];
}

const SNAPSHOT_FORMAT = 1;
const DOCS_PER_RECORD_BYTES = 1024 * 1024;
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;


/**
 * Writes a full image to `<path>.tmp`, fsyncs it, then renames it into place (atomic on
 * POSIX) and fsyncs the directory: a snapshot file is either complete or absent.
 * Yields to the event loop between chunks so commands keep being served.
 */
export async function writeSnapshot(path: string, generation: number, images: CollectionImage[]): Promise<number> {
  const tmp = `${path}.tmp`;
  const handle = await open(tmp, 'w');
  let total = 0;
  let chunk: Buffer[] = [];
  let chunkBytes = 0;
  const push = async (record: Doc): Promise<void> => {
    const framed = frameRecord(serialize(record));
    chunk.push(framed);
    chunkBytes += framed.length;
    if (chunkBytes >= WRITE_CHUNK_BYTES) await flush();
  };
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const data = Buffer.concat(chunk);
    chunk = [];
    chunkBytes = 0;
    await handle.write(data);
    total += data.length;
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    let documents = 0;
    await push({ kind: 'header', format: SNAPSHOT_FORMAT, generation, createdAt: new Date() });
    for (const image of images) {
      await push({ kind: 'collection', db: image.db, coll: image.name, options: image.options, indexes: image.indexes });
      let start = 0;
      let batchBytes = 0;
      for (let i = 0; i < image.docs.length; i++) {
        batchBytes += calculateObjectSize(image.docs[i] as Doc);
        documents++;
        if (batchBytes >= DOCS_PER_RECORD_BYTES || i === image.docs.length - 1) {
          await push({ kind: 'docs', db: image.db, coll: image.name, docs: image.docs.slice(start, i + 1) });
          start = i + 1;
          batchBytes = 0;
        }
      }
    }
    await push({ kind: 'end', collections: images.length, documents });
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
  await fsyncDirectory(path);
  return total;
}

export type SnapshotEntry =
  | { kind: 'collection'; db: string; coll: string; options: Doc; indexes: IndexSpec[] }
  | { kind: 'docs'; db: string; coll: string; docs: Doc[] };

/** Reads a snapshot; any damage refuses the open (a snapshot is never torn, only corrupted). */
export async function readSnapshot(path: string): Promise<SnapshotEntry[]> {
  const buffer = await readFile(path);
  const scan = scanRecords(buffer);
  if (scan.damage) throw new StoreCorruptedError(path, scan.damage.offset, scan.damage.reason);
  const entries: SnapshotEntry[] = [];
  let ended = false;
  for (const payload of scan.payloads) {
    const record = decodeNormalised(payload) as Doc;
    if (record.kind === 'collection' || record.kind === 'docs') entries.push(record as unknown as SnapshotEntry);
    else if (record.kind === 'end') ended = true;
  }
  if (!ended) throw new StoreCorruptedError(path, scan.validEnd, 'snapshot has no end record');
  return entries;
}

export async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
