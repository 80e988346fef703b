import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedStore } from './index';

export interface TestDatabase {
  uri: string;
  /** Unique per call, so tests in one file never see each other's data. */
  dbName: string;
  stop(): Promise<void>;
}

const uniqueDbName = (): string => `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

/** Drops the test database on a shared server (real MongoDB or memory-server). */
async function dropDatabase(uri: string, dbName: string): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.connect();
    await client.db(dbName).dropDatabase();
  } finally {
    await client.close();
  }
}

/**
 * A database for one test file (the store's own tests and the app's use the same):
 * - `MONGODB_URI` set: that server, with a fresh database dropped on stop;
 * - `TEST_ENGINE=memory-server`: mongodb-memory-server (needs internet once to fetch mongod);
 * - otherwise: the embedded store, in memory, or on a temp dir with `TEST_ENGINE=embedded-disk`.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const dbName = uniqueDbName();
  const external = process.env.MONGODB_URI;
  if (external) {
    return { uri: external, dbName, stop: () => dropDatabase(external, dbName) };
  }
  if (process.env.TEST_ENGINE === 'memory-server') {
    const { MongoMemoryServer } = await import('mongodb-memory-server');
    const server = await MongoMemoryServer.create();
    return { uri: server.getUri(), dbName, stop: async () => { await server.stop(); } };
  }
  const onDisk = process.env.TEST_ENGINE === 'embedded-disk';
  const dataDir = onDisk ? await mkdtemp(join(tmpdir(), 'store-test-')) : null;
  const store = await startEmbeddedStore({ dataDir });
  return {
    uri: store.uri,
    dbName,
    async stop() {
      await store.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
