import { mkdir, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../commands/context';
import type { Catalog } from '../engine/catalog';
import type { Journal, LogRecord } from '../engine/journal';
import { decodeNormalised } from '../values/decode';
import { StoreCorruptedError } from './errors';
import { fsyncDirectory, listDataFiles, logFileName, snapshotFileName } from './files';
import { lockDirectory, type DirectoryLock } from './lock';
import { LogWriter } from './log-writer';
import { framedRecord } from './record-bytes';
import { scanRecords } from './records';
import { receivedBytesOf } from '../values/received-bytes';
import { readSnapshot, removeQuietly, writeSnapshot, type CollectionImage } from './snapshot';


/** By default, compact when the logs outgrow both this floor and twice the last snapshot. */
export const DEFAULT_COMPACTION_BYTES = 16 * 1024 * 1024;

/**
 * The on-disk side of the store: an append-only log of catalog changes plus periodic
 * snapshots. Owns the directory lock for as long as it is open.
 */
export class DurableStorage implements Journal {
  private writer: LogWriter | null = null;
  private generation = 0;
  private logBytesBefore = 0;
  private snapshotBytes = 0;
  private compaction: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly lock: DirectoryLock,
    private readonly logger: Logger,
    private readonly compactAfterBytes: number,
  ) {}

  /** Locks the directory; `recover` must follow before use. */
  static async lock(dataDir: string, logger: Logger, compactAfterBytes = DEFAULT_COMPACTION_BYTES): Promise<DurableStorage> {
    await mkdir(dataDir, { recursive: true });
    const lock = lockDirectory(dataDir, (obj, msg) => logger.warn(obj, msg));
    return new DurableStorage(dataDir, lock, logger, compactAfterBytes);
  }

  /**
   * Loads the newest snapshot and replays the logs after it. A damaged tail of the last
   * log (a write torn by a crash) is cut with a warning; damage anywhere else refuses.
   */
  async recover(catalog: Catalog): Promise<void> {
    try {
      await this.load(catalog);
    } catch (err) {
      this.lock.release();
      throw err;
    }
  }

  private async load(catalog: Catalog): Promise<void> {
    const listing = await listDataFiles(this.dataDir);
    for (const tmp of listing.temporary) await removeQuietly(tmp);
    const snapshot = listing.snapshots[listing.snapshots.length - 1];
    const base = snapshot?.generation ?? 0;
    if (snapshot) {
      for (const entry of await readSnapshot(snapshot.path)) {
        if (entry.kind === 'collection') {
          catalog.replay({ op: 'createCollection', db: entry.db, coll: entry.coll, options: entry.options });
          for (const spec of entry.indexes) catalog.replay({ op: 'createIndex', db: entry.db, coll: entry.coll, spec });
        } else {
          for (const doc of entry.docs) catalog.replay({ op: 'insert', db: entry.db, coll: entry.coll, doc });
        }
      }
      this.snapshotBytes = (await stat(snapshot.path)).size;
    }
    const logs = listing.logs.filter((log) => log.generation >= base);
    const sizes = await Promise.all(logs.map(async (log) => (await stat(log.path)).size));
    for (let i = 0; i < logs.length; i++) {
      const log = logs[i] as { path: string };
      const buffer = await readFile(log.path);
      const scan = scanRecords(buffer);
      if (scan.damage) {
        const isTail = sizes.slice(i + 1).every((size) => size === 0);
        if (scan.damage.followedByValidRecord || !isTail) {
          throw new StoreCorruptedError(log.path, scan.damage.offset, scan.damage.reason);
        }
        this.logger.warn(
          { file: log.path, offset: scan.damage.offset, droppedBytes: buffer.length - scan.validEnd, reason: scan.damage.reason },
          'embedded store: cut a damaged tail from the log (a write torn by a crash); no acknowledged write is affected',
        );
        await truncate(log.path, scan.validEnd);
        await fsyncDirectory(log.path);
        sizes[i] = scan.validEnd;
      }
      for (const payload of scan.payloads) {
        catalog.replay(decodeNormalised(payload) as LogRecord);
      }
    }
    this.generation = Math.max(base, logs[logs.length - 1]?.generation ?? 0, 1);
    this.logBytesBefore = sizes.slice(0, -1).reduce((a, b) => a + b, 0);
    this.writer = await LogWriter.open(join(this.dataDir, logFileName(this.generation)));
    for (const old of listing.logs.filter((log) => log.generation < base)) await removeQuietly(old.path);
    for (const old of listing.snapshots.filter((s) => s.generation < base)) await removeQuietly(old.path);
  }

  get failed(): Error | null {
    return this.writer?.failed ?? null;
  }

  append(record: LogRecord): void {
    if (!this.writer) throw new Error('embedded store: storage used before recovery');
    this.writer.append(framedRecord(record, receivedBytesOf));
  }

  durable(): Promise<void> {
    return this.writer ? this.writer.durable() : Promise.resolve();
  }

  private get logBytes(): number {
    return this.logBytesBefore + (this.writer?.currentLogBytes ?? 0);
  }

  /** Starts a compaction when the logs have grown enough; returns at once. */
  compactIfDue(catalog: Catalog): void {
    if (this.compaction || this.closed) return;
    if (this.logBytes < Math.max(this.compactAfterBytes, 2 * this.snapshotBytes)) return;
    void this.compact(catalog).catch((err: unknown) => this.logger.error({ err }, 'embedded store: compaction failed; the log keeps growing until it succeeds'));
  }

  /**
   * Writes a snapshot of the current state and drops the logs it covers. The state is
   * captured and the log switched in the same tick, so the snapshot holds exactly the
   * changes before the new log.
   */
  compact(catalog: Catalog): Promise<void> {
    if (this.compaction) return this.compaction;
    const writer = this.writer;
    if (!writer) return Promise.resolve();
    const generation = this.generation + 1;
    const images: CollectionImage[] = catalog.allCollections().map((collection) => ({
      db: collection.db,
      name: collection.name,
      options: collection.options,
      indexes: collection.indexes.map((index) => index.spec),
      docs: [...collection.docs.values()],
    }));
    const previousClosed = writer.rotate(join(this.dataDir, logFileName(generation)));
    this.generation = generation;
    this.logBytesBefore = 0;
    const run = async (): Promise<void> => {
      const snapshotPath = join(this.dataDir, snapshotFileName(generation));
      this.snapshotBytes = await writeSnapshot(snapshotPath, generation, images);
      await previousClosed;
      const listing = await listDataFiles(this.dataDir);
      for (const old of listing.logs.filter((log) => log.generation < generation)) await removeQuietly(old.path);
      for (const old of listing.snapshots.filter((s) => s.generation < generation)) await removeQuietly(old.path);
      this.logger.info({ generation, snapshotBytes: this.snapshotBytes }, 'embedded store: compacted the log into a snapshot');
    };
    this.compaction = run().finally(() => {
      this.compaction = null;
    });
    return this.compaction;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.compaction?.catch(() => undefined);
    await this.writer?.close();
    this.lock.release();
  }
}
