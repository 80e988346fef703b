/**
 * Embedded store benchmark: `npx tsx bench/store/run.ts` (add `--expose-gc` to node
 * via NODE_OPTIONS for steadier memory figures). Each operation runs against the store
 * on a temporary data directory (real fsync) and, for scale, on a plain JS array.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoClient, type Document } from 'mongodb';
import { startEmbeddedStore } from '@carrier-planner/store';
import { carrier } from './carriers';

const COUNT = 20_000;
const SINGLE_INSERTS = 500;
const QUERY_RUNS = 200;
const GROUP_RUNS = 30;

const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const time = async (fn: () => unknown): Promise<number> => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const fmt = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Row {
  operation: string;
  store: string;
  'store CPU': string;
  array: string;
  ratio: string;
  target: string;
}
const rows: Row[] = [];
/** Process CPU time (driver and store together) per operation: less sensitive than wall time to a busy machine. */
let cpuPerOp = 0;
const cpuMs = async (runs: number, fn: () => Promise<void>): Promise<void> => {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  cpuPerOp = (used.user + used.system) / 1000 / runs;
};
const report = (operation: string, storeMs: number, arrayMs: number, target = ''): void => {
  rows.push({ operation, store: fmt(storeMs), 'store CPU': fmt(cpuPerOp), array: fmt(arrayMs), ratio: `${(storeMs / Math.max(arrayMs, 1e-6)).toFixed(0)}×`, target });
};

gc();
const heapBefore = process.memoryUsage().heapUsed;
const docs = Array.from({ length: COUNT }, (_, i) => carrier(i));
gc();
const arrayHeap = process.memoryUsage().heapUsed - heapBefore;

// Baseline: the same documents copied into a plain array.
let array: Document[] = [];
const arrayBulk = await time(() => {
  array = docs.map((d) => ({ ...d }));
});

const residentMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Resident memory of the store alone: `npm run db` in its own process, before and after
 * the same 20k documents arrive from this process's driver.
 */
async function standaloneResidentMemory(): Promise<{ idle: number; loaded: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'store-bench-rss-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../packages/store/src/cli.ts'), '--port', '0', '--data', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const uri = await new Promise<string>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
      const match = /mongodb:\/\/[\d.:]+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    }));
    const idle = residentMb(child.pid as number);
    const remote = await new MongoClient(uri).connect();
    const target = remote.db('bench').collection('carriers');
    await target.createIndex({ code: 1 }, { unique: true });
    await target.createIndex({ city: 1, level: 1 });
    await target.createIndex({ location: '2dsphere' });
    await target.insertMany(docs.map((d) => ({ ...d })));
    await target.find({ city: 'Kunshan' }).sort({ area: -1 }).limit(50).toArray();
    await remote.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { idle, loaded: residentMb(child.pid as number) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'store-bench-'));
const store = await startEmbeddedStore({ dataDir });
const client = await new MongoClient(store.uri).connect();
try {
  const coll = client.db('bench').collection('carriers');
  await coll.createIndex({ code: 1 }, { unique: true });
  await coll.createIndex({ city: 1, level: 1 });
  await coll.createIndex({ location: '2dsphere' });

  let bulk = 0;
  await cpuMs(1, async () => {
    bulk = await time(() => coll.insertMany(docs.map((d) => ({ ...d }))));
  });
  report(`bulk insert ${COUNT.toLocaleString()} (insertMany)`, bulk, arrayBulk, '≤ 2 s');

  const singles: number[] = [];
  const arrayPushes: number[] = [];
  await cpuMs(SINGLE_INSERTS, async () => {
    for (let i = 0; i < SINGLE_INSERTS; i++) {
      const doc = carrier(COUNT + i);
      singles.push(await time(() => coll.insertOne(doc)));
      arrayPushes.push(await time(() => array.push({ ...doc })));
    }
  });
  report('single acknowledged insert p50', percentile(singles, 50), percentile(arrayPushes, 50), '≤ 5 ms');
  report('single acknowledged insert p99', percentile(singles, 99), percentile(arrayPushes, 99));

  const cities = ['Taicang', 'Kunshan', 'Suzhou', 'Changshu'];
  const queries: number[] = [];
  const arrayQueries: number[] = [];
  await cpuMs(QUERY_RUNS, async () => {
    for (let i = 0; i < QUERY_RUNS; i++) {
      const city = cities[i % cities.length] as string;
      const minArea = 1000 + (i % 10) * 1000;
      queries.push(await time(() => coll.find({ city, active: true, area: { $gte: minArea } }).sort({ area: -1 }).limit(50).toArray()));
      arrayQueries.push(await time(() => array
        .filter((d) => d.city === city && d.active === true && (d.area as number) >= minArea)
        .sort((a, b) => (b.area as number) - (a.area as number))
        .slice(0, 50)));
    }
  });
  report('filter + sort + limit 50, p50', percentile(queries, 50), percentile(arrayQueries, 50), '≤ 20 ms');

  const groups: number[] = [];
  const arrayGroups: number[] = [];
  await cpuMs(GROUP_RUNS, async () => {
    for (let i = 0; i < GROUP_RUNS; i++) {
      groups.push(await time(() => coll.aggregate([
        { $match: { active: true } },
        { $group: { _id: '$city', carriers: { $sum: 1 }, area: { $sum: '$area' }, seats: { $avg: '$capacity' } } },
        { $sort: { area: -1 } },
      ]).toArray()));
      arrayGroups.push(await time(() => {
        const out = new Map<string, { carriers: number; area: number; seats: number }>();
        for (const d of array) {
          if (d.active !== true) continue;
          const g = out.get(d.city as string) ?? { carriers: 0, area: 0, seats: 0 };
          g.carriers++;
          g.area += d.area as number;
          g.seats += d.capacity as number;
          out.set(d.city as string, g);
        }
        return [...out.entries()].sort((a, b) => b[1].area - a[1].area);
      }));
    }
  });
  report('$group aggregate p50', percentile(groups, 50), percentile(arrayGroups, 50));

  gc();
  const rss = process.memoryUsage().rss;
  const standalone = await standaloneResidentMemory();
  const [load1] = loadavg();
  process.stdout.write(`\nEmbedded store benchmark, ${COUNT.toLocaleString()} carrier documents (${(await coll.estimatedDocumentCount()).toLocaleString()} after single inserts)\n`);
  process.stdout.write(`machine load average ${load1?.toFixed(1)} on ${(await import('node:os')).cpus().length} cores: wall times include waiting for the CPU\n\n`);
  console.table(rows);
  process.stdout.write(`resident memory, store alone (npm run db, data dir): ${standalone.idle.toFixed(0)} MB idle, ${standalone.loaded.toFixed(0)} MB with ${COUNT.toLocaleString()} documents (target ≤ 200 MB)\n`);
  process.stdout.write(`resident memory, this whole process (store + driver + bench copies): ${mb(rss)}\n`);
  process.stdout.write(`heap of the plain array's ${COUNT.toLocaleString()} documents: ${mb(arrayHeap)}\n`);
  if (!(globalThis as { gc?: unknown }).gc) process.stdout.write('(run with NODE_OPTIONS=--expose-gc for figures after garbage collection)\n');
} finally {
  await client.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}
