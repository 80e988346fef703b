import { randomBytes } from 'node:crypto';
import { calculateObjectSize, Long } from '../values/bson';
import { cursorNotFound } from '../errors';
import type { Doc } from '../values/typed';

/** Replies stay under mongod's 16 MiB document limit, leaving room for the envelope. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
export const DEFAULT_FIRST_BATCH = 101;
/** mongod's default idle timeout for cursors. */
const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  readonly ns: string;
  readonly docs: Doc[];
  position: number;
  lastUsed: number;
}

export interface Batch {
  /** 0 when the cursor is exhausted (and already closed). */
  id: Long;
  docs: Doc[];
}

/**
 * Cursors over results computed when the command ran. Ids are random non-zero int64s:
 * drivers reject an int32 id ("BSON element id is missing").
 */
export class CursorRegistry {
  private readonly open = new Map<string, OpenCursor>();

  constructor(private readonly random: (size: number) => Uint8Array = randomBytes) {}

  private newId(): Long {
    for (;;) {
      const id = Long.fromBytesLE([...this.random(8)]).and(Long.MAX_VALUE);
      if (!id.isZero() && !this.open.has(id.toString())) return id;
    }
  }

  /** Returns the first batch and keeps the rest, unless it all fits. */
  first(ns: string, docs: Doc[], batchSize: number | undefined, singleBatch = false): Batch {
    const cursor: OpenCursor = { ns, docs, position: 0, lastUsed: Date.now() };
    const batch = this.take(cursor, batchSize ?? DEFAULT_FIRST_BATCH);
    if (singleBatch || cursor.position >= docs.length) return { id: Long.ZERO, docs: batch };
    const id = this.newId();
    this.open.set(id.toString(), cursor);
    return { id, docs: batch };
  }

  next(id: Long, ns: string, batchSize: number | undefined): Batch {
    const key = id.toString();
    const cursor = this.open.get(key);
    if (!cursor || cursor.ns !== ns) throw cursorNotFound(`cursor id ${key} not found`);
    cursor.lastUsed = Date.now();
    const batch = this.take(cursor, batchSize ?? Number.MAX_SAFE_INTEGER);
    if (cursor.position >= cursor.docs.length) {
      this.open.delete(key);
      return { id: Long.ZERO, docs: batch };
    }
    return { id, docs: batch };
  }

  kill(id: Long): boolean {
    return this.open.delete(id.toString());
  }

  /** Closes cursors idle past mongod's 10-minute timeout. */
  sweep(now = Date.now()): void {
    for (const [key, cursor] of this.open) if (now - cursor.lastUsed > IDLE_TIMEOUT_MS) this.open.delete(key);
  }

  clear(): void {
    this.open.clear();
  }

  private take(cursor: OpenCursor, batchSize: number): Doc[] {
    const limit = batchSize <= 0 ? Number.MAX_SAFE_INTEGER : batchSize;
    const batch: Doc[] = [];
    let bytes = 0;
    while (batch.length < limit && cursor.position < cursor.docs.length) {
      const doc = cursor.docs[cursor.position] as Doc;
      bytes += calculateObjectSize(doc);
      if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
      batch.push(doc);
      cursor.position++;
    }
    return batch;
  }
}
