import type { Document } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectServerError, useTestDatabase } from './setup';

const t = useTestDatabase();

const carriers: Document[] = [
  { _id: 1, name: 'A', city: 'Taicang', area: 100, level: 'national', tags: ['bio', 'ai'], opened: new Date('2019-03-01') },
  { _id: 2, name: 'B', city: 'Taicang', area: 250, level: 'provincial', tags: ['ai'], opened: new Date('2021-07-15') },
  { _id: 3, name: 'C', city: 'Kunshan', area: 40, level: 'national', tags: [], opened: new Date('2020-01-10') },
  { _id: 4, name: 'D', city: 'Suzhou', area: 900, level: 'city', tags: ['chips'], opened: new Date('2018-11-30') },
  { _id: 5, name: 'E', city: 'Kunshan', area: 120, level: 'provincial', tags: ['bio'] },
];
const cities = [
  { _id: 'Taicang', population: 83 },
  { _id: 'Kunshan', population: 210 },
];

const run = (pipeline: object[]) => t.db.collection('carriers').aggregate(pipeline).toArray();

beforeAll(async () => {
  await t.db.collection('carriers').insertMany(carriers);
  await t.db.collection('cities').insertMany(cities as never[]);
});

describe('aggregation stages', () => {
  it('$match, $project, $addFields/$set, $unset, $sort, $skip, $limit', async () => {
    expect(await run([
      { $match: { area: { $gte: 100 } } },
      { $project: { name: 1, area: 1, big: { $gt: ['$area', 200] } } },
      { $set: { half: { $divide: ['$area', 2] } } },
      { $unset: 'area' },
      { $sort: { half: -1 } },
      { $skip: 1 },
      { $limit: 2 },
    ])).toEqual([
      { _id: 2, name: 'B', big: true, half: 125 },
      { _id: 5, name: 'E', big: false, half: 60 },
    ]);
  });

  it('$group with accumulators', async () => {
    const groups = await run([
      { $group: { _id: '$city', total: { $sum: '$area' }, avg: { $avg: '$area' }, min: { $min: '$area' }, max: { $max: '$area' }, n: { $sum: 1 }, names: { $push: '$name' }, levels: { $addToSet: '$level' }, first: { $first: '$name' }, last: { $last: '$name' } } },
      { $sort: { _id: 1 } },
    ]);
    expect(groups).toEqual([
      { _id: 'Kunshan', total: 160, avg: 80, min: 40, max: 120, n: 2, names: ['C', 'E'], levels: expect.arrayContaining(['national', 'provincial']), first: 'C', last: 'E' },
      { _id: 'Suzhou', total: 900, avg: 900, min: 900, max: 900, n: 1, names: ['D'], levels: ['city'], first: 'D', last: 'D' },
      { _id: 'Taicang', total: 350, avg: 175, min: 100, max: 250, n: 2, names: ['A', 'B'], levels: expect.arrayContaining(['national', 'provincial']), first: 'A', last: 'B' },
    ]);
  });

  it('$group by null and by a compound key', async () => {
    expect(await run([{ $group: { _id: null, n: { $count: {} } } }])).toEqual([{ _id: null, n: 5 }]);
    expect(await run([{ $match: { city: 'Taicang' } }, { $group: { _id: { c: '$city', l: '$level' }, n: { $sum: 1 } } }, { $sort: { '_id.l': 1 } }]))
      .toEqual([{ _id: { c: 'Taicang', l: 'national' }, n: 1 }, { _id: { c: 'Taicang', l: 'provincial' }, n: 1 }]);
  });

  it('$unwind, including preserveNullAndEmptyArrays', async () => {
    expect((await run([{ $unwind: '$tags' }, { $project: { _id: 1, tags: 1 } }])).map((d) => `${d._id}:${d.tags}`)).toEqual(['1:bio', '1:ai', '2:ai', '4:chips', '5:bio']);
    expect(await run([{ $match: { _id: 3 } }, { $unwind: { path: '$tags', preserveNullAndEmptyArrays: true } }, { $project: { tags: 1 } }])).toEqual([{ _id: 3 }]);
  });

  it('$count and $sortByCount', async () => {
    expect(await run([{ $match: { city: 'Kunshan' } }, { $count: 'n' }])).toEqual([{ n: 2 }]);
    expect(await run([{ $unwind: '$tags' }, { $sortByCount: '$tags' }, { $sort: { count: -1, _id: 1 } }]))
      .toEqual([{ _id: 'ai', count: 2 }, { _id: 'bio', count: 2 }, { _id: 'chips', count: 1 }]);
  });

  it('$bucket omits empty buckets and uses the default bucket', async () => {
    expect(await run([{ $bucket: { groupBy: '$area', boundaries: [0, 50, 100, 500, 1000, 5000], default: 'other' } }]))
      .toEqual([{ _id: 0, count: 1 }, { _id: 100, count: 3 }, { _id: 500, count: 1 }]);
    expect(await run([{ $bucket: { groupBy: '$area', boundaries: [0, 200], default: 'big', output: { names: { $push: '$name' } } } }]))
      .toEqual([{ _id: 0, names: ['A', 'C', 'E'] }, { _id: 'big', names: ['B', 'D'] }]);
  });

  it('$bucket without a default fails when a value falls outside every bucket', async () => {
    await expectServerError(run([{ $bucket: { groupBy: '$area', boundaries: [0, 200] } }]), 40066);
  });

  it('$bucketAuto splits into the requested number of buckets', async () => {
    const buckets = await run([{ $bucketAuto: { groupBy: '$area', buckets: 2 } }]);
    expect(buckets).toHaveLength(2);
    expect(buckets.reduce((n, b) => n + (b.count as number), 0)).toBe(5);
  });

  it('$lookup by fields and with a pipeline', async () => {
    expect(await run([{ $match: { _id: 1 } }, { $lookup: { from: 'cities', localField: 'city', foreignField: '_id', as: 'c' } }, { $project: { c: 1 } }]))
      .toEqual([{ _id: 1, c: [{ _id: 'Taicang', population: 83 }] }]);
    expect(await run([
      { $match: { _id: 3 } },
      { $lookup: { from: 'cities', let: { c: '$city' }, pipeline: [{ $match: { $expr: { $eq: ['$_id', '$$c'] } } }, { $project: { _id: 0, population: 1 } }], as: 'c' } },
      { $project: { c: 1 } },
    ])).toEqual([{ _id: 3, c: [{ population: 210 }] }]);
  });

  it('$facet runs sub-pipelines over the same input', async () => {
    expect(await run([{ $facet: { n: [{ $count: 'n' }], top: [{ $sort: { area: -1 } }, { $limit: 1 }, { $project: { name: 1, _id: 0 } }] } }]))
      .toEqual([{ n: [{ n: 5 }], top: [{ name: 'D' }] }]);
  });

  it('$replaceRoot, $replaceWith and $unionWith', async () => {
    expect(await run([{ $match: { _id: 1 } }, { $replaceRoot: { newRoot: { n: '$name' } } }])).toEqual([{ n: 'A' }]);
    expect(await run([{ $match: { _id: 2 } }, { $replaceWith: { n: '$name' } }])).toEqual([{ n: 'B' }]);
    expect(await run([{ $match: { _id: 1 } }, { $project: { _id: 1 } }, { $unionWith: { coll: 'cities', pipeline: [{ $project: { _id: 1 } }] } }]))
      .toEqual([{ _id: 1 }, { _id: 'Taicang' }, { _id: 'Kunshan' }]);
  });

  it('$sample returns the requested number of documents', async () => {
    expect(await run([{ $sample: { size: 3 } }])).toHaveLength(3);
  });
});

