import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore, type EmbeddedStore } from '../src';

// mongod's TTL monitor runs every 60 s; the embedded store's interval is configurable,
// which lets this test watch documents expire without waiting a minute.
let store: EmbeddedStore;
let client: MongoClient;

beforeAll(async () => {
  store = await startEmbeddedStore({ dataDir: null, ttlMonitorIntervalMs: 50 });
  client = await new MongoClient(store.uri).connect();
});

afterAll(async () => {
  await client?.close();
  await store?.close();
});

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('TTL indexes', () => {
  it('delete documents once their date plus expireAfterSeconds has passed', async () => {
    const sessions = client.db('ttl').collection('sessions');
    await sessions.createIndex({ expires: 1 }, { expireAfterSeconds: 0 });
    await sessions.insertMany([
      { _id: 'past' as never, expires: new Date(Date.now() - 1_000) },
      { _id: 'future' as never, expires: new Date(Date.now() + 60_000) },
      { _id: 'no-date' as never, expires: 'tomorrow' },
      { _id: 'missing' as never },
    ]);
    await waitFor(async () => (await sessions.countDocuments({ _id: 'past' as never })) === 0);
    expect((await sessions.find({}).toArray()).map((d) => d._id).sort()).toEqual(['future', 'missing', 'no-date']);
  });

  it('count from the earliest date in an array, after expireAfterSeconds', async () => {
    const events = client.db('ttl').collection('events');
    // An hour's grace: the array's earliest date is two hours old, the recent one a minute old, so
    // however slow the machine, only the array has passed its date plus expireAfterSeconds.
    await events.createIndex({ at: 1 }, { expireAfterSeconds: 3_600 });
    await events.insertOne({ _id: 'array' as never, at: [new Date(Date.now() + 60_000), new Date(Date.now() - 2 * 3_600_000)] });
    await events.insertOne({ _id: 'recent' as never, at: new Date(Date.now() - 60_000) });
    await waitFor(async () => (await events.countDocuments({ _id: 'array' as never })) === 0);
    expect(await events.countDocuments({ _id: 'recent' as never })).toBe(1);
  });
});
