import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { todayInChina } from '../../shared/dates';
import { seedCarriers } from '../../seeds/carriers';
import { toStoredFields } from '../../server/carriers/normalize';
import { summaryOf } from '../../server/carriers/summary';
import { startEmbeddedStore } from '@carrier-planner/store';
import { spawnPlanner, type RunningChild, type StandbyPlanner } from '../../tests/reliability/support/processes';

export const BENCH_PASSWORD = 'bench-demo-password';
/** The database `npm start` uses (DB_NAME's default). */
const DB_NAME = 'carrier_planner';

/**
 * `count` synthetic carriers written straight into a data directory with the mongodb driver,
 * before the planner first starts on it. Each is a copy of a seed carrier (the seed builders'
 * shapes: phases, recognitions, ratings, contacts) under a new name and a nudged location,
 * stored exactly as the service stores them (toStoredFields + summary + provenance).
 */
export async function insertSyntheticCarriers(dataDir: string, count: number): Promise<number> {
  if (count <= 0) return 0;
  const store = await startEmbeddedStore({ dataDir });
  const client = new MongoClient(store.uri, { directConnection: true });
  const started = Date.now();
  try {
    await client.connect();
    const carriers = client.db(DB_NAME).collection('carriers');
    const templates = seedCarriers();
    const today = todayInChina();
    const now = new Date();
    const batch: Record<string, unknown>[] = [];
    for (let index = 0; index < count; index++) {
      const template = templates[index % templates.length]!;
      const copy = structuredClone(template);
      copy.name = `${template.name} 合成${index}`.slice(0, 100);
      if (copy.location) {
        const [lng, lat] = copy.location.coordinates;
        copy.location = { type: 'Point', coordinates: [lng + ((index % 97) - 48) * 0.0004, lat + ((index % 89) - 44) * 0.0004] };
      }
      const fields = toStoredFields(copy);
      batch.push({
        ...fields,
        location: fields.location ?? undefined,
        summary: summaryOf(fields, today),
        provenance: { ...fields.provenance, synthetic: true, verifiedBy: 'bench', verifiedAt: now },
        version: 1,
        deletedAt: null,
        createdBy: 'bench',
        updatedBy: 'bench',
        createdAt: now,
        updatedAt: now,
      });
      if (batch.length === 1_000) await carriers.insertMany(batch.splice(0), { ordered: false });
    }
    if (batch.length) await carriers.insertMany(batch, { ordered: false });
    return Date.now() - started;
  } finally {
    await client.close();
    await store.close();
  }
}

export interface BenchPlanner {
  url: string;
  pid: number;
  /** `Cookie` header of a planner session. */
  cookie: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The planner as `npm start` runs it (child process, embedded store, demo seed on first
 * start), on a fresh temp data directory holding `carriers` extra synthetic carriers.
 */
export async function startBenchPlanner(carriers: number, log: (line: string) => void = console.log): Promise<BenchPlanner> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'planner-bench-'));
  if (carriers > 0) {
    const ms = await insertSyntheticCarriers(dataDir, carriers);
    log(`inserted ${carriers} synthetic carriers with the mongodb driver in ${ms} ms`);
  }
  const standby: StandbyPlanner = spawnPlanner({ DATA_DIR: dataDir, DEMO_PASSWORD: BENCH_PASSWORD });
  let running: RunningChild;
  try {
    running = await standby.start();
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  log(`planner pid ${running.pid} at ${running.url} (store opened, seed loaded in ${running.startMs} ms)`);
  const login = await fetch(`${running.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'planner', password: BENCH_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  // A login also sets the device cookie (server/auth/rateLimits.ts): send every cookie it set.
  const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]!).join('; ');
  return {
    url: running.url,
    pid: running.pid,
    cookie,
    dataDir,
    async stop() {
      await standby.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Percentile of already-sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