describe('aggregation expressions', () => {
  it('evaluates arithmetic, string, conditional, array and date expressions', async () => {
    const [doc] = await run([
      { $match: { _id: 1 } },
      {
        $project: {
          _id: 0,
          sum: { $add: ['$area', 5] },
          rounded: { $round: [{ $divide: ['$area', 3] }, 1] },
          label: { $concat: [{ $toUpper: '$name' }, '-', { $substrCP: ['$city', 0, 3] }] },
          size: { $cond: [{ $gte: ['$area', 100] }, 'large', 'small'] },
          firstTag: { $arrayElemAt: ['$tags', 0] },
          tagCount: { $size: '$tags' },
          hasAi: { $in: ['ai', '$tags'] },
          year: { $year: '$opened' },
          day: { $dateToString: { format: '%Y-%m-%d', date: '$opened' } },
          missing: { $ifNull: ['$nope', 'default'] },
          mapped: { $map: { input: '$tags', as: 't', in: { $concat: ['#', '$$t'] } } },
          filtered: { $filter: { input: [1, 2, 3, 4], as: 'x', cond: { $gt: ['$$x', 2] } } },
          switched: { $switch: { branches: [{ case: { $eq: ['$level', 'national'] }, then: 1 }], default: 0 } },
        },
      },
    ]);
    expect(doc).toEqual({
      sum: 105, rounded: 33.3, label: 'A-Tai', size: 'large', firstTag: 'bio', tagCount: 2, hasAi: true,
      year: 2019, day: '2019-03-01', missing: 'default', mapped: ['#bio', '#ai'], filtered: [3, 4], switched: 1,
    });
  });
});

describe('aggregation errors', () => {
  it('rejects an unknown stage with code 40324', async () => {
    const err = await expectServerError(run([{ $nope: {} }]), 40324);
    expect(err.message).toContain("Unrecognized pipeline stage name: '$nope'");
  });

  it('rejects an unknown expression operator, naming it', async () => {
    const err = await serverErrorMessage(run([{ $project: { x: { $nope: 1 } } }]));
    expect(err).toContain('$nope');
  });

  it('rejects $near inside $match', async () => {
    expect(await serverErrorMessage(run([{ $match: { loc: { $near: { $geometry: { type: 'Point', coordinates: [0, 0] } } } } }]))).toContain('$near');
  });
});

async function serverErrorMessage(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(() => null, (e: unknown) => e as Error);
  expect(err).not.toBeNull();
  return (err as Error).message;
}
