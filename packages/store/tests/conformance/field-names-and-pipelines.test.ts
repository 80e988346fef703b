import { Double, ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { expectServerError, serverError, useTestDatabase } from './setup';

/**
 * Written from MongoDB 7.0's documentation: "Field Names with Periods and Dollar Signs"
 * (dollar-prefix and periods pages), "Updates with Aggregation Pipeline", `$setField`,
 * `$getField`, and replaceOne with upsert.
 */
const t = useTestDatabase();

type Loose = { _id?: number | string | ObjectId | null; [field: string]: unknown };
const coll = (name: string) => t.db.collection<Loose>(name);

describe('field names with dollar signs and periods', () => {
  it('stores $-prefixed names at the top level and nested on insert, as given', async () => {
    const sales = coll('sales');
    await sales.insertOne({ _id: 1, $price: 50, quantity: 30 });
    await sales.insertOne({ _id: 2, $id: 'h1961-01', location: { $db: 'novels', $ref: '2007042768', $inc: true } });
    expect(await sales.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 1, $price: 50, quantity: 30 },
      { _id: 2, $id: 'h1961-01', location: { $db: 'novels', $ref: '2007042768', $inc: true } },
    ]);
    const priced = await sales.find({ $expr: { $gt: [{ $getField: { $literal: '$price' } }, 40] } }).toArray();
    expect(priced.map((d) => d._id)).toEqual([1]);
  });

  it('stores a dotted name as one field, reached with $getField and not by the dotted path', async () => {
    const inventory = coll('inventory');
    await inventory.insertOne({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 });
    await inventory.insertOne({ _id: 2, item: 'scarf', price: { usd: 41 } });
    expect(await inventory.findOne({ _id: 1 })).toEqual({ _id: 1, item: 'sweatshirt', 'price.usd': 45.99, quantity: 20 });
    const byField = await inventory.find({ $expr: { $gt: [{ $getField: 'price.usd' }, 40] } }).toArray();
    expect(byField.map((d) => d._id)).toEqual([1]);
    const byPath = await inventory.find({ 'price.usd': { $gt: 40 } }).toArray();
    expect(byPath.map((d) => d._id)).toEqual([2]);
  });

  it('refuses a $-prefixed name inside _id (52)', async () => {
    const err = await serverError(coll('ids').insertOne({ _id: { $x: 1 } as never }));
    expect(err.code).toBe(52);
    expect(await coll('ids').countDocuments({})).toBe(0);
  });

  it('keeps dotted and nested $ names in a replacement, and refuses a top-level $ name there (52)', async () => {
    const housing = coll('housing');
    await housing.insertOne({ _id: 'E123', address: { $number: 123, $street: 'Elm Road' } });
    await housing.replaceOne({ _id: 'E123' }, { 'address.line': 'Elm Road 123', address: { $street: 'Elm Ave' } });
    expect(await housing.findOne({ _id: 'E123' })).toEqual({ _id: 'E123', 'address.line': 'Elm Road 123', address: { $street: 'Elm Ave' } });
    const err = await serverError(housing.replaceOne({ _id: 'E123' }, { rooms: 2, $rooms: { br: 2 } }));
    expect(err.code).toBe(52);
    expect(await housing.findOne({ _id: 'E123' })).toEqual({ _id: 'E123', 'address.line': 'Elm Road 123', address: { $street: 'Elm Ave' } });
  });

  it('updates a nested $-prefixed field with $set, but not a top-level one on an existing document', async () => {
    const housing = coll('housing-set');
    await housing.insertOne({ _id: 'E123', address: { $number: 123, $street: 'Elm Road' }, $rooms: { br: 2, bath: 1 } });
    await housing.updateOne({ _id: 'E123' }, { $set: { 'address.$street': 'Elm Ave' } });
    await serverError(housing.updateOne({ _id: 'E123' }, { $set: { $rooms: { br: 3 } } }));
    expect(await housing.findOne({ _id: 'E123' })).toEqual({ _id: 'E123', address: { $number: 123, $street: 'Elm Ave' }, $rooms: { br: 2, bath: 1 } });
  });

  it('accepts a top-level $ name in $set when an upsert inserts (validated as an insert)', async () => {
    const expenses = coll('expenses');
    await expenses.updateOne({ date: '2021-07-07' }, { $set: { phone: 25.17, $hotel: 320.1 } }, { upsert: true });
    const stored = await expenses.findOne({ date: '2021-07-07' }, { projection: { _id: 0 } });
    expect(stored).toEqual({ date: '2021-07-07', phone: 25.17, $hotel: 320.1 });
    await serverError(expenses.updateOne({ date: '2021-07-07' }, { $set: { phone: 10, $hotel: 1 } }, { upsert: true }));
    expect(await expenses.findOne({ date: '2021-07-07' }, { projection: { _id: 0 } })).toEqual(stored);
  });
});

