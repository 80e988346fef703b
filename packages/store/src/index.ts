import { errorReply, runCommand } from './commands/registry';
import type { CommandContext, Logger } from './commands/context';
import { StoreError } from './errors';
import { Catalog } from './engine/catalog';
import { CursorRegistry } from './engine/cursors';
import { DISCARDING_JOURNAL } from './engine/journal';
import { removeExpired } from './engine/ttl';
import { DurableStorage } from './persistence/durable-storage';
import { WireServer } from './wire/server';

export { StoreLockedError } from './persistence/lock';
export { StoreCorruptedError } from './persistence/errors';
export type { Logger } from './commands/context';

export interface EmbeddedStore {
  /** `mongodb://127.0.0.1:PORT`; pass the database name as `dbName` or append it. */
  uri: string;
  port: number;
  dataDir: string | null;
  close(): Promise<void>;
}

export interface EmbeddedStoreOptions {
  /** Where data lives; null keeps everything in memory (tests). */
  dataDir: string | null;
  /** 0 (the default) picks any free port. */
  port?: number;
  host?: '127.0.0.1';
  logger?: Logger;
  /** How often expired TTL documents are deleted; mongod's default is 60 s. */
  ttlMonitorIntervalMs?: number;
  /** Log size that triggers a snapshot (also at least twice the last snapshot); default 16 MiB. */
  compactAfterBytes?: number;
  /** Where cursor ids come from (8 bytes per id); crypto's randomBytes unless a test forces ids. */
  randomBytes?: (size: number) => Uint8Array;
}

const SILENT: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Starts a MongoDB-compatible server on 127.0.0.1 inside this process. Throws
 * StoreLockedError if another process holds `dataDir`, StoreCorruptedError if its files
 * are damaged other than at the tail.
 */
export async function startEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const logger = options.logger ?? SILENT;
  const host = options.host ?? '127.0.0.1';
  let storage: DurableStorage | null = null;
  let catalog: Catalog;
  if (options.dataDir !== null) {
    storage = await DurableStorage.lock(options.dataDir, logger, options.compactAfterBytes);
    catalog = new Catalog(storage);
    await storage.recover(catalog);
  } else {
    catalog = new Catalog(DISCARDING_JOURNAL);
  }
  const cursors = new CursorRegistry(options.randomBytes);
  const durable = (): Promise<void> => (storage ? storage.durable() : Promise.resolve());

  const server = new WireServer(async (command, connectionId) => {
    const failure = storage?.failed;
    if (failure) {
      // Memory may hold changes the disk refused: serve nothing until restarted.
      return errorReply(new StoreError(1, 'InternalError', `the embedded store stopped after a disk error (${failure.message}); restart it`));
    }
    const context: CommandContext = { catalog, cursors, connectionId, logger, durable };
    const reply = await runCommand(command, context);
    storage?.compactIfDue(catalog);
    return reply;
  }, logger);

  let port: number;
  try {
    port = await server.listen(host, options.port ?? 0);
  } catch (err) {
    await storage?.close();
    throw err;
  }

  const sweeper = setInterval(() => cursors.sweep(), 60_000);
  sweeper.unref();
  const ttl = setInterval(() => {
    if (storage?.failed) return;
    const removed = removeExpired(catalog);
    if (removed > 0) {
      durable().catch((err: unknown) => logger.error({ err }, 'embedded store: could not persist TTL deletions'));
    }
  }, options.ttlMonitorIntervalMs ?? 60_000);
  ttl.unref();

  let closing: Promise<void> | null = null;
  return {
    uri: `mongodb://${host}:${port}`,
    port,
    dataDir: options.dataDir,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        clearInterval(ttl);
        await server.close();
        cursors.clear();
        await storage?.close();
      })();
      return closing;
    },
  };
}
