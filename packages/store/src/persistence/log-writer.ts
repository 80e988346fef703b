import { open, type FileHandle } from 'node:fs/promises';
import { fsyncDirectory } from './files';

interface Segment {
  readonly path: string;
  handle: FileHandle | null;
  pending: Uint8Array[];
  /** Records in `pending` (each record is several buffers). */
  pendingRecords: number;
  /** Resolves when the segment has been flushed and closed after a rotation. */
  closed: { promise: Promise<void>; resolve: () => void } | null;
}

/** Writes buffers in order without first concatenating them (a bulk insert's batch can be tens of MB). */
async function writeAll(handle: FileHandle, buffers: readonly Uint8Array[]): Promise<void> {
  const SLICE = 1024;
  for (let i = 0; i < buffers.length; i += SLICE) {
    const slice = buffers.slice(i, i + SLICE);
    const total = slice.reduce((n, b) => n + b.byteLength, 0);
    let written = (await handle.writev(slice)).bytesWritten;
    // Regular files rarely write short (a full disk, a signal); finish the rest if so.
    if (written < total) {
      const rest = Buffer.concat(slice);
      while (written < total) written += (await handle.write(rest, written, total - written)).bytesWritten;
    }
  }
}

interface Waiter {
  sequence: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * Appends framed records to the log with group commit: while one write+fsync is in
 * flight, new records gather into the next batch, so many concurrent writers share one
 * fsync. `durable()` resolves only after the fsync that covers everything appended
 * before the call: a command awaits it before replying.
 */
export class LogWriter {
  private readonly segments: Segment[];
  private appended = 0;
  private flushed = 0;
  private waiters: Waiter[] = [];
  private flushing = false;
  private failure: Error | null = null;
  private bytesInSegment: number;

  private constructor(path: string, handle: FileHandle, size: number) {
    this.segments = [{ path, handle, pending: [], pendingRecords: 0, closed: null }];
    this.bytesInSegment = size;
  }

  /** Opens (or creates) a log file for appending. */
  static async open(path: string): Promise<LogWriter> {
    const handle = await open(path, 'a');
    const { size } = await handle.stat();
    if (size === 0) await fsyncDirectory(path);
    return new LogWriter(path, handle, size);
  }

  get failed(): Error | null {
    return this.failure;
  }

  /** Bytes written to the current log file, including what is still pending. */
  get currentLogBytes(): number {
    return this.bytesInSegment;
  }

  /** Appends one framed record (its buffers are written in order, never copied). */
  append(record: readonly Uint8Array[]): void {
    if (this.failure) throw this.failure;
    const segment = this.segments[this.segments.length - 1] as Segment;
    for (const part of record) {
      segment.pending.push(part);
      this.bytesInSegment += part.byteLength;
    }
    segment.pendingRecords++;
    this.appended++;
  }

  durable(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.flushed >= this.appended) return Promise.resolve();
    const sequence = this.appended;
    const promise = new Promise<void>((resolve, reject) => this.waiters.push({ sequence, resolve, reject }));
    this.scheduleFlush();
    return promise;
  }

  /**
   * Sends later appends to a new file. Returns a promise that resolves once the old
   * file holds everything appended before the switch, fsynced and closed.
   */
  rotate(path: string): Promise<void> {
    const previous = this.segments[this.segments.length - 1] as Segment;
    let resolve = (): void => undefined;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    previous.closed = { promise, resolve };
    this.segments.push({ path, handle: null, pending: [], pendingRecords: 0, closed: null });
    this.bytesInSegment = 0;
    this.scheduleFlush();
    return promise;
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = true;
    void this.flushLoop();
  }

  private async flushLoop(): Promise<void> {
    try {
      for (;;) {
        const segment = this.segments[0] as Segment;
        if (segment.pending.length > 0) {
          const batch = segment.pending;
          segment.pending = [];
          segment.pendingRecords = 0;
          // Everything appended so far, except what waits in later files, is in this batch or before it.
          const target = this.appended - this.pendingAfter(0);
          segment.handle ??= await this.openSegment(segment.path);
          await writeAll(segment.handle, batch);
          await segment.handle.datasync();
          this.markFlushed(target);
          continue;
        }
        if (segment.closed && this.segments.length > 1) {
          await segment.handle?.close();
          segment.handle = null;
          segment.closed.resolve();
          this.segments.shift();
          continue;
        }
        this.markFlushed(this.appended - this.pendingAfter(0));
        break;
      }
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
    } finally {
      this.flushing = false;
    }
    if (!this.failure && this.segments.some((s) => s.pending.length > 0 || (s.closed && this.segments.length > 1))) this.scheduleFlush();
  }

  private async openSegment(path: string): Promise<FileHandle> {
    const handle = await open(path, 'a');
    await fsyncDirectory(path);
    return handle;
  }

  /** Records appended to segments after index `i` (not yet flushable). */
  private pendingAfter(i: number): number {
    let count = 0;
    for (let j = i; j < this.segments.length; j++) count += (this.segments[j] as Segment).pendingRecords;
    return count;
  }

  private markFlushed(sequence: number): void {
    if (sequence <= this.flushed) return;
    this.flushed = sequence;
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.sequence <= sequence) waiter.resolve();
      else still.push(waiter);
    }
    this.waiters = still;
  }

  private fail(err: Error): void {
    this.failure = err;
    for (const waiter of this.waiters) waiter.reject(err);
    this.waiters = [];
  }

  /** Flushes everything and closes the files. */
  async close(): Promise<void> {
    if (!this.failure) await this.durable().catch(() => undefined);
    while (this.flushing) await new Promise((r) => setImmediate(r));
    for (const segment of this.segments) {
      await segment.handle?.close().catch(() => undefined);
      segment.handle = null;
      segment.closed?.resolve();
    }
  }
}