describe('updates with an aggregation pipeline', () => {
  it('sets fields with $set and keeps _id and the other fields', async () => {
    const c = coll('pipeline-set');
    const id = new ObjectId();
    await c.insertOne({ _id: id, a: 1, ratio: new Double(2) });
    const result = await c.updateOne({ _id: id }, [{ $set: { b: { $add: ['$a', 1] } } }]);
    expect({ matched: result.matchedCount, modified: result.modifiedCount }).toEqual({ matched: 1, modified: 1 });
    const stored = await c.findOne({ _id: id }, { promoteValues: false });
    expect(stored?._id).toEqual(id);
    expect(stored?.ratio).toBeInstanceOf(Double);
    expect(await c.findOne({ _id: id })).toEqual({ _id: id, a: 1, ratio: 2, b: 2 });
  });

  it('keeps the original _id when $replaceWith, $project or $unset drop it', async () => {
    const c = coll('pipeline-keep-id');
    const id = new ObjectId();
    await c.insertOne({ _id: id, a: 1, b: 2 });
    await c.updateOne({ _id: id }, [{ $replaceWith: { q: '$a' } }]);
    expect(await c.findOne({})).toEqual({ _id: id, q: 1 });
    const unchanged = await c.updateOne({ _id: id }, [{ $project: { _id: 0, q: 1 } }]);
    expect(unchanged.modifiedCount).toBe(0);
    await c.updateOne({ _id: id }, [{ $unset: ['_id', 'q'] }, { $set: { r: 3 } }]);
    expect(await c.find({}).toArray()).toEqual([{ _id: id, r: 3 }]);
  });

  it('refuses a pipeline that changes _id (66) and leaves the document as it was', async () => {
    const c = coll('pipeline-change-id');
    await c.insertOne({ _id: 1, a: 1 });
    await expectServerError(c.updateOne({ _id: 1 }, [{ $set: { _id: 2 } }]), 66);
    expect(await c.find({}).toArray()).toEqual([{ _id: 1, a: 1 }]);
  });

  it('writes and removes $-prefixed and dotted top-level fields with $setField and $unsetField', async () => {
    const c = coll('pipeline-set-field');
    await c.insertOne({ _id: 1, part: 'AB305', $bin: 200, quantity: 100 });
    await c.updateOne({ _id: 1 }, [{ $replaceWith: { $setField: { field: { $literal: '$bin' }, input: '$$ROOT', value: 150 } } }]);
    await c.updateOne({ _id: 1 }, [{ $replaceWith: { $setField: { field: 'price.usd', input: '$$ROOT', value: 45.99 } } }]);
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, part: 'AB305', $bin: 150, quantity: 100, 'price.usd': 45.99 });
    await c.updateOne({ _id: 1 }, [{ $replaceWith: { $unsetField: { field: { $literal: '$bin' }, input: '$$ROOT' } } }]);
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, part: 'AB305', quantity: 100, 'price.usd': 45.99 });
  });

  it('runs in updateMany, bulkWrite and findOneAndUpdate, including upserts', async () => {
    const c = coll('pipeline-everywhere');
    await c.insertMany([{ _id: 1, n: 1 }, { _id: 2, n: 2 }]);
    const many = await c.updateMany({}, [{ $set: { double: { $multiply: ['$n', 2] } } }]);
    expect(many.modifiedCount).toBe(2);
    const bulk = await c.bulkWrite([
      { updateOne: { filter: { _id: 1 }, update: [{ $set: { viaBulk: true } }] } },
      { updateMany: { filter: { n: { $gte: 1 } }, update: [{ $set: { touched: '$n' } }] } },
      { updateOne: { filter: { _id: 3 }, update: [{ $set: { n: 3 } }], upsert: true } },
    ]);
    expect({ matched: bulk.matchedCount, modified: bulk.modifiedCount, upserted: bulk.upsertedIds }).toEqual({ matched: 3, modified: 3, upserted: { 2: 3 } });
    const after = await c.findOneAndUpdate({ _id: 2 }, [{ $set: { n: { $add: ['$n', 10] } } }], { returnDocument: 'after' });
    expect(after).toEqual({ _id: 2, n: 12, double: 4, touched: 2 });
    const upserted = await c.findOneAndUpdate({ _id: 4 }, [{ $set: { n: 4 } }], { upsert: true, returnDocument: 'after' });
    expect(upserted).toEqual({ _id: 4, n: 4 });
    expect(await c.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 1, n: 1, double: 2, viaBulk: true, touched: 1 },
      { _id: 2, n: 12, double: 4, touched: 2 },
      { _id: 3, n: 3 },
      { _id: 4, n: 4 },
    ]);
  });
});

describe('_id: null', () => {
  it('is stored by a replaceOne upsert and then found and counted by {_id: null}', async () => {
    const c = coll('null-id');
    await c.insertOne({ _id: 1, v: 0 });
    const result = await c.replaceOne({ _id: null }, { v: 1 }, { upsert: true });
    expect(result.upsertedCount).toBe(1);
    expect(result.upsertedId).toBeNull();
    expect(await c.countDocuments({ _id: null })).toBe(1);
    expect(await c.find({ _id: null }).toArray()).toEqual([{ _id: null, v: 1 }]);
    const again = await c.replaceOne({ _id: null }, { v: 2 }, { upsert: true });
    expect({ matched: again.matchedCount, upserted: again.upsertedCount }).toEqual({ matched: 1, upserted: 0 });
    expect(await c.countDocuments({})).toBe(2);
    expect(await c.findOne({ _id: null })).toEqual({ _id: null, v: 2 });
  });
});
