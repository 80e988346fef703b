import { MongoBulkWriteError, ObjectId, type Document, type Sort } from 'mongodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();
type Row = Document & { _id: number };
const coll = () => t.db.collection<Row>('crud');

const rows: Row[] = [
  { _id: 1, city: 'Taicang', area: 300, tags: ['a', 'b', 'c'], items: [{ k: 1 }, { k: 2 }], nested: { x: 1, y: 2 } },
  { _id: 2, city: 'Kunshan', area: 100, tags: ['b'], items: [{ k: 3 }] },
  { _id: 3, city: 'Taicang', area: 200, tags: [] },
  { _id: 4, city: 'Suzhou', area: 400 },
  { _id: 5, city: 'Kunshan' },
];

beforeEach(async () => {
  await coll().deleteMany({});
  await coll().insertMany(rows);
});

describe('insert', () => {
  it('generates an ObjectId _id and stores it first', async () => {
    const { insertedId } = await t.db.collection('fresh').insertOne({ name: 'n' });
    expect(insertedId).toBeInstanceOf(ObjectId);
    const raw = await t.db.collection('fresh').findOne({ _id: insertedId });
    expect(Object.keys(raw ?? {})).toEqual(['_id', 'name']);
  });

  it('stops an ordered insertMany at the first duplicate and reports what was inserted', async () => {
    const err = await coll().insertMany([{ _id: 10 }, { _id: 1 }, { _id: 11 }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    const bulk = err as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(1);
    expect(bulk.writeErrors).toMatchObject([{ index: 1, code: 11000 }]);
    expect(await coll().countDocuments({ _id: { $in: [10, 11] } })).toBe(1);
  });

  it('continues an unordered insertMany past duplicates', async () => {
    const err = (await coll().insertMany([{ _id: 1 }, { _id: 12 }, { _id: 2 }, { _id: 13 }], { ordered: false }).catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(err.insertedCount).toBe(2);
    expect((Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors]).map((w) => w.index)).toEqual([0, 2]);
  });
});

describe('find', () => {
  it('sorts, skips and limits', async () => {
    const found = await coll().find({}, { projection: { _id: 1 } }).sort({ city: 1, area: -1 }).skip(1).limit(3).toArray();
    expect(found.map((r) => r._id)).toEqual([5, 4, 1]);
  });

  it('sorts missing values first ascending and by array minimum/maximum', async () => {
    expect((await coll().find({}).sort({ area: 1 }).toArray()).map((r) => r._id)).toEqual([5, 2, 3, 1, 4]);
    expect((await coll().find({ tags: { $exists: true } }).sort({ tags: 1, _id: 1 }).toArray()).map((r) => r._id)).toEqual([3, 1, 2]);
    expect((await coll().find({ tags: { $exists: true } }).sort({ tags: -1, _id: 1 }).toArray()).map((r) => r._id)).toEqual([1, 2, 3]);
  });

  it('gives a short page of a large sorted result exactly as the same slice of the whole order', async () => {
    // 400 documents with many ties, missing values and arrays: a page is picked from the
    // whole order, and pages laid end to end repeat or skip nothing.
    const many = t.db.collection<Row>('pages');
    await many.insertMany(Array.from({ length: 400 }, (_, i) => ({
      _id: i,
      group: i % 7,
      ...(i % 11 === 0 ? {} : { area: (i * 37) % 50 }),
      ...(i % 13 === 0 ? { area: [(i * 5) % 50, (i * 3) % 50] } : {}),
      name: `n${(i * 91) % 400}`,
    })));
    const sorts: Sort[] = [{ group: 1, _id: 1 }, { area: -1, _id: 1 }, { area: 1, group: -1, _id: -1 }, { name: 1, _id: 1 }];
    for (const sort of sorts) {
      const whole = (await many.find({ _id: { $gte: 5 } }).sort(sort).toArray()).map((r) => r._id);
      expect(whole).toHaveLength(395);
      for (const [skip, limit] of [[0, 1], [0, 50], [50, 50], [350, 50], [390, 20]] as const) {
        const page = (await many.find({ _id: { $gte: 5 } }).sort(sort).skip(skip).limit(limit).toArray()).map((r) => r._id);
        expect(page, JSON.stringify({ sort, skip, limit })).toEqual(whole.slice(skip, skip + limit));
      }
    }
  });

  it('projects by inclusion, exclusion, nested paths, $slice and $elemMatch', async () => {
    expect(await coll().findOne({ _id: 1 }, { projection: { city: 1, 'nested.x': 1 } })).toEqual({ _id: 1, city: 'Taicang', nested: { x: 1 } });
    expect(await coll().findOne({ _id: 2 }, { projection: { tags: 0, items: 0, _id: 0 } })).toEqual({ city: 'Kunshan', area: 100 });
    expect(await coll().findOne({ _id: 1 }, { projection: { tags: { $slice: 2 }, _id: 0, city: 1 } })).toEqual({ city: 'Taicang', tags: ['a', 'b'] });
    expect(await coll().findOne({ _id: 1 }, { projection: { items: { $elemMatch: { k: 2 } } } })).toEqual({ _id: 1, items: [{ k: 2 }] });
  });

  it('computes aggregation expressions in a find projection', async () => {
    expect(await coll().findOne({ _id: 2 }, { projection: { _id: 0, double: { $multiply: ['$area', 2] }, label: { $concat: ['$city', '!'] } } }))
      .toEqual({ double: 200, label: 'Kunshan!' });
  });

  it('returns nothing, without error, from a collection that does not exist', async () => {
    expect(await t.db.collection('nothing-here').find({}).toArray()).toEqual([]);
  });

  it('never changes stored documents through projections or aggregations', async () => {
    await coll().find({}, { projection: { nested: 0 } }).toArray();
    await coll().aggregate([{ $addFields: { 'nested.x': 99 } }, { $unset: 'city' }, { $unwind: '$items' }, { $set: { 'items.k': 0 } }]).toArray();
    expect(await coll().findOne({ _id: 1 })).toEqual(rows[0]);
  });
});

describe('findOneAndUpdate, findOneAndReplace, findOneAndDelete', () => {
  it('returns the document before or after the update', async () => {
    expect(await coll().findOneAndUpdate({ _id: 2 }, { $inc: { area: 1 } })).toMatchObject({ area: 100 });
    expect(await coll().findOneAndUpdate({ _id: 2 }, { $inc: { area: 1 } }, { returnDocument: 'after' })).toMatchObject({ area: 102 });
  });

  it('picks the first document in sort order and applies a projection', async () => {
    const doc = await coll().findOneAndUpdate({ city: 'Taicang' }, { $set: { picked: true } }, { sort: { area: 1 }, projection: { area: 1 }, returnDocument: 'after' });
    expect(doc).toEqual({ _id: 3, area: 200 });
  });

  it('upserts and reports the new _id', async () => {
    const result = await coll().findOneAndUpdate({ _id: 50 }, { $set: { v: 1 } }, { upsert: true, returnDocument: 'after', includeResultMetadata: true });
    expect(result.value).toEqual({ _id: 50, v: 1 });
    expect(result.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false, upserted: 50 });
  });

  it('returns null when nothing matches', async () => {
    expect(await coll().findOneAndUpdate({ _id: 999 }, { $set: { v: 1 } })).toBeNull();
  });

  it('replaces and deletes', async () => {
    expect(await coll().findOneAndReplace({ _id: 4 }, { city: 'Wuxi' }, { returnDocument: 'after' })).toEqual({ _id: 4, city: 'Wuxi' });
    expect(await coll().findOneAndDelete({ _id: 4 })).toEqual({ _id: 4, city: 'Wuxi' });
    expect(await coll().findOne({ _id: 4 })).toBeNull();
  });
});

describe('delete', () => {
  it('deletes one or many', async () => {
    expect((await coll().deleteOne({ city: 'Taicang' })).deletedCount).toBe(1);
    expect((await coll().deleteMany({ city: 'Kunshan' })).deletedCount).toBe(2);
    expect(await coll().countDocuments()).toBe(2);
  });
});

describe('count and distinct', () => {
  it('counts through the $group pipeline countDocuments sends, a constant _id included, and gives no group for no match', async () => {
    const counted = await coll().aggregate([{ $match: { city: 'Kunshan' } }, { $group: { _id: 1, n: { $sum: 1 } } }]).toArray();
    expect(counted).toEqual([{ _id: 1, n: 2 }]);
    expect(await coll().aggregate([{ $match: { city: 'Kunshan' } }, { $skip: 1 }, { $limit: 5 }, { $group: { _id: null, n: { $sum: 1 } } }]).toArray()).toEqual([{ _id: null, n: 1 }]);
    expect(await coll().aggregate([{ $match: { city: 'Nowhere' } }, { $group: { _id: 1, n: { $sum: 1 } } }]).toArray()).toEqual([]);
    expect(await coll().countDocuments({ city: 'Nowhere' })).toBe(0);
    expect(await coll().countDocuments({ area: { $gte: 200 } }, { skip: 1, limit: 1 })).toBe(1);
    // Anything beyond that shape is a real $group.
    expect(await coll().aggregate([{ $match: {} }, { $group: { _id: '$city', n: { $sum: 1 } } }, { $sort: { _id: 1 } }]).toArray()).toEqual([
      { _id: 'Kunshan', n: 2 },
      { _id: 'Suzhou', n: 1 },
      { _id: 'Taicang', n: 2 },
    ]);
  });

  it('counts with countDocuments (filter, skip, limit) and estimatedDocumentCount', async () => {
    expect(await coll().countDocuments({ city: 'Taicang' })).toBe(2);
    expect(await coll().countDocuments({}, { skip: 1, limit: 2 })).toBe(2);
    expect(await coll().estimatedDocumentCount()).toBe(5);
  });

  it('returns distinct values, flattening arrays', async () => {
    expect((await coll().distinct('city')).sort()).toEqual(['Kunshan', 'Suzhou', 'Taicang']);
    expect((await coll().distinct('tags', { _id: { $lte: 2 } })).sort()).toEqual(['a', 'b', 'c']);
    expect((await coll().distinct('items.k')).sort()).toEqual([1, 2, 3]);
  });
});

describe('bulkWrite', () => {
  it('runs ordered mixed operations and reports counts and upserted ids', async () => {
    const result = await coll().bulkWrite([
      { insertOne: { document: { _id: 20 } } },
      { updateMany: { filter: { city: 'Kunshan' }, update: { $set: { seen: true } } } },
      { replaceOne: { filter: { _id: 4 }, replacement: { city: 'Nanjing' } } },
      { updateOne: { filter: { _id: 21 }, update: { $set: { v: 1 } }, upsert: true } },
      { deleteMany: { filter: { city: 'Taicang' } } },
    ]);
    expect(result).toMatchObject({ insertedCount: 1, matchedCount: 3, modifiedCount: 3, deletedCount: 2, upsertedCount: 1 });
    expect(result.upsertedIds).toEqual({ 3: 21 });
  });

  it('reports write errors of an unordered bulk and applies the rest', async () => {
    const err = (await coll().bulkWrite([
      { insertOne: { document: { _id: 1 } } },
      { updateOne: { filter: { _id: 2 }, update: { $set: { ok: true } } } },
    ], { ordered: false }).catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    expect(err.result.modifiedCount).toBe(1);
  });
});

describe('command errors', () => {
  it('refuses a filter that is not an object', async () => {
    await expectServerError(t.db.command({ find: 'crud', filter: 5 }), 14, 'TypeMismatch');
  });
});
