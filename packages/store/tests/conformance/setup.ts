import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../../src/testing';

/**
 * True when the suite runs on the embedded store (not MONGODB_URI, not memory-server).
 * Only the store's deliberate refusals are tested under this flag; every other test
 * must pass unchanged against a real MongoDB.
 */
export const onEmbeddedStore = !process.env.MONGODB_URI && process.env.TEST_ENGINE !== 'memory-server';
/** A standalone server answers transactions with code 20; a replica set runs them. */
export const onStandalone = !process.env.MONGODB_URI;

export interface Connected {
  client: MongoClient;
  db: Db;
  database: TestDatabase;
}

/** Connects once per test file to a fresh database, dropped afterwards. */
export function useTestDatabase(): Connected {
  const state = {} as Connected;
  beforeAll(async () => {
    state.database = await startTestDatabase();
    state.client = new MongoClient(state.database.uri, { serverSelectionTimeoutMS: 5_000 });
    await state.client.connect();
    state.db = state.client.db(state.database.dbName);
  });
  afterAll(async () => {
    await state.client?.close();
    await state.database?.stop();
  });
  return state;
}

/** Awaits a promise that must reject with a MongoDB server error, and returns it. */
export async function serverError(promise: Promise<unknown>): Promise<MongoServerError> {
  const result = await promise.then(() => 'resolved', (err: unknown) => err);
  expect(result).toBeInstanceOf(MongoServerError);
  return result as MongoServerError;
}

/** Expects a rejection carrying MongoDB's code (and codeName: command errors have one, write errors do not). */
export async function expectServerError(promise: Promise<unknown>, code: number, codeName?: string): Promise<MongoServerError> {
  const err = await serverError(promise);
  expect({ code: err.code, codeName: err.codeName }).toEqual(codeName ? { code, codeName } : { code, codeName: err.codeName });
  return err;
}
