import { Long } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
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
    const first = (await t.db.command({ find: 'many', batchSize: 100 })) as CursorReply;
    expect(first.cursor.id).toBeInstanceOf(Long);
    expect(first.cursor.id.isZero()).toBe(false);
    expect(first.cursor.ns).toBe(`${t.db.databaseName}.many`);
    expect(first.cursor.firstBatch).toHaveLength(100);
    const second = (await t.db.command({ getMore: first.cursor.id, collection: 'many', batchSize: 100 })) as CursorReply;
    expect(second.cursor.nextBatch?.map((d) => d._id)[0]).toBe(100);
    expect(second.cursor.id.equals(first.cursor.id)).toBe(true);
    const last = (await t.db.command({ getMore: first.cursor.id, collection: 'many' })) as CursorReply;
    expect(last.cursor.nextBatch).toHaveLength(50);
    // The driver turns an int64 that fits a JS number (here 0) into a number.
    expect(String(last.cursor.id)).toBe('0');
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
