import { describe, expect, it } from 'vitest';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();

describe('collections and databases', () => {
  it('creates a collection, and refuses to create it twice with NamespaceExists (48)', async () => {
    await t.db.createCollection('made');
    await expectServerError(t.db.createCollection('made'), 48, 'NamespaceExists');
  });

  it('lists collections with a filter and nameOnly', async () => {
    await t.db.createCollection('listed_a');
    await t.db.collection('listed_b').insertOne({});
    const names = (await t.db.listCollections({ name: { $regex: '^listed_' } }).toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['listed_a', 'listed_b']);
    const nameOnly = await t.db.listCollections({ name: 'listed_a' }, { nameOnly: true }).toArray();
    expect(nameOnly).toEqual([expect.objectContaining({ name: 'listed_a', type: 'collection' })]);
  });

  it('drops collections, including ones that do not exist', async () => {
    await t.db.collection('dropped').insertOne({});
    expect(await t.db.collection('dropped').drop()).toBe(true);
    expect((await t.db.listCollections({ name: 'dropped' }).toArray())).toEqual([]);
    expect(await t.db.collection('never-existed').drop()).toBe(true);
  });

  it('renames a collection, refusing an existing target unless dropTarget is set', async () => {
    await t.db.collection('src').insertOne({ v: 1 });
    await t.db.collection('dst').insertOne({ v: 2 });
    await expectServerError(t.db.renameCollection('src', 'dst'), 48, 'NamespaceExists');
    await t.db.renameCollection('src', 'dst', { dropTarget: true });
    expect(await t.db.collection('dst').find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ v: 1 }]);
    expect(await t.db.collection('src').countDocuments()).toBe(0);
  });

  it('keeps indexes across a rename', async () => {
    await t.db.collection('indexed_src').createIndex({ k: 1 }, { unique: true });
    await t.db.renameCollection('indexed_src', 'indexed_dst');
    expect((await t.db.collection('indexed_dst').listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'k_1']);
  });

  it('lists and drops databases', async () => {
    const other = t.client.db(`${t.db.databaseName}_other`);
    await other.collection('c').insertOne({});
    const names = (await t.client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((d) => d.name);
    expect(names).toContain(`${t.db.databaseName}_other`);
    await other.dropDatabase();
    const after = (await t.client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((d) => d.name);
    expect(after).not.toContain(`${t.db.databaseName}_other`);
  });

  it('refuses invalid collection names with InvalidNamespace (73)', async () => {
    await expectServerError(t.db.collection('bad$name').insertOne({}), 73, 'InvalidNamespace');
  });
});
