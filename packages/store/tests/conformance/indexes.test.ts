import { Double, Long, ObjectId, type MongoBulkWriteError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { expectServerError, serverError, useTestDatabase } from './setup';

const t = useTestDatabase();

describe('index management', () => {
  it('creates, lists and drops indexes', async () => {
    const coll = t.db.collection('managed');
    expect(await coll.createIndex({ a: 1 })).toBe('a_1');
    expect(await coll.createIndex({ b: -1, c: 1 }, { name: 'bc', unique: true, sparse: true })).toBe('bc');
    expect(await coll.createIndex({ a: 1 })).toBe('a_1');
    const listed = await coll.listIndexes().toArray();
    expect(listed.map((i) => i.name)).toEqual(['_id_', 'a_1', 'bc']);
    expect(listed[2]).toMatchObject({ v: 2, key: { b: -1, c: 1 }, name: 'bc', unique: true, sparse: true });
    await coll.dropIndex('a_1');
    await t.db.command({ dropIndexes: 'managed', index: { b: -1, c: 1 } });
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('drops every index but _id_ with dropIndexes', async () => {
    const coll = t.db.collection('dropall');
    await coll.createIndexes([{ key: { x: 1 } }, { key: { y: 1 } }]);
    await coll.dropIndexes();
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('reports TTL and partial index options', async () => {
    const coll = t.db.collection('options');
    await coll.createIndex({ expires: 1 }, { expireAfterSeconds: 0 });
    await coll.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { email: { $exists: true } } });
    const listed = await coll.listIndexes().toArray();
    expect(listed.find((i) => i.name === 'expires_1')).toMatchObject({ expireAfterSeconds: 0 });
    expect(listed.find((i) => i.name === 'email_1')).toMatchObject({ unique: true, partialFilterExpression: { email: { $exists: true } } });
  });

  it('answers listIndexes on a missing collection with NamespaceNotFound (26)', async () => {
    await expectServerError(t.db.collection('missing').listIndexes().toArray(), 26, 'NamespaceNotFound');
  });

  it('refuses to drop the _id index (72) or a missing index (27)', async () => {
    const coll = t.db.collection('dropping');
    await coll.insertOne({});
    await expectServerError(coll.dropIndex('_id_'), 72, 'InvalidOptions');
    await expectServerError(coll.dropIndex('nope_1'), 27, 'IndexNotFound');
  });

  it('refuses an existing name with another key (86) and an existing key with other options (85)', async () => {
    const coll = t.db.collection('conflicts');
    await coll.createIndex({ a: 1 }, { name: 'idx' });
    await expectServerError(coll.createIndex({ b: 1 }, { name: 'idx' }), 86, 'IndexKeySpecsConflict');
    await expectServerError(coll.createIndex({ a: 1 }, { name: 'other' }), 85, 'IndexOptionsConflict');
  });
});

describe('unique indexes', () => {
  it('rejects a duplicate with MongoDB E11000 message, keyPattern and keyValue', async () => {
    const coll = t.db.collection('users');
    await coll.createIndex({ email: 1 }, { unique: true });
    await coll.insertOne({ email: 'a@example.com' });
    const err = await serverError(coll.insertOne({ email: 'a@example.com' }));
    expect(err.code).toBe(11000);
    expect(err.message).toBe(`E11000 duplicate key error collection: ${t.db.databaseName}.users index: email_1 dup key: { email: "a@example.com" }`);
    expect(err.errorResponse).toMatchObject({ keyPattern: { email: 1 }, keyValue: { email: 'a@example.com' } });
  });

  it('names the _id index and formats ObjectIds, numbers and dates like mongod', async () => {
    const coll = t.db.collection('ids');
    const id = new ObjectId();
    await coll.insertOne({ _id: id });
    expect((await serverError(coll.insertOne({ _id: id }))).message).toContain(`index: _id_ dup key: { _id: ObjectId('${id.toHexString()}') }`);
    await coll.createIndex({ n: 1, when: 1 }, { unique: true });
    const when = new Date('2024-01-02T03:04:05.006Z');
    await coll.insertOne({ n: 7, when });
    expect((await serverError(coll.insertOne({ n: 7, when }))).message).toContain(`index: n_1_when_1 dup key: { n: 7, when: new Date(${when.getTime()}) }`);
  });

  it('enforces compound uniqueness on the combination only', async () => {
    const coll = t.db.collection('compound');
    await coll.createIndex({ city: 1, name: 1 }, { unique: true });
    await coll.insertMany([{ city: 'A', name: 'x' }, { city: 'B', name: 'x' }, { city: 'A', name: 'y' }]);
    const err = await serverError(coll.insertOne({ city: 'A', name: 'x' }));
    expect(err.errorResponse).toMatchObject({ keyPattern: { city: 1, name: 1 }, keyValue: { city: 'A', name: 'x' } });
  });

  it('treats missing fields as null unless the index is sparse or partial', async () => {
    const plain = t.db.collection('missing-plain');
    await plain.createIndex({ code: 1 }, { unique: true });
    await plain.insertOne({});
    expect((await serverError(plain.insertOne({}))).message).toContain('dup key: { code: null }');

    const sparse = t.db.collection('missing-sparse');
    await sparse.createIndex({ code: 1 }, { unique: true, sparse: true });
    await sparse.insertMany([{}, {}]);

    const partial = t.db.collection('missing-partial');
    await partial.createIndex({ code: 1 }, { unique: true, partialFilterExpression: { code: { $type: 'string' } } });
    await partial.insertMany([{ code: 1 }, { code: 1 }, { code: 'a' }]);
    await serverError(partial.insertOne({ code: 'a' }));
  });

  it('treats 1, 1.0 and NumberLong(1) as the same key', async () => {
    const coll = t.db.collection('numeric-keys');
    await coll.createIndex({ k: 1 }, { unique: true });
    await coll.insertOne({ k: 1 });
    // `1.0 === 1` in JavaScript: the wrappers send a BSON double and an int64.
    const asDouble = await serverError(coll.insertOne({ k: new Double(1) }));
    expect(asDouble.code).toBe(11000);
    const asLong = await serverError(coll.insertOne({ k: Long.fromNumber(1) }));
    expect(asLong.code).toBe(11000);
    expect(await coll.countDocuments({ k: new Double(1) })).toBe(1);
    expect(await coll.countDocuments({ k: Long.fromNumber(1) })).toBe(1);
  });

  it('indexes each array element (multikey)', async () => {
    const coll = t.db.collection('multikey');
    await coll.createIndex({ tags: 1 }, { unique: true });
    await coll.insertOne({ tags: ['a', 'b'] });
    await coll.insertOne({ tags: ['c', 'c'] });
    expect((await serverError(coll.insertOne({ tags: ['x', 'b'] }))).message).toContain('dup key: { tags: "b" }');
  });

  it('rejects duplicates created by updates, upserts and findOneAndUpdate', async () => {
    const coll = t.db.collection('updates');
    await coll.createIndex({ code: 1 }, { unique: true });
    await coll.insertMany([{ _id: 1 as never, code: 'a' }, { _id: 2 as never, code: 'b' }]);
    expect((await serverError(coll.updateOne({ _id: 2 as never }, { $set: { code: 'a' } }))).code).toBe(11000);
    expect((await serverError(coll.updateOne({ _id: 3 as never }, { $set: { code: 'b' } }, { upsert: true }))).code).toBe(11000);
    const fam = await expectServerError(coll.findOneAndUpdate({ _id: 2 as never }, { $set: { code: 'a' } }), 11000, 'DuplicateKey');
    expect(fam.errorResponse).toMatchObject({ keyPattern: { code: 1 }, keyValue: { code: 'a' } });
    expect(await coll.findOne({ _id: 2 as never })).toEqual({ _id: 2, code: 'b' });
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const coll = t.db.collection('late-unique');
    await coll.insertMany([{ v: 1 }, { v: 1 }]);
    expect((await serverError(coll.createIndex({ v: 1 }, { unique: true }))).code).toBe(11000);
    expect((await coll.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('reports each duplicate of an unordered insertMany', async () => {
    const coll = t.db.collection('bulk-unique');
    await coll.createIndex({ v: 1 }, { unique: true });
    const err = (await coll.insertMany([{ v: 1 }, { v: 1 }, { v: 2 }, { v: 2 }], { ordered: false }).catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(err.insertedCount).toBe(2);
    expect(err.result.getWriteErrors().map((w) => [w.index, w.code])).toEqual([[1, 11000], [3, 11000]]);
  });
});
