import mongoose, { Schema, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../src/testing';

let database: TestDatabase;
let connection: Connection;

const carrierSchema = new Schema({
  name: { type: String, required: true },
  code: { type: String, required: true, unique: true },
  city: { type: String, index: true },
  area: Number,
  tags: [String],
  openedAt: Date,
  // `default: undefined` keeps mongoose from storing `coordinates: []`, which a 2dsphere index rejects.
  location: {
    type: { type: String, enum: ['Point'] },
    coordinates: { type: [Number], default: undefined },
  },
});
carrierSchema.index({ city: 1, name: 1 }, { unique: true });
carrierSchema.index({ location: '2dsphere' });

beforeAll(async () => {
  database = await startTestDatabase();
  connection = await mongoose.createConnection(database.uri, { dbName: database.dbName, serverSelectionTimeoutMS: 5_000 }).asPromise();
});

afterAll(async () => {
  await connection?.close();
  await database?.stop();
});

describe('mongoose models', () => {
  it('connects with dbName and creates collections and indexes with Model.init and syncIndexes', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    await Carrier.init();
    await Carrier.syncIndexes();
    const indexes = await Carrier.listIndexes();
    expect(indexes.map((index) => index.name).sort()).toEqual(['_id_', 'city_1', 'city_1_name_1', 'code_1', 'location_2dsphere']);
    expect(indexes.find((index) => index.name === 'code_1')).toMatchObject({ unique: true, key: { code: 1 } });
    expect(await Carrier.syncIndexes()).toEqual([]);
  });

  it('creates, finds, updates and deletes documents', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    const created = await Carrier.create({ name: 'Taicang Incubator', code: 'TC-1', city: 'Taicang', area: 1200.5, tags: ['a'], openedAt: new Date('2020-01-02T00:00:00Z') });
    expect(created._id).toBeInstanceOf(mongoose.Types.ObjectId);

    const found = await Carrier.findOne({ code: 'TC-1' }).lean();
    expect(found).toMatchObject({ name: 'Taicang Incubator', area: 1200.5, tags: ['a'] });
    expect(found?.openedAt).toEqual(new Date('2020-01-02T00:00:00Z'));

    const update = await Carrier.updateOne({ code: 'TC-1' }, { $set: { area: 1300 }, $push: { tags: 'b' } });
    expect(update).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await Carrier.findById(created._id).lean()).toMatchObject({ area: 1300, tags: ['a', 'b'] });

    const deleted = await Carrier.deleteOne({ code: 'TC-1' });
    expect(deleted.deletedCount).toBe(1);
    expect(await Carrier.countDocuments({})).toBe(0);
  });

  it('upserts with findOneAndUpdate, seeding from the filter and applying $setOnInsert only on insert', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    const inserted = await Carrier.findOneAndUpdate(
      { code: 'KS-1', city: 'Kunshan' },
      { $set: { name: 'Kunshan Park' }, $setOnInsert: { area: 500 } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(inserted).toMatchObject({ code: 'KS-1', city: 'Kunshan', name: 'Kunshan Park', area: 500 });

    const updated = await Carrier.findOneAndUpdate(
      { code: 'KS-1', city: 'Kunshan' },
      { $set: { name: 'Kunshan Park 2' }, $setOnInsert: { area: 999 } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(updated).toMatchObject({ name: 'Kunshan Park 2', area: 500 });
    await Carrier.deleteMany({});
  });

  it('raises mongoose duplicate key errors with MongoDB message, keyPattern and keyValue', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    await Carrier.create({ name: 'A', code: 'DUP', city: 'Suzhou' });
    const error = await Carrier.create({ name: 'B', code: 'DUP', city: 'Suzhou' }).catch((err: unknown) => err);
    expect(error).toMatchObject({
      code: 11000,
      keyPattern: { code: 1 },
      keyValue: { code: 'DUP' },
    });
    expect((error as Error).message).toBe(
      `E11000 duplicate key error collection: ${database.dbName}.carriers index: code_1 dup key: { code: "DUP" }`,
    );

    const compound = await Carrier.create({ name: 'A', code: 'OTHER', city: 'Suzhou' }).catch((err: unknown) => err);
    expect(compound).toMatchObject({ code: 11000, keyPattern: { city: 1, name: 1 }, keyValue: { city: 'Suzhou', name: 'A' } });
    expect((compound as Error).message).toContain('index: city_1_name_1 dup key: { city: "Suzhou", name: "A" }');
    await Carrier.deleteMany({});
  });

  it('counts and aggregates', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    await Carrier.insertMany([
      { name: 'A', code: 'C1', city: 'Taicang', area: 100 },
      { name: 'B', code: 'C2', city: 'Taicang', area: 200 },
      { name: 'C', code: 'C3', city: 'Kunshan', area: 50 },
    ]);
    expect(await Carrier.countDocuments({ city: 'Taicang' })).toBe(2);
    expect(await Carrier.estimatedDocumentCount()).toBe(3);
    const totals = await Carrier.aggregate<{ _id: string; total: number; count: number }>([
      { $match: { area: { $gte: 50 } } },
      { $group: { _id: '$city', total: { $sum: '$area' }, count: { $sum: 1 } } },
      { $sort: { total: -1 } },
    ]);
    expect(totals).toEqual([
      { _id: 'Taicang', total: 300, count: 2 },
      { _id: 'Kunshan', total: 50, count: 1 },
    ]);
    expect(await Carrier.distinct('city')).toEqual(expect.arrayContaining(['Taicang', 'Kunshan']));
    await Carrier.deleteMany({});
  });

  it('runs bulkWrite with mixed operations', async () => {
    const Carrier = connection.model('Carrier', carrierSchema);
    const result = await Carrier.bulkWrite([
      { insertOne: { document: { name: 'X', code: 'B1', city: 'Suzhou' } } },
      { insertOne: { document: { name: 'Y', code: 'B2', city: 'Suzhou' } } },
      { updateOne: { filter: { code: 'B1' }, update: { $set: { area: 10 } } } },
      { updateOne: { filter: { code: 'B3' }, update: { $set: { name: 'Z', city: 'Suzhou' } }, upsert: true } },
      { deleteOne: { filter: { code: 'B2' } } },
    ]);
    expect(result).toMatchObject({ insertedCount: 2, matchedCount: 1, modifiedCount: 1, upsertedCount: 1, deletedCount: 1 });
    expect((await Carrier.find({}).sort({ code: 1 }).lean()).map((c) => c.code)).toEqual(['B1', 'B3']);
    await Carrier.deleteMany({});
  });

  it('populates references, streams with a cursor and keeps timestamps', async () => {
    const Owner = connection.model('Owner', new Schema({ name: String }, { timestamps: true }));
    const Park = connection.model('Park', new Schema({ title: String, owner: { type: Schema.Types.ObjectId, ref: 'Owner' } }));
    const owner = await Owner.create({ name: 'Bureau' });
    await Park.insertMany(Array.from({ length: 30 }, (_, i) => ({ title: `P${i}`, owner: owner._id })));
    const populated = await Park.findOne({ title: 'P3' }).populate<{ owner: { name: string } }>('owner').lean();
    expect(populated?.owner.name).toBe('Bureau');
    let streamed = 0;
    for await (const park of Park.find().sort({ title: 1 }).batchSize(4).cursor()) streamed += park.title ? 1 : 0;
    expect(streamed).toBe(30);
    const stored = await Owner.findById(owner._id).lean();
    expect(stored?.createdAt).toBeInstanceOf(Date);
    expect(await Park.exists({ title: 'P29' })).not.toBeNull();
  });

  it('keeps Double and Int32 schema types and queries near a point', async () => {
    const Site = connection.model('Site', new Schema({
      share: Schema.Types.Double,
      seats: Schema.Types.Int32,
      location: { type: { type: String, enum: ['Point'], required: true }, coordinates: { type: [Number], required: true } },
    }).index({ location: '2dsphere' }));
    await Site.init();
    await Site.create([
      { share: 1, seats: 10, location: { type: 'Point', coordinates: [120.58, 31.3] } },
      { share: 2.5, seats: 20, location: { type: 'Point', coordinates: [121.13, 31.46] } },
    ]);
    const raw = await connection.db!.collection('sites').findOne({ seats: 10 }, { promoteValues: false });
    expect(raw?.share?.constructor.name).toBe('Double');
    const near = await Site.find({ location: { $near: { $geometry: { type: 'Point', coordinates: [121.1, 31.4] }, $maxDistance: 20_000 } } }).lean();
    expect(near.map((s) => s.seats)).toEqual([20]);
  });
});
