import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDatabase } from './setup';

/**
 * Index-backed plans, checked through `explain` in MongoDB's shape and against the same
 * query answered by plain JavaScript over the same documents.
 */
const t = useTestDatabase();

interface Carrier {
  _id: number;
  region: string;
  deletedAt: Date | null;
  score: number;
  name: string;
}

const REGIONS = ['太仓', '昆山', '苏州'];
const docs: Carrier[] = Array.from({ length: 3000 }, (_, i) => ({
  _id: i,
  region: REGIONS[(i * 7) % 3] as string,
  deletedAt: i % 10 === 3 ? new Date(Date.UTC(2025, 0, 1 + (i % 28))) : null,
  score: (i * 7919) % 3001,
  name: `carrier ${String(i).padStart(4, '0')}`,
}));
const coll = () => t.db.collection<Carrier>('carriers');

/** Every stage of an explain answer (winning plans, $cursor stages, executionStages), flattened. */
function stagesOf(value: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) stagesOf(item, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.stage === 'string') out.push(record);
    for (const [key, child] of Object.entries(record)) if (key !== 'rejectedPlans') stagesOf(child, out);
  }
  return out;
}

const live = (region: string) => docs.filter((d) => d.region === region && d.deletedAt === null);

beforeAll(async () => {
  await coll().insertMany(docs);
  await coll().createIndex({ region: 1, deletedAt: 1, score: -1 }, { name: 'region_live_score' });
  await coll().createIndex({ name: 1 });
});

describe('query plans', () => {
  it('walks a compound index for equality + sort + limit and reads about skip + limit documents', async () => {
    const filter = { region: '昆山', deletedAt: null };
    const page = await coll().find(filter).sort({ score: -1 }).skip(20).limit(50).toArray();
    const expected = live('昆山').sort((a, b) => b.score - a.score).slice(20, 70);
    expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id));
    const explained = await coll().find(filter).sort({ score: -1 }).skip(20).limit(50).explain('executionStats');
    const stages = stagesOf(explained.queryPlanner);
    expect(stages.some((s) => s.stage === 'IXSCAN' && s.indexName === 'region_live_score')).toBe(true);
    expect(stages.some((s) => s.stage === 'SORT')).toBe(false);
    expect(explained.executionStats.nReturned).toBe(50);
    expect(explained.executionStats.totalDocsExamined).toBeLessThanOrEqual(2 * 70);
  });

  it('walks the index backwards for the reversed sort, with the same page as plain sorting', async () => {
    const filter = { region: '苏州', deletedAt: null };
    const page = await coll().find(filter).sort({ score: 1 }).limit(30).toArray();
    const expected = live('苏州').sort((a, b) => a.score - b.score).slice(0, 30);
    expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id));
    const explained = await coll().find(filter).sort({ score: 1 }).limit(30).explain('executionStats');
    expect(stagesOf(explained.queryPlanner).some((s) => s.stage === 'IXSCAN' && s.indexName === 'region_live_score')).toBe(true);
    expect(explained.executionStats.totalDocsExamined).toBeLessThanOrEqual(60);
  });

  it('keeps extra conditions outside the index as a filter on the walk', async () => {
    const filter = { region: '太仓', deletedAt: null, name: { $regex: '7$' } };
    const page = await coll().find(filter).sort({ score: -1 }).limit(10).toArray();
    const expected = live('太仓').filter((d) => d.name.endsWith('7')).sort((a, b) => b.score - a.score).slice(0, 10);
    expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id));
  });

  it('scans and sorts when no index gives the order, and says so', async () => {
    const explained = await coll().find({ score: { $gt: 100 } }).sort({ name: -1, score: 1 }).limit(5).explain('executionStats');
    const stages = stagesOf(explained.queryPlanner).map((s) => s.stage);
    expect(stages).toContain('SORT');
    expect(stages).toContain('COLLSCAN');
    expect(explained.executionStats.totalDocsExamined).toBe(docs.length);
    const page = await coll().find({ score: { $gt: 100 } }).sort({ name: -1, score: 1 }).limit(5).toArray();
    const expected = docs.filter((d) => d.score > 100).sort((a, b) => (a.name < b.name ? 1 : -1)).slice(0, 5);
    expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id));
  });

  it('gives the same answers after writes change the indexed fields', async () => {
    await coll().updateOne({ _id: 1 }, { $set: { score: 99_999, region: '昆山', deletedAt: null } });
    await coll().deleteOne({ _id: 2 });
    const top = await coll().find({ region: '昆山', deletedAt: null }).sort({ score: -1 }).limit(1).toArray();
    expect(top.map((d) => d._id)).toEqual([1]);
    await coll().updateOne({ _id: 1 }, { $set: { score: docs[1]?.score, region: docs[1]?.region } });
    await coll().insertOne(docs[2] as Carrier);
  });

  it('counts a filter covered by an index prefix from the index, reading no documents', async () => {
    for (const region of REGIONS) {
      expect(await coll().countDocuments({ region, deletedAt: null })).toBe(live(region).length);
      expect(await coll().countDocuments({ region })).toBe(docs.filter((d) => d.region === region).length);
    }
    const explained = await t.db.command({ explain: { count: 'carriers', query: { region: '昆山', deletedAt: null } }, verbosity: 'executionStats' });
    expect(stagesOf(explained).some((s) => s.stage === 'COUNT_SCAN' && s.indexName === 'region_live_score')).toBe(true);
    expect(explained.executionStats.totalDocsExamined).toBe(0);
  });

  it('explains count and an aggregate with a leading $match through the index on their field', async () => {
    const count = await t.db.command({ explain: { count: 'carriers', query: { name: 'carrier 0042' } }, verbosity: 'executionStats' });
    expect(stagesOf(count).some((s) => (s.stage === 'IXSCAN' || s.stage === 'COUNT_SCAN') && s.indexName === 'name_1')).toBe(true);
    const aggregate = await coll().aggregate([{ $match: { name: 'carrier 0042' } }, { $group: { _id: '$region', n: { $sum: 1 } } }]).explain('executionStats');
    expect(stagesOf(aggregate).some((s) => s.stage === 'IXSCAN' && s.indexName === 'name_1')).toBe(true);
    const scanned = await coll().aggregate([{ $match: { score: 5 } }, { $project: { name: 1 } }]).explain('executionStats');
    expect(stagesOf(scanned).some((s) => s.stage === 'COLLSCAN')).toBe(true);
  });
});
