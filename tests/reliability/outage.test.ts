import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPlanner } from '../../server/boot';
import { ApiClient } from '../support/api';
import { buildCarrier } from '../support/factories';
import { ensureUser, freePort, OUTSIDE_PASSWORD, startPlannerOn, startStoreProcess, type StoreProcess } from './support/storeProcess';

/**
 * The store as its own process (`npm run db`), the planner pointed at it with MONGODB_URI as
 * in production. The store is SIGKILLed mid-run: every request answers 503 store_unavailable
 * within 2 s and none hangs. It comes back on the same port and data directory: the API
 * recovers by itself, and the session made before the outage still works (sessions live in
 * the store).
 */
const ANSWER_WITHIN_MS = 2_000;
const RECOVER_WITHIN_MS = 10_000;

let port: number;
let dataDir: string;
let store: StoreProcess;
let planner: RunningPlanner;
let url: string;
let client: ApiClient;
let carrierId: string;

beforeAll(async () => {
  port = await freePort();
  dataDir = await mkdtemp(path.join(tmpdir(), 'planner-outage-'));
  store = await startStoreProcess(port, dataDir);
  planner = await startPlannerOn(store.uri, 'outage_drill');
  url = `http://127.0.0.1:${planner.port}`;
  await ensureUser(planner, 'planner', 'planner');
  client = await new ApiClient(url).login('planner', OUTSIDE_PASSWORD);
  const created = await client.post('/api/carriers', buildCarrier({ name: '停机前登记的孵化器' }));
  expect(created.status).toBe(201);
  carrierId = created.body.carrier.id;
}, 120_000);

afterAll(async () => {
  await planner?.close();
  await store?.stop('SIGTERM');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Timed {
  what: string;
  status: number | 'hung';
  id?: string;
  message?: string;
  ms: number;
}

/** Sends one request and times it; a request still open after 15 s counts as hung. */
async function timed(what: string, send: (signal: AbortSignal) => Promise<Response>): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await send(AbortSignal.timeout(15_000));
    const body = (await response.json().catch(() => null)) as { error?: { id?: string; message?: string } } | null;
    return { what, status: response.status, id: body?.error?.id, message: body?.error?.message, ms: Math.round(performance.now() - started) };
  } catch {
    return { what, status: 'hung', ms: Math.round(performance.now() - started) };
  }
}

/** A logged-in request with the session cookie and CSRF token made before the outage. */
function asPlanner(method: string, pathname: string, body?: unknown) {
  return (signal: AbortSignal) =>
    fetch(url + pathname, {
      method,
      signal,
      headers: { Cookie: client.cookieHeader, 'X-CSRF-Token': client.csrfToken ?? '', 'Accept-Language': 'en', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
}

function probes(): Promise<Timed[]> {
  return Promise.all([
    timed('GET /api/health', (signal) => fetch(`${url}/api/health`, { signal, headers: { 'Accept-Language': 'en' } })),
    timed('GET /api/carriers', asPlanner('GET', '/api/carriers?limit=50')),
    timed('GET /api/carriers/:id', asPlanner('GET', `/api/carriers/${carrierId}`)),
    timed('POST /api/carriers', asPlanner('POST', '/api/carriers', buildCarrier())),
    timed('PATCH /api/carriers/:id', asPlanner('PATCH', `/api/carriers/${carrierId}`, { version: 1, operator: '停机中' })),
    timed('GET /api/carriers.geojson', asPlanner('GET', '/api/carriers.geojson')),
    timed('GET /api/regions/taicang/progress', asPlanner('GET', '/api/regions/taicang/progress')),
    timed('GET /api/auth/session', asPlanner('GET', '/api/auth/session')),
    timed('POST /api/auth/login', (signal) =>
      fetch(`${url}/api/auth/login`, { method: 'POST', signal, headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' }, body: JSON.stringify({ username: 'planner', password: OUTSIDE_PASSWORD }) }),
    ),
  ]);
}

function expectAllUnavailable(results: Timed[]): void {
  for (const result of results) {
    expect({ what: result.what, status: result.status, id: result.id, fast: result.ms < ANSWER_WITHIN_MS }).toEqual({
      what: result.what,
      status: 503,
      id: 'store_unavailable',
      fast: true,
    });
    expect(result.message).toMatch(/unavailable|cannot be reached/i);
  }
}

describe('the store is killed mid-run', () => {
  it('every request answers 503 store_unavailable within 2 s, health included; nothing hangs', async () => {
    await store.stop('SIGKILL');
    const first = await probes();
    expectAllUnavailable(first);
    // Still fast once the driver has given up on the old connections.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const later = await probes();
    expectAllUnavailable(later);
    const slowest = (results: Timed[]) => results.reduce((worst, result) => (result.ms > worst.ms ? result : worst));
    console.info(`outage: 503 in ${first.map((result) => `${result.what} ${result.ms} ms`).join(', ')}`);
    console.info(`outage: slowest 503 right after the kill ${slowest(first).ms} ms (${slowest(first).what}), 2.5 s later ${slowest(later).ms} ms (${slowest(later).what})`);
  }, 60_000);

  it('recovers by itself when the store is back on the same port and data, and the session made before still works', async () => {
    const restarted = performance.now();
    store = await startStoreProcess(port, dataDir);
    const storeUpMs = Math.round(performance.now() - restarted);
    let reply = await client.get('/api/carriers?limit=50');
    while (reply.status !== 200 && performance.now() - restarted < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await client.get('/api/carriers?limit=50');
    }
    const recoveredMs = Math.round(performance.now() - restarted);
    console.info(`outage: store back after ${storeUpMs} ms (process start), API answering 200 after ${recoveredMs} ms`);
    expect(reply.status).toBe(200);
    expect(recoveredMs - storeUpMs).toBeLessThan(RECOVER_WITHIN_MS);
    expect(reply.body.items.map((item: { id: string }) => item.id)).toContain(carrierId);

    expect((await client.get('/api/auth/session')).body.user).toMatchObject({ username: 'planner' });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const after = await client.post('/api/carriers', buildCarrier({ name: '恢复后登记的孵化器' }));
    expect(after.status).toBe(201);
    // Nothing written during the outage slipped in.
    expect((await client.get(`/api/carriers/${carrierId}`)).body.carrier).toMatchObject({ version: 1 });
  }, 60_000);
});
