import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { expectServerError, onEmbeddedStore, onStandalone, useTestDatabase } from './setup';

const t = useTestDatabase();

describe('handshake and server commands', () => {
  it('answers hello as a writable primary with the limits drivers need', async () => {
    const hello = await t.db.admin().command({ hello: 1 });
    expect(hello).toMatchObject({ ok: 1, isWritablePrimary: true });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect(hello.logicalSessionTimeoutMinutes).toBeGreaterThan(0);
    expect(hello.maxBsonObjectSize).toBe(16 * 1024 * 1024);
    expect(hello.maxMessageSizeBytes).toBe(48_000_000);
    expect(hello.maxWriteBatchSize).toBe(100_000);
    if (onEmbeddedStore) {
      expect(hello.topologyVersion).toBeUndefined();
      expect(hello.compression).toBeUndefined();
    }
  });

  it('answers ping and buildInfo', async () => {
    expect(await t.db.admin().ping()).toMatchObject({ ok: 1 });
    expect((await t.db.admin().buildInfo()).version).toMatch(/^\d+\.\d+/);
  });

  it('answers an unknown command with CommandNotFound (59) naming it', async () => {
    const err = await expectServerError(t.db.command({ frobnicate: 1 }), 59, 'CommandNotFound');
    expect(err.message).toContain('frobnicate');
  });

  it('serves many clients at once', async () => {
    const clients = await Promise.all(Array.from({ length: 5 }, () => new MongoClient(t.database.uri).connect()));
    try {
      const dbs = clients.map((client) => client.db(t.db.databaseName));
      await Promise.all(dbs.map((db, i) => db.collection('shared').insertOne({ client: i })));
      expect(await t.db.collection('shared').countDocuments()).toBe(5);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });
});

describe('unacknowledged writes', () => {
  it('applies writes sent with w: 0 (moreToCome, no reply)', async () => {
    const coll = t.db.collection('fire-and-forget');
    await coll.insertOne({ _id: 1 as never }, { writeConcern: { w: 0 } });
    await coll.deleteMany({ _id: 2 as never }, { writeConcern: { w: 0 } });
    const deadline = Date.now() + 5_000;
    while ((await coll.countDocuments()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await coll.countDocuments()).toBe(1);
  });
});

describe('sessions', () => {
  it('accepts explicit sessions on reads and writes', async () => {
    const session = t.client.startSession();
    try {
      await t.db.collection('sessions').insertOne({ v: 1 }, { session });
      expect(await t.db.collection('sessions').countDocuments({}, { session })).toBe(1);
    } finally {
      await session.endSession();
    }
  });

  it.runIf(onStandalone)('refuses transactions like a standalone mongod (code 20)', async () => {
    const session = t.client.startSession();
    try {
      session.startTransaction();
      const err = (await t.db.collection('sessions').insertOne({ v: 2 }, { session }).catch((e: unknown) => e)) as
        { code?: number; errorResponse?: { originalError?: { code?: number } } };
      // The driver wraps mongod's code 20 in its "does not support retryable writes" advice.
      expect(err.errorResponse?.originalError?.code ?? err.code).toBe(20);
    } finally {
      await session.abortTransaction().catch(() => undefined);
      await session.endSession();
    }
    expect(await t.db.collection('sessions').countDocuments({ v: 2 })).toBe(0);
  });
});

describe('concurrent writes', () => {
  it('applies every one of many concurrent increments', async () => {
    const coll = t.db.collection<{ _id: string; n: number }>('counter');
    await coll.insertOne({ _id: 'c', n: 0 });
    await Promise.all(Array.from({ length: 200 }, () => coll.updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
    expect((await coll.findOne({ _id: 'c' }))?.n).toBe(200);
  });

  it('lets exactly one of many concurrent inserts of a unique key succeed', async () => {
    const coll = t.db.collection('race');
    await coll.createIndex({ key: 1 }, { unique: true });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => coll.insertOne({ key: 'same', i })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r.reason as { code?: number }).code === 11000)).toBe(true);
  });

  it('creates one document from many concurrent upserts on a unique key', async () => {
    const coll = t.db.collection('upsert-race');
    await coll.createIndex({ key: 1 }, { unique: true });
    await Promise.allSettled(Array.from({ length: 30 }, () => coll.updateOne({ key: 'k' }, { $inc: { hits: 1 } }, { upsert: true })));
    expect(await coll.countDocuments()).toBe(1);
  });
});
