import { Binary, BSONRegExp, Decimal128, Double, Int32, Long, ObjectId } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { onEmbeddedStore, serverError, useTestDatabase } from './setup';

const t = useTestDatabase();
const raw = { promoteValues: false, promoteLongs: false } as const;

describe('BSON types survive a round trip', () => {
  it('keeps ObjectId, Date, int32, int64, doubles (5.0 stays a double), strings, booleans, null, binary and regex', async () => {
    const doc = {
      _id: new ObjectId(),
      when: new Date('2023-04-05T06:07:08.009Z'),
      int: new Int32(42),
      long: Long.fromString('9007199254740991'),
      whole: new Double(5),
      fraction: new Double(2.75),
      negativeZero: new Double(-0),
      text: '苏州工业园区 ✓',
      yes: true,
      nothing: null,
      bytes: new Binary(Buffer.from([0, 1, 2, 255])),
      pattern: new BSONRegExp('^a.c$', 'i'),
      nested: { list: [new Int32(1), new Double(1), Long.fromNumber(1), { deeper: [new Double(3)] }], empty: {} },
    };
    await t.db.collection('types').insertOne(doc);
    const back = await t.db.collection('types').findOne({ _id: doc._id }, { ...raw, bsonRegExp: true });
    expect(back).toEqual({ ...doc, _id: doc._id });
  });

  it('reads back plain JS numbers as the driver sends them: integers as int32, fractions as doubles', async () => {
    await t.db.collection('plain').insertOne({ _id: 1 as never, a: 7, b: 7.5, c: 2 ** 40 });
    expect(await t.db.collection('plain').findOne({ _id: 1 as never }, raw)).toEqual({ _id: new Int32(1), a: new Int32(7), b: new Double(7.5), c: new Double(2 ** 40) });
  });

  it('keeps types through updates of other fields and through $set of typed values', async () => {
    const coll = t.db.collection('typed-updates');
    await coll.insertOne({ _id: 1 as never, d: new Double(5), l: Long.fromNumber(3), other: 1 });
    await coll.updateOne({ _id: 1 as never }, { $set: { other: 2, fresh: new Double(6), freshLong: Long.fromNumber(7) } });
    expect(await coll.findOne({ _id: 1 as never }, raw)).toEqual({
      _id: new Int32(1), d: new Double(5), l: Long.fromNumber(3), other: new Int32(2), fresh: new Double(6), freshLong: Long.fromNumber(7),
    });
  });
});

describe('numbers compare across BSON types', () => {
  it('matches 5, 5.0 and NumberLong(5) as equal and sorts them numerically', async () => {
    const coll = t.db.collection('numbers');
    await coll.insertMany([
      { _id: 'int' as never, n: new Int32(5) },
      { _id: 'double' as never, n: new Double(5) },
      { _id: 'long' as never, n: Long.fromNumber(5) },
      { _id: 'small' as never, n: new Double(4.5) },
      { _id: 'big' as never, n: Long.fromNumber(6) },
    ]);
    expect((await coll.find({ n: 5 }).toArray()).map((d) => d._id).sort()).toEqual(['double', 'int', 'long']);
    expect((await coll.find({ n: { $gt: 4.9 } }).sort({ n: -1, _id: 1 }).toArray()).map((d) => d._id)).toEqual(['big', 'double', 'int', 'long']);
  });

  it('tells int, long and double apart with $type', async () => {
    const coll = t.db.collection('numbers');
    expect((await coll.find({ n: { $type: 'double' } }).toArray()).map((d) => d._id).sort()).toEqual(['double', 'small']);
    expect((await coll.find({ n: { $type: 'long' } }).toArray()).map((d) => d._id).sort()).toEqual(['big', 'long']);
    expect((await coll.find({ n: { $type: 'int' } }).toArray()).map((d) => d._id)).toEqual(['int']);
    expect(await coll.countDocuments({ n: { $type: 'number' } })).toBe(5);
  });
});

describe('values the embedded store cannot compare exactly', () => {
  it('Decimal128 is refused by the embedded store (MongoDB stores it)', async () => {
    const coll = t.db.collection('decimals');
    const value = Decimal128.fromString('1.10');
    if (onEmbeddedStore) {
      const err = await serverError(coll.insertOne({ price: value }));
      expect(err.message).toContain('Decimal128');
    } else {
      await coll.insertOne({ _id: 1 as never, price: value });
      expect((await coll.findOne({ _id: 1 as never }))?.price).toEqual(value);
    }
  });

  it('int64 beyond 2^53 is refused by the embedded store (MongoDB stores it)', async () => {
    const coll = t.db.collection('longs');
    const value = Long.fromString('9223372036854775807');
    if (onEmbeddedStore) {
      const err = await serverError(coll.insertOne({ big: value }));
      expect(err.message).toContain('9223372036854775807');
    } else {
      await coll.insertOne({ _id: 1 as never, big: value });
      expect((await coll.findOne({ _id: 1 as never }, raw))?.big).toEqual(value);
    }
  });
});
