import { Long, MongoClient } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore } from '../../src/index';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();
const coll = () => t.db.collection<{ _id: number; pad?: string }>('many');

interface CursorReply {
  cursor: { id: Long; ns: string; firstBatch?: Array<{ _id: number }>; nextBatch?: Array<{ _id: number }> };
}

beforeAll(async () => {
  await coll().insertMany(Array.from({ length: 250 }, (_, i) => ({ _id: i })));
});

describe('cursors', () => {
  it('deliver every document across getMore batches', async () => {
    const all = await coll().find({}).batchSize(7).toArray();
    expect(all.map((d) => d._id)).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });

  it('use int64 ids, report the namespace and end with id 0', async () => {
    // Read as Long: by default the driver turns an int64 within ±2^53 into a number.
    const asLong = { promoteLongs: false };
    const first = (await t.db.command({ find: 'many', batchSize: 100 }, asLong)) as CursorReply;
    expect(first.cursor.id).toBeInstanceOf(Long);
    expect(first.cursor.id.isZero()).toBe(false);
    expect(first.cursor.ns).toBe(`${t.db.databaseName}.many`);
    expect(first.cursor.firstBatch).toHaveLength(100);
    const second = (await t.db.command({ getMore: first.cursor.id, collection: 'many', batchSize: 100 }, asLong)) as CursorReply;
    expect(second.cursor.nextBatch?.map((d) => d._id)[0]).toBe(100);
    expect(second.cursor.id.equals(first.cursor.id)).toBe(true);
    const last = (await t.db.command({ getMore: first.cursor.id, collection: 'many' }, asLong)) as CursorReply;
    expect(last.cursor.nextBatch).toHaveLength(50);
    expect(last.cursor.id).toBeInstanceOf(Long);
    expect(last.cursor.id.isZero()).toBe(true);
  });

  it('return the default first batch of 101 documents', async () => {
    const first = (await t.db.command({ find: 'many' })) as CursorReply;
    expect(first.cursor.firstBatch).toHaveLength(101);
    await t.db.command({ killCursors: 'many', cursors: [first.cursor.id] });
  });

  it('can be killed, after which getMore fails with CursorNotFound (43)', async () => {
    const first = (await t.db.command({ find: 'many', batchSize: 1 })) as CursorReply;
    const killed = (await t.db.command({ killCursors: 'many', cursors: [first.cursor.id] })) as { cursorsKilled: Long[] };
    expect(killed.cursorsKilled.map(String)).toEqual([first.cursor.id.toString()]);
    await expectServerError(t.db.command({ getMore: first.cursor.id, collection: 'many' }), 43, 'CursorNotFound');
  });

  it('close with the driver before exhaustion', async () => {
    const cursor = coll().find({}).batchSize(5);
    await cursor.next();
    await cursor.close();
    expect(cursor.killed).toBe(true);
  });

  it('respect limit with a small batch size, and singleBatch', async () => {
    expect(await coll().find({}).limit(23).batchSize(5).toArray()).toHaveLength(23);
    const single = (await t.db.command({ find: 'many', batchSize: 3, singleBatch: true })) as CursorReply;
    expect(single.cursor.firstBatch).toHaveLength(3);
    expect(String(single.cursor.id)).toBe('0');
  });

  it('page aggregation results', async () => {
    const result = await coll().aggregate([{ $match: { _id: { $gte: 200 } } }], { batchSize: 4 }).toArray();
    expect(result).toHaveLength(50);
  });

  it('iterate with for await', async () => {
    let n = 0;
    for await (const doc of coll().find({ _id: { $lt: 30 } }).batchSize(4)) n += doc._id >= 0 ? 1 : 0;
    expect(n).toBe(30);
  });

  it('split batches to stay under the 16 MiB reply limit', async () => {
    const big = t.db.collection('big');
    const pad = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 20; i++) await big.insertOne({ _id: i as never, pad });
    const first = (await t.db.command({ find: 'big' })) as CursorReply;
    expect(first.cursor.firstBatch?.length).toBeLessThan(20);
    expect(await big.countDocuments()).toBe(20);
    expect((await big.find({}).toArray()).length).toBe(20);
    await t.db.command({ killCursors: 'big', cursors: [first.cursor.id] });
  });
});

describe('cursor ids drawn from the embedded store\'s random source', () => {
  it('keep all 64 bits for ids 1, 2^53 and 2^63-1 through find and getMore', async () => {
    const forced = [Long.fromNumber(1), Long.fromString('9007199254740992'), Long.MAX_VALUE];
    const queue = forced.map((id) => Uint8Array.from(id.toBytesLE()));
    const store = await startEmbeddedStore({
      dataDir: null,
      randomBytes: (size) => {
        const next = queue.shift();
        if (!next || next.length !== size) throw new Error('the test supplied fewer ids than the store asked for');
        return next;
      },
    });
    const client = new MongoClient(store.uri);
    try {
      await client.connect();
      const db = client.db('forced_ids');
      await db.collection('docs').insertMany([{ _id: 1 as never }, { _id: 2 as never }, { _id: 3 as never }]);
      const asLong = { promoteLongs: false };
      for (const expected of forced) {
        const first = (await db.command({ find: 'docs', batchSize: 1 }, asLong)) as CursorReply;
        expect(first.cursor.id).toBeInstanceOf(Long);
        expect(first.cursor.id.toString()).toBe(expected.toString());
        const rest = (await db.command({ getMore: first.cursor.id, collection: 'docs' }, asLong)) as CursorReply;
        expect(rest.cursor.nextBatch?.map((d) => d._id)).toEqual([2, 3]);
        expect(rest.cursor.id.isZero()).toBe(true);
      }
      expect(queue).toHaveLength(0);
    } finally {
      await client.close();
      await store.close();
    }
  });
});
