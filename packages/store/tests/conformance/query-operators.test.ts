import { ObjectId } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();

interface Item {
  _id: number;
  name?: string;
  qty?: number | null;
  tags?: string[];
  size?: { h: number; w: number; uom: string };
  items?: Array<{ sku: string; n: number }>;
  flags?: number;
  when?: Date;
  ref?: ObjectId;
}

const ref = new ObjectId('64b7f0a1c2d3e4f5a6b7c8d9');
const docs: Item[] = [
  { _id: 1, name: 'alpha', qty: 5, tags: ['red', 'blank'], size: { h: 14, w: 21, uom: 'cm' }, items: [{ sku: 'a', n: 1 }, { sku: 'b', n: 5 }], flags: 0b1010, when: new Date('2024-01-01'), ref },
  { _id: 2, name: 'beta', qty: 20, tags: ['blank', 'red', 'blue'], size: { h: 8.5, w: 11, uom: 'in' }, items: [{ sku: 'a', n: 3 }], flags: 0b0101, when: new Date('2024-06-01') },
  { _id: 3, name: 'Gamma', qty: 50, tags: ['blue'], size: { h: 10, w: 15.25, uom: 'cm' }, items: [], flags: 0b1111 },
  { _id: 4, name: 'delta', qty: null, tags: [] },
  { _id: 5, name: 'epsilon' },
];

const ids = async (filter: object): Promise<number[]> =>
  (await t.db.collection<Item>('items').find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);

beforeAll(async () => {
  await t.db.collection<Item>('items').insertMany(docs);
});

describe('comparison operators', () => {
  it('matches equality implicitly and with $eq, including array elements and embedded documents', async () => {
    expect(await ids({ qty: 20 })).toEqual([2]);
    expect(await ids({ qty: { $eq: 20 } })).toEqual([2]);
    expect(await ids({ tags: 'red' })).toEqual([1, 2]);
    expect(await ids({ tags: ['blue'] })).toEqual([3]);
    expect(await ids({ size: { h: 14, w: 21, uom: 'cm' } })).toEqual([1]);
    expect(await ids({ 'size.uom': 'cm' })).toEqual([1, 3]);
    expect(await ids({ ref })).toEqual([1]);
  });

  it('treats null as matching null and missing fields', async () => {
    expect(await ids({ qty: null })).toEqual([4, 5]);
    expect(await ids({ qty: { $ne: null } })).toEqual([1, 2, 3]);
  });

  it('compares with $gt, $gte, $lt, $lte only within the same type', async () => {
    expect(await ids({ qty: { $gt: 5 } })).toEqual([2, 3]);
    expect(await ids({ qty: { $gte: 5, $lt: 50 } })).toEqual([1, 2]);
    expect(await ids({ qty: { $lte: 20 } })).toEqual([1, 2]);
    expect(await ids({ name: { $gt: 'c' } })).toEqual([4, 5]);
    expect(await ids({ when: { $gte: new Date('2024-03-01') } })).toEqual([2]);
    expect(await ids({ qty: { $gt: 'a' } })).toEqual([]);
  });

  it('matches $ne, $in and $nin', async () => {
    expect(await ids({ qty: { $ne: 20 } })).toEqual([1, 3, 4, 5]);
    expect(await ids({ qty: { $in: [5, 50] } })).toEqual([1, 3]);
    expect(await ids({ tags: { $in: ['blue', /^bl/] } })).toEqual([1, 2, 3]);
    expect(await ids({ qty: { $nin: [5, 50] } })).toEqual([2, 4, 5]);
    expect(await ids({ _id: { $in: [2, 4, 99] } })).toEqual([2, 4]);
  });
});

describe('logical operators', () => {
  it('combines with $and, $or, $nor and $not', async () => {
    expect(await ids({ $and: [{ qty: { $gt: 1 } }, { qty: { $lt: 30 } }] })).toEqual([1, 2]);
    expect(await ids({ $or: [{ qty: 5 }, { name: 'epsilon' }] })).toEqual([1, 5]);
    expect(await ids({ $nor: [{ qty: 5 }, { name: 'epsilon' }] })).toEqual([2, 3, 4]);
    expect(await ids({ qty: { $not: { $gt: 10 } } })).toEqual([1, 4, 5]);
    expect(await ids({ name: { $not: /a$/ } })).toEqual([5]);
  });
});

