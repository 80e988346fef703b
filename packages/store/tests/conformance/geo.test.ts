import { beforeAll, describe, expect, it } from 'vitest';
import { expectServerError, serverError, useTestDatabase } from './setup';

const t = useTestDatabase();

const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });
const places = [
  { _id: 'suzhou', loc: point(120.585, 31.299), kind: 'city' },
  { _id: 'kunshan', loc: point(120.958, 31.381), kind: 'county' },
  { _id: 'taicang', loc: point(121.13, 31.457), kind: 'county' },
  { _id: 'shanghai', loc: point(121.473, 31.23), kind: 'city' },
  { _id: 'nanjing', loc: point(118.796, 32.06), kind: 'city' },
  { _id: 'nowhere', kind: 'none' },
];
const EARTH_RADIUS_M = 6378100;
const places$ = () => t.db.collection<{ _id: string; loc?: unknown; kind: string }>('places');
const ids = async (filter: object): Promise<string[]> => (await places$().find(filter).toArray()).map((d) => d._id).sort();

/** A closed ring around a centre, for test polygons. */
const square = (lng: number, lat: number, half: number): number[][] =>
  [[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]];

beforeAll(async () => {
  await places$().createIndex({ loc: '2dsphere' });
  await places$().insertMany(places);
});

describe('2dsphere indexes', () => {
  it('are listed with their 2dsphere key and version', async () => {
    const index = (await places$().listIndexes().toArray()).find((i) => i.name === 'loc_2dsphere');
    expect(index).toMatchObject({ key: { loc: '2dsphere' }, '2dsphereIndexVersion': 3 });
  });

  it('reject invalid GeoJSON on insert with code 16755', async () => {
    for (const loc of [point(200, 100), { type: 'Point', coordinates: [] }, { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] }, 'here', { type: 'Blob', coordinates: [0, 0] }]) {
      const err = await serverError(places$().insertOne({ _id: 'bad', loc, kind: 'bad' }));
      expect(err.code).toBe(16755);
      expect(err.message).toContain("Can't extract geo keys");
    }
    expect(await places$().countDocuments({ _id: 'bad' })).toBe(0);
  });

  it('reject an update that makes the geometry invalid', async () => {
    await places$().insertOne({ _id: 'moving', loc: point(0, 0), kind: 'tmp' });
    expect((await serverError(places$().updateOne({ _id: 'moving' }, { $set: { 'loc.coordinates': [0, 95] } }))).code).toBe(16755);
    await places$().deleteOne({ _id: 'moving' });
  });

  it('cannot be built over documents with invalid geometry', async () => {
    const coll = t.db.collection('late-geo');
    await coll.insertOne({ loc: point(0, 123) });
    expect((await serverError(coll.createIndex({ loc: '2dsphere' }))).code).toBe(16755);
  });

  it('accept legacy [lng, lat] pairs', async () => {
    const coll = t.db.collection('legacy');
    await coll.createIndex({ loc: '2dsphere' });
    await coll.insertOne({ _id: 1 as never, loc: [120.585, 31.299] });
    expect(await coll.countDocuments({ loc: { $geoWithin: { $centerSphere: [[120.585, 31.299], 0.001] } } })).toBe(1);
  });
});

describe('$geoWithin', () => {
  it('$box and $polygon select by flat coordinates', async () => {
    expect(await ids({ loc: { $geoWithin: { $box: [[120.5, 31.2], [121.2, 31.5]] } } })).toEqual(['kunshan', 'suzhou', 'taicang']);
    expect(await ids({ loc: { $geoWithin: { $polygon: [[120.5, 31.2], [121.2, 31.2], [121.2, 31.5], [120.5, 31.5]] } } })).toEqual(['kunshan', 'suzhou', 'taicang']);
  });

  it('$centerSphere selects within a radius in radians', async () => {
    expect(await ids({ loc: { $geoWithin: { $centerSphere: [[120.585, 31.299], 45_000 / EARTH_RADIUS_M] } } })).toEqual(['kunshan', 'suzhou']);
  });

  it('$geometry Polygon (with a hole) and MultiPolygon', async () => {
    const outer = [[120.4, 31.1], [121.3, 31.1], [121.3, 31.6], [120.4, 31.6], [120.4, 31.1]];
    const hole = square(120.958, 31.381, 0.05);
    expect(await ids({ loc: { $geoWithin: { $geometry: { type: 'Polygon', coordinates: [outer, hole] } } } })).toEqual(['suzhou', 'taicang']);
    const multi = { type: 'MultiPolygon', coordinates: [[square(120.585, 31.299, 0.1)], [square(118.796, 32.06, 0.1)]] };
    expect(await ids({ loc: { $geoWithin: { $geometry: multi } } })).toEqual(['nanjing', 'suzhou']);
  });

  it('combines with other conditions', async () => {
    expect(await ids({ kind: 'county', loc: { $geoWithin: { $box: [[120, 31], [122, 32]] } } })).toEqual(['kunshan', 'taicang']);
  });
});

describe('$near and $nearSphere', () => {
  it('$near with $geometry returns the nearest first within $maxDistance meters', async () => {
    const found = await places$().find({ loc: { $near: { $geometry: point(120.585, 31.299), $maxDistance: 60_000 } } }).toArray();
    expect(found.map((d) => d._id)).toEqual(['suzhou', 'kunshan', 'taicang']);
  });

  it('honours $minDistance', async () => {
    const found = await places$().find({ loc: { $near: { $geometry: point(120.585, 31.299), $minDistance: 40_000, $maxDistance: 100_000 } } }).toArray();
    expect(found.map((d) => d._id)).toEqual(['taicang', 'shanghai']);
  });

  it('$nearSphere with legacy coordinates measures radians', async () => {
    const found = await places$().find({ loc: { $nearSphere: [121.473, 31.23], $maxDistance: 45_000 / EARTH_RADIUS_M } }).toArray();
    expect(found.map((d) => d._id)).toEqual(['shanghai', 'taicang']);
  });

  it('applies limit after ordering by distance', async () => {
    const found = await places$().find({ loc: { $nearSphere: { $geometry: point(118.8, 32.0) } } }).limit(2).toArray();
    expect(found.map((d) => d._id)).toEqual(['nanjing', 'suzhou']);
  });

  it('needs a geo index on the field (error 291)', async () => {
    const coll = t.db.collection('unindexed');
    await coll.insertOne({ loc: point(0, 0) });
    await expectServerError(coll.find({ loc: { $near: { $geometry: point(0, 0) } } }).toArray(), 291, 'NoQueryExecutionPlans');
  });
});

describe('$geoNear', () => {
  it('adds the distance, filters with query and maxDistance, and sorts nearest first', async () => {
    const found = await places$().aggregate([
      { $geoNear: { near: point(120.585, 31.299), distanceField: 'meters', spherical: true, maxDistance: 90_000, query: { kind: { $ne: 'none' } }, includeLocs: 'where' } },
      { $project: { meters: 1, where: 1 } },
    ]).toArray();
    expect(found.map((d) => d._id)).toEqual(['suzhou', 'kunshan', 'taicang', 'shanghai']);
    expect(found[0]?.meters).toBe(0);
    expect(found[1]?.meters).toBeGreaterThan(35_000);
    expect(found[1]?.meters).toBeLessThan(38_000);
    expect(found[1]?.where).toEqual(point(120.958, 31.381));
  });

  it('must be the first stage', async () => {
    await expectServerError(places$().aggregate([{ $match: {} }, { $geoNear: { near: point(0, 0), distanceField: 'd' } }]).toArray(), 40602);
  });
});
