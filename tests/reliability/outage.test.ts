import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import session from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPlanner } from '../../server/boot';
import { errorHandler } from '../../server/http/errorHandler';
import { ApiClient } from '../support/api';
import { buildCarrier } from '../support/factories';
import { ensureUser, OUTSIDE_PASSWORD, startPlannerOn, startStoreProcess, type StoreProcess } from './support/storeProcess';

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
/** Carriers acknowledged (201) by writers running when the store was killed. */
const acknowledgedDuringOutage: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'planner-outage-'));
  // Port 0: the store takes a port the system hands it, rather than one found free earlier and bound later.
  store = await startStoreProcess(0, dataDir);
  port = Number(new URL(store.uri).port);
  expect(port).toBeGreaterThan(0);
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
  /** 'hung': still open after 15 s; 'no answer': the connection closed without a response. */
  status: number | 'hung' | 'no answer';
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
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const timedOut = (error as Error).name === 'TimeoutError';
    return { what, status: timedOut ? 'hung' : 'no answer', message: `${(error as Error).message}: ${cause?.code ?? ''} ${cause?.message ?? ''}`, ms: Math.round(performance.now() - started) };
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
  it('writes in flight when it dies answer within 2 s; then every request answers 503 store_unavailable within 2 s, health included; nothing hangs', async () => {
    // Four clients registering carriers when the store is killed.
    let killedAt = Number.POSITIVE_INFINITY;
    const cutOff: Timed[] = [];
    // The kill comes once the writers are under way (a few writes acknowledged), not after a fixed sleep.
    let underWay = () => undefined as void;
    const writersUnderWay = new Promise<void>((resolve) => (underWay = resolve));
    const writer = async (index: number) => {
      for (let sequence = 0; ; sequence++) {
        const name = `停机时在途 ${index}-${sequence}`;
        const result = await timed('POST /api/carriers (in flight)', asPlanner('POST', '/api/carriers', buildCarrier({ name })));
        if (result.status === 201) {
          acknowledgedDuringOutage.push(name);
          if (acknowledgedDuringOutage.length >= 8) underWay();
          continue;
        }
        // Time from the kill (or from sending, if sent after it) to the answer.
        const answeredAt = performance.now();
        cutOff.push({ ...result, ms: Math.round(answeredAt - Math.max(killedAt, answeredAt - result.ms)) });
        underWay();
        return;
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await writersUnderWay;
    expect(acknowledgedDuringOutage.length).toBeGreaterThanOrEqual(8);
    killedAt = performance.now();
    await store.stop('SIGKILL');
    await writers;
    for (const result of cutOff) {
      expect({ status: result.status, id: result.id, fast: result.ms < ANSWER_WITHIN_MS, message: result.message }).toEqual({ status: 503, id: 'store_unavailable', fast: true, message: expect.any(String) });
    }
    console.info(`outage: ${acknowledgedDuringOutage.length} writes acknowledged before the kill; in-flight writes answered 503 within ${Math.max(...cutOff.map((result) => result.ms))} ms of it`);

    const first = await probes();
    expectAllUnavailable(first);
    // Still fast once the driver has given up on the old connections (the connection reports it is down).
    await expect.poll(() => planner.context.db.connection.readyState, { timeout: 15_000, interval: 50 }).not.toBe(1);
    const later = await probes();
    expectAllUnavailable(later);
    const slowest = (results: Timed[]) => results.reduce((worst, result) => (result.ms > worst.ms ? result : worst));
    console.info(`outage: 503 in ${first.map((result) => `${result.what} ${result.ms} ms`).join(', ')}`);
    console.info(`outage: slowest 503 right after the kill ${slowest(first).ms} ms (${slowest(first).what}), once the driver gave up ${slowest(later).ms} ms (${slowest(later).what})`);
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
    // Nothing written during the outage slipped in; everything acknowledged before it is there.
    expect((await client.get(`/api/carriers/${carrierId}`)).body.carrier).toMatchObject({ version: 1 });
    const inFlight = await client.get(`/api/carriers?q=${encodeURIComponent('停机时在途')}&limit=500`);
    const names = inFlight.body.items.map((item: { name: string }) => item.name);
    expect(names).toEqual(expect.arrayContaining(acknowledgedDuringOutage));
  }, 60_000);
});

describe('a session that cannot be saved after the answer is written', () => {
  /** A session store whose saves fail the way the driver fails when the store has just died. */
  class DyingStore extends session.Store {
    override get(_id: string, callback: (error: unknown, data?: session.SessionData | null) => void) {
      callback(null, { cookie: { originalMaxAge: 60_000 } } as session.SessionData);
    }
    override set(_id: string, _data: session.SessionData, callback?: (error?: unknown) => void) {
      setTimeout(() => callback?.(Object.assign(new Error('connection closed'), { name: 'MongoNetworkError' })), 10);
    }
    override destroy(_id: string, callback?: (error?: unknown) => void) {
      callback?.();
    }
  }

  it('does not cut off the answer: express-session reports the failed save after writing it in full', async () => {
    const app = express();
    app.use(session({ secret: 'outage-drill', store: new DyingStore(), resave: false, saveUninitialized: false, rolling: true }));
    const big = 'x'.repeat(4_000_000);
    app.post('/carriers', (request, response) => {
      (request.session as unknown as { lastSeenAt: number }).lastSeenAt = Date.now();
      response.status(201).json({ carrier: { id: 'acknowledged', note: big } });
    });
    app.use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/carriers`, { method: 'POST', headers: { Cookie: 'connect.sid=s%3Aabc.sig' } });
        // A client slower than the server: what is still buffered when the save fails must arrive.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const body = (await response.json()) as { carrier: { id: string; note: string } };
        expect({ status: response.status, id: body.carrier.id, length: body.carrier.note.length }).toEqual({ status: 201, id: 'acknowledged', length: big.length });
      }
    } finally {
      server.close();
    }
  });
});
