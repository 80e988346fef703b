import { Double, Int32, Long, type Document } from 'mongodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();
type Row = Document & { _id: number };
const coll = () => t.db.collection<Row>('updates');

async function after(update: object, seed: Row, options: { arrayFilters?: object[]; filter?: object } = {}): Promise<Row | null> {
  await coll().insertOne(seed);
  await coll().updateOne({ _id: seed._id, ...options.filter }, update, options.arrayFilters ? { arrayFilters: options.arrayFilters } : {});
  return coll().findOne({ _id: seed._id });
}

beforeEach(async () => {
  await coll().deleteMany({});
});

describe('field update operators', () => {
  it('$set and $unset, including dotted paths that create embedded documents', async () => {
    expect(await after({ $set: { a: 1, 'b.c': 'x' }, $unset: { gone: '' } }, { _id: 1, gone: true })).toEqual({ _id: 1, a: 1, b: { c: 'x' } });
  });

  it('$inc and $mul, creating missing fields', async () => {
    expect(await after({ $inc: { n: 2, m: -1 }, $mul: { p: 3, q: 2 } }, { _id: 1, n: 1, p: 1.5 })).toEqual({ _id: 1, n: 3, m: -1, p: 4.5, q: 0 });
  });

  it('$min and $max keep the smaller or larger value', async () => {
    expect(await after({ $min: { lo: 2, d: new Date('2020-01-01') }, $max: { hi: 2 } }, { _id: 1, lo: 5, hi: 5, d: new Date('2021-01-01') }))
      .toEqual({ _id: 1, lo: 2, hi: 5, d: new Date('2020-01-01') });
  });

  it('$rename moves a field', async () => {
    expect(await after({ $rename: { old: 'fresh', 'x.y': 'z' } }, { _id: 1, old: 1, x: { y: 2 } })).toEqual({ _id: 1, x: {}, fresh: 1, z: 2 });
  });

  it('$currentDate sets a date', async () => {
    const before = Date.now();
    const doc = await after({ $currentDate: { at: true } }, { _id: 1 });
    expect(doc?.at).toBeInstanceOf(Date);
    expect((doc?.at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('array update operators', () => {
  it('$push with $each, $sort, $slice and $position', async () => {
    expect(await after({ $push: { a: 3 } }, { _id: 1, a: [1, 2] })).toEqual({ _id: 1, a: [1, 2, 3] });
    expect(await after({ $push: { a: { $each: [5, 1], $sort: 1, $slice: 3 } } }, { _id: 2, a: [4, 2] })).toEqual({ _id: 2, a: [1, 2, 4] });
    expect(await after({ $push: { a: { $each: [0], $position: 0 } } }, { _id: 3, a: [1] })).toEqual({ _id: 3, a: [0, 1] });
    expect(await after({ $push: { fresh: 'x' } }, { _id: 4 })).toEqual({ _id: 4, fresh: ['x'] });
  });

  it('$addToSet adds only missing values', async () => {
    expect(await after({ $addToSet: { a: { $each: [2, 3, 3] } } }, { _id: 1, a: [1, 2] })).toEqual({ _id: 1, a: [1, 2, 3] });
  });

  it('$pop, $pull and $pullAll remove elements', async () => {
    expect(await after({ $pop: { a: 1, b: -1 } }, { _id: 1, a: [1, 2, 3], b: [1, 2, 3] })).toEqual({ _id: 1, a: [1, 2], b: [2, 3] });
    expect(await after({ $pull: { a: { $gte: 3 }, o: { k: 'x' } } }, { _id: 2, a: [1, 3, 5, 2], o: [{ k: 'x' }, { k: 'y' }] }))
      .toEqual({ _id: 2, a: [1, 2], o: [{ k: 'y' }] });
    expect(await after({ $pullAll: { a: [1, 2] } }, { _id: 3, a: [1, 2, 3, 1] })).toEqual({ _id: 3, a: [3] });
  });

  it('updates the first matched element with the positional $', async () => {
    expect(await after({ $set: { 'grades.$': 82 } }, { _id: 1, grades: [85, 80, 80] }, { filter: { grades: 80 } })).toEqual({ _id: 1, grades: [85, 82, 80] });
  });

  it('updates all elements with $[] and matching elements with $[identifier] and arrayFilters', async () => {
    expect(await after({ $inc: { 'a.$[]': 1 } }, { _id: 1, a: [1, 2] })).toEqual({ _id: 1, a: [2, 3] });
    expect(await after({ $set: { 'items.$[it].ok': true } }, { _id: 2, items: [{ n: 1 }, { n: 5 }] }, { arrayFilters: [{ 'it.n': { $gt: 2 } }] }))
      .toEqual({ _id: 2, items: [{ n: 1 }, { n: 5, ok: true }] });
  });

  it('applies $bit', async () => {
    expect(await after({ $bit: { f: { and: 0b1010 } } }, { _id: 1, f: 0b0110 })).toEqual({ _id: 1, f: 0b0010 });
  });
});

describe('numeric types under updates', () => {
  it('$inc keeps int32, promotes to double with a double operand and to int64 on overflow', async () => {
    await coll().insertOne({ _id: 1, i: 1, d: new Double(2), big: 2147483647, l: Long.fromNumber(5) });
    await coll().updateOne({ _id: 1 }, { $inc: { i: 1, d: 1, big: 1, l: 1 } });
    const doc = await coll().findOne({ _id: 1 }, { promoteValues: false });
    expect(doc).toEqual({ _id: new Int32(1), i: new Int32(2), d: new Double(3), big: Long.fromNumber(2147483648), l: Long.fromNumber(6) });
  });

  it('keeps an untouched integral double a double when other fields change', async () => {
    await coll().insertOne({ _id: 2, d: new Double(5), n: 1 });
    await coll().updateOne({ _id: 2 }, { $set: { n: 2 } });
    expect((await coll().findOne({ _id: 2 }, { promoteValues: false }))?.d).toEqual(new Double(5));
  });
});

describe('update results', () => {
  it('counts matched and modified documents and leaves unchanged ones unmodified', async () => {
    await coll().insertMany([{ _id: 1, v: 1 }, { _id: 2, v: 2 }, { _id: 3, v: 1 }]);
    expect(await coll().updateMany({ v: { $lte: 2 } }, { $set: { v: 1 } })).toMatchObject({ matchedCount: 3, modifiedCount: 1 });
    expect(await coll().updateOne({ _id: 99 }, { $set: { v: 1 } })).toMatchObject({ matchedCount: 0, modifiedCount: 0, upsertedCount: 0 });
  });

  it('replaces a whole document but keeps its _id', async () => {
    await coll().insertOne({ _id: 1, a: 1, b: 2 });
    expect(await coll().replaceOne({ _id: 1 }, { c: 3 })).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await coll().findOne({ _id: 1 })).toEqual({ _id: 1, c: 3 });
  });

  it('upserts from equality fields in the filter, applying $setOnInsert', async () => {
    const result = await coll().updateOne({ _id: 7, kind: 'x', 'meta.tag': 't', n: { $gt: 1 } }, { $set: { v: 1 }, $setOnInsert: { created: true } }, { upsert: true });
    expect(result).toMatchObject({ upsertedCount: 1, upsertedId: 7 });
    expect(await coll().findOne({ _id: 7 })).toEqual({ _id: 7, kind: 'x', meta: { tag: 't' }, v: 1, created: true });
    await coll().updateOne({ _id: 7 }, { $set: { v: 2 }, $setOnInsert: { created: false } }, { upsert: true });
    expect(await coll().findOne({ _id: 7 })).toEqual({ _id: 7, kind: 'x', meta: { tag: 't' }, v: 2, created: true });
  });

  it('upserts a replacement document taking _id from the filter', async () => {
    await coll().replaceOne({ _id: 8 }, { name: 'r' }, { upsert: true });
    expect(await coll().findOne({ _id: 8 })).toEqual({ _id: 8, name: 'r' });
  });

  it('generates an ObjectId _id for an upsert whose filter has none', async () => {
    const result = await coll().updateOne({ code: 'new' }, { $set: { v: 1 } }, { upsert: true });
    expect(result.upsertedId?.constructor.name).toBe('ObjectId');
  });

  it('supports pipeline-style updates', async () => {
    await coll().insertOne({ _id: 1, a: 2, b: 3 });
    await coll().updateOne({ _id: 1 }, [{ $set: { sum: { $add: ['$a', '$b'] } } }, { $unset: 'b' }]);
    expect(await coll().findOne({ _id: 1 })).toEqual({ _id: 1, a: 2, sum: 5 });
  });
});

// Write errors carry code and errmsg but, as on mongod, no codeName.
describe('update errors', () => {
  it('refuses to change _id with ImmutableField', async () => {
    await coll().insertOne({ _id: 1 });
    await expectServerError(coll().updateOne({ _id: 1 }, { $set: { _id: 2 } }), 66);
  });

  it('refuses $inc on a non-numeric field with TypeMismatch', async () => {
    await coll().insertOne({ _id: 1, name: 'x' });
    const err = await expectServerError(coll().updateOne({ _id: 1 }, { $inc: { name: 1 } }), 14);
    expect(err.message).toContain('Cannot apply $inc to a value of non-numeric type');
  });

  it('refuses $push onto a non-array field', async () => {
    await coll().insertOne({ _id: 1, name: 'x' });
    const err = await expectServerError(coll().updateOne({ _id: 1 }, { $push: { name: 1 } } as Document), 2);
    expect(err.message).toContain("The field 'name' must be an array but is of type string");
  });

  it('refuses conflicting paths with ConflictingUpdateOperators', async () => {
    await coll().insertOne({ _id: 1 });
    await expectServerError(coll().updateOne({ _id: 1 }, { $set: { a: 1 }, $inc: { a: 1 } }), 40);
    await expectServerError(coll().updateOne({ _id: 1 }, { $set: { a: 1, 'a.b': 2 } }), 40);
  });

  it('refuses an unknown update operator, naming it', async () => {
    await coll().insertOne({ _id: 1 });
    const err = await expectServerError(coll().updateOne({ _id: 1 }, { $foo: { a: 1 } } as object), 9);
    expect(err.message).toContain('Unknown modifier: $foo');
  });

  it('refuses a path through a scalar with PathNotViable', async () => {
    await coll().insertOne({ _id: 1, a: 5 });
    await expectServerError(coll().updateOne({ _id: 1 }, { $set: { 'a.b': 1 } }), 28);
  });
});