describe('element operators', () => {
  it('tests presence with $exists', async () => {
    expect(await ids({ qty: { $exists: true } })).toEqual([1, 2, 3, 4]);
    expect(await ids({ qty: { $exists: false } })).toEqual([5]);
    expect(await ids({ 'size.h': { $exists: true } })).toEqual([1, 2, 3]);
  });

  it('tests BSON types with $type by alias and number', async () => {
    expect(await ids({ qty: { $type: 'int' } })).toEqual([1, 2, 3]);
    expect(await ids({ qty: { $type: 'null' } })).toEqual([4]);
    expect(await ids({ 'size.h': { $type: 'double' } })).toEqual([2]);
    expect(await ids({ 'size.h': { $type: 'number' } })).toEqual([1, 2, 3]);
    expect(await ids({ tags: { $type: 'array' } })).toEqual([1, 2, 3, 4]);
    expect(await ids({ tags: { $type: 2 } })).toEqual([1, 2, 3]);
    expect(await ids({ ref: { $type: 'objectId' } })).toEqual([1]);
    expect(await ids({ when: { $type: ['date', 'string'] } })).toEqual([1, 2]);
  });
});

describe('evaluation operators', () => {
  it('matches $regex with options and regular expression literals', async () => {
    expect(await ids({ name: { $regex: '^g', $options: 'i' } })).toEqual([3]);
    expect(await ids({ name: /ta$/ })).toEqual([2, 4]);
    expect(await ids({ name: { $regex: /^A/i } })).toEqual([1]);
  });

  it('matches $mod', async () => {
    expect(await ids({ qty: { $mod: [10, 0] } })).toEqual([2, 3]);
  });

  it('evaluates $expr with aggregation expressions', async () => {
    expect(await ids({ $expr: { $gte: ['$size.w', { $multiply: ['$size.h', 1.5] }] } })).toEqual([1, 3]);
    expect(await ids({ $expr: { $eq: [{ $size: { $ifNull: ['$tags', []] } }, 0] } })).toEqual([4, 5]);
  });
});

describe('array operators', () => {
  it('matches $all, $size and $elemMatch', async () => {
    expect(await ids({ tags: { $all: ['red', 'blank'] } })).toEqual([1, 2]);
    expect(await ids({ tags: { $size: 1 } })).toEqual([3]);
    expect(await ids({ items: { $elemMatch: { sku: 'a', n: { $gte: 2 } } } })).toEqual([2]);
    expect(await ids({ 'items.n': { $elemMatch: { $gt: 4 } } })).toEqual([1]);
    expect(await ids({ 'items.sku': 'b' })).toEqual([1]);
  });
});

describe('bitwise operators', () => {
  it('matches $bitsAllSet, $bitsAnySet, $bitsAllClear and $bitsAnyClear', async () => {
    expect(await ids({ flags: { $bitsAllSet: [1, 3] } })).toEqual([1, 3]);
    expect(await ids({ flags: { $bitsAnySet: 0b0001 } })).toEqual([2, 3]);
    expect(await ids({ flags: { $bitsAllClear: [0, 2] } })).toEqual([1]);
    expect(await ids({ flags: { $bitsAnyClear: [0, 1, 2, 3] } })).toEqual([1, 2]);
  });
});

describe('array traversal', () => {
  it('compares values inside arrays reached through arrays of documents', async () => {
    const coll = t.db.collection('nested');
    await coll.insertMany([
      { _id: 1 as never, x: [{ y: [1, 5] }, { y: [] }] },
      { _id: 2 as never, x: [{ y: 2 }, { z: 3 }] },
      { _id: 3 as never, x: { y: [9] } },
    ]);
    const found = async (filter: object) => (await coll.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await found({ 'x.y': 5 })).toEqual([1]);
    expect(await found({ 'x.y': { $gt: 4 } })).toEqual([1, 3]);
    expect(await found({ 'x.y': { $lte: 2 } })).toEqual([1, 2]);
    expect(await found({ 'x.y': { $in: [5, 9] } })).toEqual([1, 3]);
    expect(await found({ 'x.y': { $nin: [5, 9] } })).toEqual([2]);
    expect(await found({ 'x.y': null })).toEqual([2]);
    expect(await found({ $or: [{ 'x.y': { $gte: 9 } }, { 'x.y': 1 }] })).toEqual([1, 3]);
  });
});

describe('query errors', () => {
  it('rejects an unknown field operator with BadValue naming it', async () => {
    const err = await expectServerError(t.db.collection('items').find({ qty: { $foo: 1 } }).toArray(), 2, 'BadValue');
    expect(err.message).toContain('$foo');
  });

  it('rejects an unknown top-level operator with BadValue naming it', async () => {
    const err = await expectServerError(t.db.collection('items').find({ $foo: [{ a: 1 }] }).toArray(), 2, 'BadValue');
    expect(err.message).toContain('unknown top level operator: $foo');
  });
});
