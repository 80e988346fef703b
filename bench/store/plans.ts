/**
 * Index-backed query plans (issue #14): `npx tsx bench/store/plans.ts [--docs 20000] [--runs 200]`.
 *
 * 20,000 carrier-shaped documents in an in-memory embedded store. For equality + sort +
 * limit 50 (skip 0 and skip 200), timed through the driver with and without an index
 * whose order is the sort, beside the same query as a plain array filter + sort + slice in
 * the same run. Prints p50s, the ratios and explain's totalDocsExamined.
 * Targets: totalDocsExamined ≤ 2 × (skip + limit) with the index; p50 ≤ 3× the array.
 */
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { startEmbeddedStore } from '../../packages/store/src/index';
import { carrier } from './carriers';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '20000' }, runs: { type: 'string', default: '200' } } });
const count = Number(values.docs);
const runs = Number(values.runs);
if (!(count >= 1000 && count <= 200_000) || !(runs >= 10 && runs <= 10_000)) throw new Error('--docs 1,000–200,000, --runs 10–10,000');

const p50 = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
const time = async (fn: () => unknown): Promise<number[]> => {
  for (let i = 0; i < 5; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
};

const store = await startEmbeddedStore({ dataDir: null });
const client = new MongoClient(store.uri);
try {
  await client.connect();
  const docs = Array.from({ length: count }, (_, i) => carrier(i));
  const plain = docs.map((d) => ({ ...d }));
  const indexed = client.db('bench').collection('indexed');
  const scanned = client.db('bench').collection('scanned');
  await indexed.insertMany(docs.map((d) => ({ ...d })));
  await scanned.insertMany(docs.map((d) => ({ ...d })));
  await indexed.createIndex({ city: 1, active: 1, area: -1 });
  await scanned.createIndex({ city: 1 });
  console.log(`${count} documents, ${runs} runs per line; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let met = true;
  for (const skip of [0, 200]) {
    const filter = { city: 'Kunshan', active: true };
    const query = (c: typeof indexed) => c.find(filter).sort({ area: -1 }).skip(skip).limit(50).toArray();
    const array = () => plain.filter((d) => d.city === 'Kunshan' && d.active === true)
      .sort((a, b) => (b.area as number) - (a.area as number)).slice(skip, skip + 50);
    const [a, b] = [await query(indexed), await query(scanned)];
    if (JSON.stringify(a.map((d) => d.area)) !== JSON.stringify(array().map((d) => d.area))) throw new Error('the indexed page differs from the array page');
    if (JSON.stringify(b.map((d) => d.area)) !== JSON.stringify(array().map((d) => d.area))) throw new Error('the scanned page differs from the array page');
    const arrayTimes = await time(array);
    const indexedTimes = await time(() => query(indexed));
    const scannedTimes = await time(() => query(scanned));
    const examined = async (c: typeof indexed) =>
      ((await c.find(filter).sort({ area: -1 }).skip(skip).limit(50).explain('executionStats')).executionStats as { totalDocsExamined: number }).totalDocsExamined;
    const [ie, se] = [await examined(indexed), await examined(scanned)];
    const ratio = p50(indexedTimes) / p50(arrayTimes);
    met &&= ie <= 2 * (skip + 50) && ratio <= 3;
    console.log(`skip ${skip} limit 50: array ${p50(arrayTimes).toFixed(3)} ms | ordered index ${p50(indexedTimes).toFixed(3)} ms (${ratio.toFixed(2)}×, docs examined ${ie}) | postings + sort ${p50(scannedTimes).toFixed(3)} ms (${(p50(scannedTimes) / p50(arrayTimes)).toFixed(2)}×, docs examined ${se})`);
  }
  console.log(met ? 'targets met' : 'targets NOT met');
} finally {
  await client.close();
  await store.close();
}
