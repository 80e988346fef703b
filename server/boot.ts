import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { Config } from './config';
import type { AppContext } from './context';
import { connectDatabase, type Database } from './db/database';
import { createLogger, type Logger } from './http/logging';
import { getOrCreateMeta } from './meta/model';
import { seedDatabase } from './seed/seedDatabase';
import { startEmbeddedStore, type EmbeddedStore } from '@carrier-planner/store';
import { ensureSeededTargets } from './targets/seedTargets';
import { recoverIncompleteImports } from './carriers/transfer/recovery';
import { ensureDemoAccounts } from './users/demoAccounts';
import packageJson from '../package.json' with { type: 'json' };

export interface RunningPlanner {
  url: string;
  port: number;
  engine: Database['engine'];
  dataDir: string | null;
  demo: AppContext['demo'];
  /** True when this start loaded the seed data (the first start only). */
  seeded: boolean;
  context: AppContext;
  /** Graceful stop: no new connections, in-flight requests get up to 10 s, then the store closes. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Tests move the clock to expire sessions. */
  now?: () => number;
  /** A store someone else started (tests share one); the app neither starts nor stops it. */
  database?: { uri: string; dbName: string; engine: Database['engine'] };
}

/** In-flight requests get this long to finish at shutdown. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** Starts the store (embedded unless MONGODB_URI is set), seeds it once, and serves HTTP. */
export async function startPlanner(config: Config, options: StartOptions = {}): Promise<RunningPlanner> {
  const logger = options.logger ?? createLogger(config.logLevel);
  let store: EmbeddedStore | null = null;
  let db: Database;
  if (options.database) {
    db = await connectDatabase({ ...options.database, logger });
  } else if (config.mongodbUri) {
    db = await connectDatabase({ uri: config.mongodbUri, dbName: config.dbName, engine: 'mongodb', logger, retry: true });
  } else {
    store = await startEmbeddedStore({ dataDir: config.dataDir, port: 0, logger });
    db = await connectDatabase({ uri: store.uri, dbName: config.dbName, engine: 'embedded', logger }).catch(async (error: unknown) => {
      await store?.close();
      throw error;
    });
  }

  const sessionSecret = config.sessionSecret ?? (await getOrCreateMeta(db.models.Meta, 'session-secret', () => randomBytes(48).toString('base64url')));
  await ensureSeededTargets(db.models);
  // The embedded store has one process, so an import still running at start died with the last one.
  await recoverIncompleteImports(db.models, { staleAfterMs: db.engine === 'embedded' ? 0 : undefined });
  const demo = db.engine === 'embedded' ? await ensureDemoAccounts(db.models, config.demoPassword) : null;
  // Demo carriers only in demo mode: a production database starts empty but for the targets.
  const seeded = config.seedOnFirstStart && demo ? await seedDatabase(db.models, logger, { demoManagerId: await userIdOf(db, 'manager') }) : false;

  const context: AppContext = {
    config,
    db,
    logger,
    now: options.now ?? Date.now,
    version: packageJson.version,
    startedAt: Date.now(),
    demo,
    sessionSecret,
  };
  const server = await listen(createApp(context), config.host, config.port);
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await stopAccepting(server);
      await db.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the database connection failed'));
      await store?.close();
    })();
    return closing;
  };

  return { url: `http://localhost:${port}`, port, engine: db.engine, dataDir: store ? config.dataDir : null, demo, seeded, context, close };
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** Stops accepting, lets in-flight requests finish, and cuts whatever is left after the grace period. */
async function stopAccepting(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearTimeout(timer);
}

async function userIdOf(db: Database, username: string): Promise<string | undefined> {
  return (await db.models.User.findOne({ username }, { _id: 1 }).lean())?._id.toString();
}
