import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPlanner } from '../../server/boot';
import { startEmbeddedStore, type EmbeddedStore } from '@carrier-planner/store';
import { ApiClient, startTestApp, type TestApp } from '../support/api';
import { buildCarrier } from '../support/factories';
import { ensureUser, OUTSIDE_PASSWORD, startPlannerOn } from './support/storeProcess';

/**
 * Optimistic concurrency and several app instances. Edits race for real (fired together,
 * not one after the other); the stored record afterwards must be exactly what the winners
 * wrote, with no edit lost and none applied twice.
 */
describe('one instance, edits racing', () => {
  let app: TestApp;
  let alice: ApiClient;
  let bob: ApiClient;

  beforeAll(async () => {
    app = await startTestApp();
    [alice, bob] = await Promise.all([app.as('planner'), app.as('admin')]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('two edits with the same version fired at once: one 200, one 409, and only the winner’s change is stored (20 times)', async () => {
    const created = await alice.post('/api/carriers', buildCarrier({ operator: '原运营方', address: '原地址' }));
    const id = created.body.carrier.id;
    let version = created.body.carrier.version;
    let historyLength = (await alice.get(`/api/carriers/${id}/history`)).body.items.length;
    for (let attempt = 0; attempt < 20; attempt++) {
      const before = (await alice.get(`/api/carriers/${id}`)).body.carrier;
      const [a, b] = await Promise.all([
        alice.patch(`/api/carriers/${id}`, { version, operator: `运营方 A${attempt}` }),
        bob.patch(`/api/carriers/${id}`, { version, address: `地址 B${attempt}` }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.error).toMatchObject({ id: 'stale_version', currentVersion: version + 1 });
      const stored = (await alice.get(`/api/carriers/${id}`)).body.carrier;
      expect(stored.version).toBe(version + 1);
      if (a.status === 200) expect({ operator: stored.operator, address: stored.address }).toEqual({ operator: `运营方 A${attempt}`, address: before.address });
      else expect({ operator: stored.operator, address: stored.address }).toEqual({ operator: before.operator, address: `地址 B${attempt}` });
      const history = (await alice.get(`/api/carriers/${id}/history`)).body.items;
      expect(history.length).toBe(historyLength + 1);
      historyLength = history.length;
      version = stored.version;
    }
  });

  it('eight clients editing different fields at once, retrying on 409: every edit lands, each exactly once', async () => {
    const created = await alice.post('/api/carriers', buildCarrier());
    const id = created.body.carrier.id;
    const edits: Record<string, unknown>[] = [
      { operator: '并发运营方' },
      { address: '并发地址 1 号' },
      { district: 'shaxi' },
      { kind: 'accelerator' },
      { industries: ['digital', 'materials'] },
      { ratings: [{ year: 2024, grade: 'B' }] },
      { contact: { person: '并发联系人', phone: '0512-12345678' } },
      { locationApproximate: true },
    ];
    const clients = await Promise.all(edits.map((_, index) => app.as(index % 2 ? 'admin' : 'planner')));
    const conflicts = await Promise.all(
      edits.map(async (edit, index) => {
        let retries = 0;
        for (;;) {
          const current = (await clients[index]!.get(`/api/carriers/${id}`)).body.carrier;
          const reply = await clients[index]!.patch(`/api/carriers/${id}`, { version: current.version, ...edit });
          if (reply.status === 200) return retries;
          expect(reply.status).toBe(409);
          retries += 1;
          expect(retries).toBeLessThan(100);
        }
      }),
    );
    const stored = (await alice.get(`/api/carriers/${id}`)).body.carrier;
    for (const edit of edits) expect(stored).toMatchObject(edit);
    expect(stored.version).toBe(1 + edits.length);
    const updates = (await alice.get(`/api/carriers/${id}/history`)).body.items.filter((item: { action: string }) => item.action === 'carrier:update');
    expect(updates).toHaveLength(edits.length);
    expect(conflicts.reduce((sum, retries) => sum + retries, 0)).toBeGreaterThan(0);
  });

  it('two reviewers approving the same pending create at once: one 200, one 409, one carrier', async () => {
    const manager = await app.as('manager');
    for (let attempt = 0; attempt < 5; attempt++) {
      const submitted = await manager.post('/api/carriers', buildCarrier({ name: `并发审批孵化器 ${attempt}` }));
      expect(submitted.status).toBe(202);
      const changeId = submitted.body.change.id;
      const [a, b] = await Promise.all([alice.post(`/api/changes/${changeId}/approve`), bob.post(`/api/changes/${changeId}/approve`)]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect((a.status === 409 ? a : b).body.error.id).toBe('change_not_pending');
      const found = await alice.get(`/api/carriers?q=${encodeURIComponent(`并发审批孵化器 ${attempt}`)}`);
      expect(found.body.total).toBe(1);
    }
  });

  it('a manager’s create submitted several times at once (a double click) is queued once and counted once', async () => {
    const manager = await app.as('manager');
    const reported = async () => (await alice.get('/api/regions/taicang/carriers?basis=reported')).body.items.length;
    const before = await reported();
    const input = buildCarrier({ name: '双击提交的孵化器' });
    const replies = await Promise.all(Array.from({ length: 6 }, () => manager.post('/api/carriers', input)));
    expect(replies.map((reply) => reply.status).sort()).toEqual([202, 409, 409, 409, 409, 409]);
    for (const reply of replies.filter((candidate) => candidate.status === 409)) expect(reply.body.error.id).toBe('duplicate_name');
    const pending = (await alice.get('/api/changes?status=pending')).body.items.filter((change: { carrierName: string }) => change.carrierName === '双击提交的孵化器');
    expect(pending).toHaveLength(1);
    expect(await reported()).toBe(before + 1);
  });

  it('twenty map loads at once read the registry once, answer the same bytes, and the next write shows at once', async () => {
    let carrierReads = 0;
    const count = (operation: { collectionName: string; method: string }) => {
      if (operation.collectionName === 'carriers' && operation.method === 'find') carrierReads += 1;
    };
    const connection = app.planner.context.db.connection;
    connection.on('operation-start', count);
    try {
      await alice.post('/api/carriers', buildCarrier({ name: '地图并发前' }));
      carrierReads = 0;
      const replies = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 ? alice : bob).get('/api/carriers.geojson')));
      expect(replies.map((reply) => reply.status)).toEqual(Array(20).fill(200));
      expect(new Set(replies.map((reply) => JSON.stringify(reply.body))).size).toBe(1);
      expect(carrierReads).toBe(1);

      // As a browser revalidates its cached copy (fetch() would add `Cache-Control: no-cache` itself).
      const revalidate = { 'If-None-Match': replies[0]!.headers.get('etag')!, 'Cache-Control': 'max-age=0' };
      expect((await alice.get('/api/carriers.geojson', revalidate)).status).toBe(304);
      const created = await bob.post('/api/carriers', buildCarrier({ name: '地图并发后' }));
      const after = await alice.get('/api/carriers.geojson', revalidate);
      expect(after.status).toBe(200);
      expect(after.body.features.map((feature: { id: string }) => feature.id)).toContain(created.body.carrier.id);
      // Filters and `mine` are answers of their own.
      const accelerator = await bob.post('/api/carriers', buildCarrier({ name: '地图并发加速器', kind: 'accelerator' }));
      expect(accelerator.status).toBe(201);
      const filtered = await alice.get('/api/carriers.geojson?kind=accelerator');
      const filteredIds = filtered.body.features.map((feature: { id: string }) => feature.id);
      expect(filteredIds).toContain(accelerator.body.carrier.id);
      expect(filteredIds).not.toContain(created.body.carrier.id);
      expect(filtered.body.features.every((feature: { properties: { kind: string } }) => feature.properties.kind === 'accelerator')).toBe(true);
    } finally {
      connection.off('operation-start', count);
    }
  });

  it('an approval racing an edit of the same carrier: never both applied on the same base', async () => {
    const manager = await app.as('manager');
    const created = await app.as('admin').then((admin) => admin.post('/api/carriers', buildCarrier({ name: '审批与编辑竞争', owners: [] })));
    const id = created.body.carrier.id;
    const owned = await (await app.as('admin')).get('/api/users');
    const managerId = owned.body.items.find((user: { username: string }) => user.username === 'manager').id;
    const admin = await app.as('admin');
    const assigned = await admin.patch(`/api/carriers/${id}`, { version: 1, owners: [managerId] });
    expect(assigned.status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = (await alice.get(`/api/carriers/${id}`)).body.carrier;
      const submitted = await manager.patch(`/api/carriers/${id}`, { version: current.version, operator: `经理提交 ${attempt}` });
      expect(submitted.status).toBe(202);
      const [approval, edit] = await Promise.all([
        alice.post(`/api/changes/${submitted.body.change.id}/approve`),
        bob.patch(`/api/carriers/${id}`, { version: current.version, address: `管理员直改 ${attempt}` }),
      ]);
      const stored = (await alice.get(`/api/carriers/${id}`)).body.carrier;
      const applied = [approval.status === 200 && stored.operator === `经理提交 ${attempt}`, edit.status === 200 && stored.address === `管理员直改 ${attempt}`];
      // Both started from the same version: at most one may win.
      expect(applied.filter(Boolean).length).toBe(1);
      expect(stored.version).toBe(current.version + 1);
      expect([approval.status, edit.status]).toContain(409);
    }
  });
});

describe('two app instances on one store', () => {
  let store: EmbeddedStore;
  let first: RunningPlanner;
  let second: RunningPlanner;
  const url = (planner: RunningPlanner) => `http://127.0.0.1:${planner.port}`;

  beforeAll(async () => {
    store = await startEmbeddedStore({ dataDir: null });
    // Started together, as a load balancer's instances would be on a fresh database.
    [first, second] = await Promise.all([startPlannerOn(store.uri, 'two_instances'), startPlannerOn(store.uri, 'two_instances')]);
    await ensureUser(first, 'planner', 'planner');
    await ensureUser(first, 'counted', 'leader');
  }, 60_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await store?.close();
  });

  it('a session made on one is valid on the other, for reads and CSRF-checked writes, and a logout ends it on both', async () => {
    const onFirst = await new ApiClient(url(first)).login('planner', OUTSIDE_PASSWORD);
    const onSecond = new ApiClient(url(second));
    (onSecond as any).cookies = new Map((onFirst as any).cookies);
    onSecond.csrfToken = onFirst.csrfToken;
    expect((await onSecond.get('/api/auth/session')).body.user).toMatchObject({ username: 'planner' });
    const created = await onSecond.post('/api/carriers', buildCarrier({ name: '第二实例登记' }));
    expect(created.status).toBe(201);
    expect((await onFirst.get(`/api/carriers/${created.body.carrier.id}`)).status).toBe(200);
    // The registry snapshot each instance caches follows the shared revision.
    const count = async (client: ApiClient) => (await client.get('/api/regions')).body.items.find((region: { id: string }) => region.id === 'taicang').carrierCount;
    const before = await count(onFirst);
    expect(await count(onSecond)).toBe(before);
    const mapIds = async (client: ApiClient) => (await client.get('/api/carriers.geojson')).body.features.map((feature: { id: string }) => feature.id);
    await mapIds(onSecond);
    const onFirstCreated = await onFirst.post('/api/carriers', buildCarrier({ name: '第一实例登记' }));
    expect(onFirstCreated.status).toBe(201);
    expect(await count(onSecond)).toBe(before + 1);
    // The second instance's cached map answer follows the shared revision too.
    expect(await mapIds(onSecond)).toContain(onFirstCreated.body.carrier.id);

    expect((await onSecond.post('/api/auth/logout')).status).toBe(204);
    expect((await onFirst.get('/api/carriers')).status).toBe(401);
  });

  it('the per-account login limit counts failures on both instances together', async () => {
    const attempt = (planner: RunningPlanner, password: string) => new ApiClient(url(planner)).post('/api/auth/login', { username: 'counted', password });
    const statuses: number[] = [];
    for (const planner of [first, second, first, second, first]) statuses.push((await attempt(planner, 'wrong password 123')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await attempt(second, 'wrong password 123');
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.id).toBe('too_many_login_attempts');
    // Even the right password waits out the window, on either instance.
    expect((await attempt(first, OUTSIDE_PASSWORD)).status).toBe(429);
  });
});
