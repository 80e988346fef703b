import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

let app: TestApp;
let planner: ApiClient;
let manager: ApiClient;
let admin: ApiClient;
let leader: ApiClient;
let managerId: string;

beforeAll(async () => {
  app = await startTestApp();
  [planner, manager, admin, leader] = await Promise.all([app.as('planner'), app.as('manager'), app.as('admin'), app.as('leader')]);
  managerId = (await manager.get('/api/auth/session')).body.user.id;
});
afterAll(async () => {
  await app?.close();
});

/** A carrier the admin creates and hands to the demo manager. */
async function carrierOwnedByManager(overrides = {}) {
  const reply = await admin.post('/api/carriers', buildCarrier({ owners: [managerId], ...overrides }));
  expect(reply.status).toBe(201);
  return reply.body.carrier;
}

describe('a manager’s registration', () => {
  it('is stored as a pending change and does not appear among verified carriers', async () => {
    const input = buildCarrier({ name: '待审核众创空间', kind: 'makerspace' });
    const reply = await manager.post('/api/carriers', input);
    expect(reply.status).toBe(202);
    expect(reply.body.change).toMatchObject({ action: 'create', status: 'pending', carrierName: '待审核众创空间', submittedBy: { username: 'manager' } });
    expect((await leader.get('/api/carriers?q=待审核众创空间')).body.total).toBe(0);
  });

  it('becomes a verified carrier owned by the manager once a planner approves it', async () => {
    const submitted = (await manager.post('/api/carriers', buildCarrier({ name: '批准后入库孵化器' }))).body.change;
    const queue = (await planner.get('/api/changes?status=pending')).body.items;
    expect(queue.map((change: { id: string }) => change.id)).toContain(submitted.id);
    const approved = await planner.post(`/api/changes/${submitted.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.change).toMatchObject({ status: 'approved', reviewedBy: { username: 'planner' } });
    expect(approved.body.carrier).toMatchObject({ name: '批准后入库孵化器', owners: [managerId], verification: { state: 'verified' } });
    expect(approved.body.carrier.id).toBe(submitted.carrierId);
    const history = (await planner.get(`/api/carriers/${submitted.carrierId}/history`)).body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['change:submit', 'change:approve']);
  });

  it('is refused up front when the name is already taken', async () => {
    await planner.post('/api/carriers', buildCarrier({ name: '已存在的孵化器' }));
    const reply = await manager.post('/api/carriers', buildCarrier({ name: '已存在的孵化器' }));
    expect(reply.status).toBe(409);
  });
});

describe('a manager’s edit of their own carrier', () => {
  it('waits for review with a field diff, and the carrier shows it is pending', async () => {
    const carrier = await carrierOwnedByManager();
    const reply = await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, phases: [{ ...carrier.phases[0], incubationAreaM2: 11_500 }] });
    expect(reply.status).toBe(202);
    expect(reply.body.change.diff).toEqual([{ path: `phases[${carrier.phases[0].id}].incubationAreaM2`, before: 10_000, after: 11_500 }]);
    const stored = (await planner.get(`/api/carriers/${carrier.id}`)).body.carrier;
    expect(stored.phases[0].incubationAreaM2).toBe(10_000);
    expect(stored.verification).toEqual({ state: 'pending', pendingChangeId: reply.body.change.id, pendingAction: 'update' });
  });

  it('is applied on approval', async () => {
    const carrier = await carrierOwnedByManager();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '园区运营公司' })).body.change;
    await planner.post(`/api/changes/${change.id}/approve`);
    const stored = (await planner.get(`/api/carriers/${carrier.id}`)).body.carrier;
    expect(stored).toMatchObject({ operator: '园区运营公司', version: 2, verification: { state: 'verified' } });
  });

  it('is dropped on rejection, which needs a reason', async () => {
    const carrier = await carrierOwnedByManager();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '错误的运营方' })).body.change;
    const noReason = await planner.post(`/api/changes/${change.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toMatchObject({ path: 'reason', code: 'change.reason.required' });
    const rejected = await planner.post(`/api/changes/${change.id}/reject`, { reason: '运营方名称与营业执照不符' });
    expect(rejected.body.change).toMatchObject({ status: 'rejected', reason: '运营方名称与营业执照不符' });
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier.operator).toBe(carrier.operator);
    const mine = (await manager.get('/api/changes')).body.items;
    expect(mine.find((item: { id: string }) => item.id === change.id).status).toBe('rejected');
  });

  it('cannot be approved once the carrier has moved on', async () => {
    const carrier = await carrierOwnedByManager();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'A' })).body.change;
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'B' });
    const reply = await planner.post(`/api/changes/${change.id}/approve`);
    expect(reply.status).toBe(409);
    expect(reply.body.error.id).toBe('stale_change');
  });

  it('replaces the manager’s earlier pending edit of the same carrier', async () => {
    const carrier = await carrierOwnedByManager();
    const first = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'first' })).body.change;
    const second = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'second' })).body.change;
    const pending = (await planner.get('/api/changes?status=pending')).body.items.map((item: { id: string }) => item.id);
    expect(pending).toContain(second.id);
    expect(pending).not.toContain(first.id);
  });

  it('turns a manager’s deletion into a pending change', async () => {
    const carrier = await carrierOwnedByManager();
    const reply = await manager.delete(`/api/carriers/${carrier.id}`);
    expect(reply.status).toBe(202);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).status).toBe(200);
    await planner.post(`/api/changes/${reply.body.change.id}/approve`);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).status).toBe(404);
  });
});

describe('the review queue', () => {
  it('is closed to managers and leaders', async () => {
    const carrier = await carrierOwnedByManager();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'x' })).body.change;
    expect((await manager.post(`/api/changes/${change.id}/approve`)).status).toBe(403);
    expect((await leader.post(`/api/changes/${change.id}/approve`)).status).toBe(403);
    expect((await leader.get('/api/changes')).status).toBe(403);
  });

  it('shows managers only their own submissions', async () => {
    const created = await admin.post('/api/users', { username: 'manager2', displayName: '第二位载体管理者', role: 'manager', password: 'second-manager-password-2025' });
    expect(created.status).toBe(201);
    const otherManager = await app.client().login('manager2', 'second-manager-password-2025');
    const theirs = await otherManager.post('/api/carriers', buildCarrier({ name: '另一位管理者的众创空间' }));
    expect(theirs.status).toBe(202);
    const mine = await manager.post('/api/carriers', buildCarrier({ name: '本管理者的众创空间' }));
    expect(mine.status).toBe(202);
    const everyone = (await planner.get('/api/changes')).body.items.map((item: { id: string }) => item.id);
    expect(everyone).toEqual(expect.arrayContaining([theirs.body.change.id, mine.body.change.id]));
    const items = (await manager.get('/api/changes')).body.items as Array<{ id: string; submittedBy: { username: string } }>;
    expect(items.map((item) => item.id)).toContain(mine.body.change.id);
    expect(items.map((item) => item.id)).not.toContain(theirs.body.change.id);
    expect(items.every((item) => item.submittedBy.username === 'manager')).toBe(true);
    const seenByOther = (await otherManager.get('/api/changes')).body.items.map((item: { id: string }) => item.id);
    expect(seenByOther).toEqual([theirs.body.change.id]);
  });

  it('answers 409 to a second decision on the same change', async () => {
    const change = (await manager.post('/api/carriers', buildCarrier({ phases: [buildPhase()] }))).body.change;
    await planner.post(`/api/changes/${change.id}/approve`);
    const again = await planner.post(`/api/changes/${change.id}/reject`, { reason: 'too late' });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('change_not_pending');
  });
});
