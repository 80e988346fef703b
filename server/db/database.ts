import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../http/logging';
import { registerModels, type Models } from './models';

// No request value may ever reach a query as an operator: mongoose wraps any object found
// in a filter in $eq. Unknown filter paths are errors rather than silently ignored.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');

export type Engine = 'embedded' | 'mongodb';

export interface Database {
  engine: Engine;
  connection: Connection;
  models: Models;
  /** Pings the store, answering false instead of hanging when it is gone. */
  isReachable(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri: string;
  dbName: string;
  engine: Engine;
  logger: Logger;
  /** Keep trying the first connection (a real MongoDB may start after the app). */
  retry?: boolean;
}

/** Requests fail fast with 503 when the store is gone, instead of queueing forever. */
const SERVER_SELECTION_TIMEOUT_MS = 1_500;

export async function connectDatabase({ uri, dbName, engine, logger, retry = false }: ConnectOptions): Promise<Database> {
  const connection = await connectWithBackoff(uri, dbName, logger, retry);
  const models = registerModels(connection);
  await Promise.all(Object.values(models).map((model) => model.init()));
  return {
    engine,
    connection,
    models,
    isReachable: (timeoutMs = 1_000) => ping(connection, timeoutMs),
    close: () => connection.close(),
  };
}

async function connectWithBackoff(uri: string, dbName: string, logger: Logger, retry: boolean): Promise<Connection> {
  let delayMs = 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await mongoose
        .createConnection(uri, {
          dbName,
          bufferCommands: false,
          autoIndex: true,
          autoCreate: true,
          serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
          connectTimeoutMS: 5_000,
          heartbeatFrequencyMS: 2_000,
          maxPoolSize: 20,
        })
        .asPromise();
    } catch (error) {
      if (!retry) throw error;
      logger.warn({ err: error, attempt, retryInMs: delayMs }, 'database not reachable yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      delayMs = Math.min(delayMs * 2, 10_000);
    }
  }
}

async function ping(connection: Connection, timeoutMs: number): Promise<boolean> {
  const db = connection.db;
  if (!db || connection.readyState !== 1) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.command({ ping: 1 }).then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
