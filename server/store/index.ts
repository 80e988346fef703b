import { runCommand } from './commands/registry';
import type { CommandContext, Logger } from './commands/context';
import { Catalog } from './engine/catalog';
import { CursorRegistry } from './engine/cursors';
import { DISCARDING_JOURNAL } from './engine/journal';
import { WireServer } from './wire/server';

export { StoreLockedError } from './persistence/lock';
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
}

const SILENT: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function startEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const logger = options.logger ?? SILENT;
  const host = options.host ?? '127.0.0.1';
  if (options.dataDir !== null) {
    logger.warn({ dataDir: options.dataDir }, 'embedded store: persistence is not implemented yet; data stays in memory');
  }
  const catalog = new Catalog(DISCARDING_JOURNAL);
  const cursors = new CursorRegistry();
  const durable = (): Promise<void> => Promise.resolve();
  const server = new WireServer((command, connectionId) => {
    const context: CommandContext = { catalog, cursors, connectionId, logger, durable };
    return runCommand(command, context);
  }, logger);
  const port = await server.listen(host, options.port ?? 0);
  const sweeper = setInterval(() => cursors.sweep(), 60_000);
  sweeper.unref();
  return {
    uri: `mongodb://${host}:${port}`,
    port,
    dataDir: options.dataDir,
    async close() {
      clearInterval(sweeper);
      await server.close();
      cursors.clear();
    },
  };
}
