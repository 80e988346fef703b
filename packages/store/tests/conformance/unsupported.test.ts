import { describe, expect, it } from 'vitest';
import { expectServerError, onEmbeddedStore, useTestDatabase } from './setup';

/**
 * The embedded store refuses what it does not implement with MongoDB's NotImplemented
 * (238), naming the feature, rather than answering differently. Real MongoDB supports
 * all of these, so this file runs only on the embedded store.
 */
const t = useTestDatabase();
const items = () => t.db.collection('items');

describe.runIf(onEmbeddedStore)('features outside the supported list', () => {
  const refused = async (promise: Promise<unknown>, name: string): Promise<void> => {
    const err = await expectServerError(promise, 238, 'NotImplemented');
    expect(err.message).toContain(name);
  };

  it('names refused query operators', async () => {
    await refused(items().find({ $where: 'this.a > 1' }).toArray(), '$where');
    await refused(items().find({ $text: { $search: 'x' } }).toArray(), '$text');
    await refused(items().find({ loc: { $geoIntersects: { $geometry: { type: 'Point', coordinates: [0, 0] } } } }).toArray(), '$geoIntersects');
  });

  it('names refused aggregation stages and expressions', async () => {
    await refused(items().aggregate([{ $out: 'elsewhere' }]).toArray(), '$out');
    await refused(items().aggregate([{ $merge: { into: 'elsewhere' } }]).toArray(), '$merge');
    await refused(items().aggregate([{ $setWindowFields: { output: {} } }]).toArray(), '$setWindowFields');
    await refused(items().aggregate([{ $project: { x: { $function: { body: 'return 1', args: [], lang: 'js' } } } }]).toArray(), '$function');
    // Aggregation results carry plain numbers, so operators about BSON number types are refused.
    await refused(items().aggregate([{ $project: { t: { $type: '$a' } } }]).toArray(), '$type');
    await refused(items().aggregate([{ $project: { l: { $toLong: '$a' } } }]).toArray(), '$toLong');
  });

  it('refuses collations, text and hashed indexes, and capped collections', async () => {
    await refused(items().find({}, { collation: { locale: 'zh' } }).toArray(), 'collation');
    await refused(items().createIndex({ body: 'text' }), 'text');
    await refused(items().createIndex({ body: 'hashed' }), 'hashed');
    await refused(t.db.createCollection('capped', { capped: true, size: 1024 }), 'capped');
  });

  it('refuses explain and tailable cursors', async () => {
    await refused(t.db.command({ aggregate: 'items', pipeline: [], explain: true }), 'explain');
    await refused(t.db.command({ find: 'items', tailable: true }), 'tailable');
  });

  it('refuses unknown command fields, naming them', async () => {
    const err = await expectServerError(t.db.command({ find: 'items', frobnicate: true }), 40415);
    expect(err.message).toContain('frobnicate');
  });
});
