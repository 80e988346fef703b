import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

let app: TestApp;
let planner: ApiClient;
let manager: ApiClient;
let otherManager: ApiClient;
let admin: ApiClient;
let managerId: string;

beforeAll(async () => {
  app = await startTestApp();
  [planner, manager, admin] = await Promise.all([app.as('planner'), app.as('manager'), app.as('admin')]);
  managerId = (await manager.get('/api/auth/session')).body.user.id;
  const created = await admin.post('/api/users', { username: 'manager-b', displayName: '另一园区管理员', role: 'manager', password: 'another-manager-password-2025' });
  expect(created.status).toBe(201);
  otherManager = await app.client().login('manager-b', 'another-manager-password-2025');
});
afterAll(async () => {
  await app?.close();
});

async function pendingRegistration(overrides = {}) {
  const reply = await manager.post('/api/carriers', buildCarrier(overrides));
  expect(reply.status).toBe(202);
  return reply.body.change as { id: string; carrierId: string; carrierName: string };
}

async function ownedCarrier(overrides = {}) {
  const reply = await admin.post('/api/carriers', buildCarrier({ owners: [managerId], ...overrides }));
  expect(reply.status).toBe(201);
  return reply.body.carrier;
}

describe('my carriers', () => {
  it('lists a manager’s pending registration first, marked pending, and finds it by search', async () => {
    const change = await pendingRegistration({ name: '尚在审核的创新工场' });
    await ownedCarrier({ name: '已入库的创新工场' });
    const page = (await manager.get('/api/carriers?mine=true&q=创新工场')).body;
    expect(page.items.map((item: { name: string }) => item.name)).toEqual(['尚在审核的创新工场', '已入库的创新工场']);
    expect(page.items[0]).toMatchObject({ id: change.carrierId, verification: { state: 'pending', pendingChangeId: change.id, pendingAction: 'create' } });
    expect(page.total).toBe(2);
    expect((await manager.get('/api/carriers?mine=true&q=没有这个名字')).body.total).toBe(0);
    // Nobody else's registry shows it before approval.
    expect((await planner.get('/api/carriers?q=尚在审核的创新工场')).body.total).toBe(0);
    expect((await otherManager.get('/api/carriers?mine=true&q=尚在审核的创新工场')).body.total).toBe(0);
  });
});

describe('a pending registration', () => {
  it('is corrected in place: the reviewer sees the new proposal and the earlier one stays readable', async () => {
    const change = await pendingRegistration({ name: '错别字孵化噐' });
    const revised = await manager.patch(`/api/changes/${change.id}`, buildCarrier({ name: '错别字孵化器', phases: [buildPhase({ incubationAreaM2: 8_000 })] }));
    expect(revised.status).toBe(200);
    expect(revised.body.change).toMatchObject({ id: change.id, status: 'pending', carrierName: '错别字孵化器', revisionCount: 1 });
    const detail = (await planner.get(`/api/changes/${change.id}`)).body;
    expect(detail.change.proposed).toMatchObject({ name: '错别字孵化器', phases: [{ incubationAreaM2: 8_000 }] });
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0].proposed).toMatchObject({ name: '错别字孵化噐', phases: [{ incubationAreaM2: 10_000 }] });
    const approved = await planner.post(`/api/changes/${change.id}/approve`);
    expect(approved.body.carrier).toMatchObject({ id: change.carrierId, name: '错别字孵化器' });
    const history = (await planner.get(`/api/carriers/${change.carrierId}/history`)).body.items.map((entry: { action: string }) => entry.action);
    expect(history).toEqual(['change:submit', 'change:revise', 'change:approve']);
  });

  it('refuses a revision with a bad field, naming it, and keeps the proposal as it was', async () => {
    const change = await pendingRegistration();
    const bad = await manager.patch(`/api/changes/${change.id}`, { ...buildCarrier(), kind: 'factory' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path)).toContain('kind');
    const detail = (await manager.get(`/api/changes/${change.id}`)).body;
    expect(detail.change.carrierName).toBe(change.carrierName);
    expect(detail.revisions).toEqual([]);
  });

  it('refuses an empty body, an operator for a name, a coordinate of 999 and a 10 MB name, each with a 4xx, and keeps the proposal', async () => {
    const change = await pendingRegistration();
    const empty = await manager.request('PATCH', `/api/changes/${change.id}`);
    expect(empty.status).toBe(400);
    expect(empty.body.error.id).toBe('body_required');
    const operator = await manager.patch(`/api/changes/${change.id}`, { ...buildCarrier(), name: { $gt: '' } });
    expect(operator.status).toBe(400);
    expect(operator.body.error.fields.map((field: { path: string }) => field.path)).toContain('name');
    const farAway = await manager.patch(`/api/changes/${change.id}`, buildCarrier({ location: { type: 'Point', coordinates: [999, 31.4] } }));
    expect(farAway.status).toBe(400);
    expect(farAway.body.error.fields.map((field: { path: string }) => field.path).join(' ')).toMatch(/location/);
    const huge = await manager.patch(`/api/changes/${change.id}`, { ...buildCarrier(), name: 'x'.repeat(10 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const reopenEmpty = await manager.request('POST', `/api/changes/${change.id}/reopen`);
    expect(reopenEmpty.status).toBe(400);
    const detail = (await manager.get(`/api/changes/${change.id}`)).body;
    expect(detail.change).toMatchObject({ carrierName: change.carrierName, status: 'pending', revisionCount: 0 });
    expect(detail.revisions).toEqual([]);
  });

  it('can be revised and withdrawn only by its submitter', async () => {
    const change = await pendingRegistration();
    expect((await otherManager.patch(`/api/changes/${change.id}`, buildCarrier())).status).toBe(403);
    expect((await otherManager.post(`/api/changes/${change.id}/withdraw`)).status).toBe(403);
    expect((await otherManager.get(`/api/changes/${change.id}`)).status).toBe(403);
    expect((await planner.patch(`/api/changes/${change.id}`, buildCarrier())).status).toBe(403);
    expect((await manager.get(`/api/changes/${change.id}`)).body.change.status).toBe('pending');
  });

  it('is withdrawn: it leaves the queue and my carriers, stays in my submissions, and frees its name', async () => {
    const change = await pendingRegistration({ name: '撤回后可再用的名字' });
    const withdrawn = await manager.post(`/api/changes/${change.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.change.status).toBe('withdrawn');
    const queue = (await planner.get('/api/changes?status=pending')).body.items.map((item: { id: string }) => item.id);
    expect(queue).not.toContain(change.id);
    expect((await manager.get('/api/carriers?mine=true&q=撤回后可再用的名字')).body.total).toBe(0);
    expect((await manager.get('/api/changes?mine=true')).body.items.find((item: { id: string }) => item.id === change.id).status).toBe('withdrawn');
    expect((await manager.post('/api/carriers', buildCarrier({ name: '撤回后可再用的名字' }))).status).toBe(202);
    expect((await planner.post(`/api/changes/${change.id}/approve`)).status).toBe(409);
    expect((await manager.post(`/api/changes/${change.id}/withdraw`)).status).toBe(409);
  });

  it('cannot be revised once reviewed', async () => {
    const change = await pendingRegistration();
    await planner.post(`/api/changes/${change.id}/approve`);
    const late = await manager.patch(`/api/changes/${change.id}`, buildCarrier());
    expect(late.status).toBe(409);
    expect(late.body.error.id).toBe('change_not_pending');
  });
});

describe('a pending edit of a stored carrier', () => {
  it('is revised against the version it was made on and its diff is recomputed', async () => {
    const carrier = await ownedCarrier();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '第一稿运营方' })).body.change;
    const revised = await manager.patch(`/api/changes/${change.id}`, { ...buildCarrier({ name: carrier.name, owners: undefined }), operator: '定稿运营方' });
    expect(revised.status).toBe(200);
    expect(revised.body.change.diff).toContainEqual({ path: 'operator', before: carrier.operator, after: '定稿运营方' });
    await planner.post(`/api/changes/${change.id}/approve`);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier.operator).toBe('定稿运营方');
  });

  it('cannot be revised after the carrier moved on under it', async () => {
    const carrier = await ownedCarrier();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '旧版本上的修改' })).body.change;
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, address: '规划师改过的地址' });
    const revised = await manager.patch(`/api/changes/${change.id}`, buildCarrier({ name: carrier.name }));
    expect(revised.status).toBe(409);
    expect(revised.body.error.id).toBe('stale_change');
  });

  it('of a deletion cannot be revised, only withdrawn', async () => {
    const carrier = await ownedCarrier();
    const change = (await manager.delete(`/api/carriers/${carrier.id}?version=1`)).body.change;
    const revised = await manager.patch(`/api/changes/${change.id}`, buildCarrier());
    expect(revised.status).toBe(409);
    expect(revised.body.error.id).toBe('change_not_editable');
    expect((await manager.post(`/api/changes/${change.id}/withdraw`)).status).toBe(200);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier.verification).toEqual({ state: 'verified' });
  });
});

describe('a rejected change', () => {
  it('is reopened with a corrected form as a new pending change that points back to the reason', async () => {
    const change = await pendingRegistration({ name: '被驳回的加速器', kind: 'accelerator' });
    await planner.post(`/api/changes/${change.id}/reject`, { reason: '面积填写有误' });
    const reopened = await manager.post(`/api/changes/${change.id}/reopen`, buildCarrier({ name: '被驳回的加速器', kind: 'accelerator', phases: [buildPhase({ incubationAreaM2: 6_000 })] }));
    expect(reopened.status).toBe(201);
    expect(reopened.body.change).toMatchObject({ status: 'pending', action: 'create', reopens: change.id, carrierName: '被驳回的加速器' });
    const original = (await manager.get(`/api/changes/${change.id}`)).body.change;
    expect(original).toMatchObject({ status: 'rejected', reason: '面积填写有误', reopenedAs: reopened.body.change.id });
    const again = await manager.post(`/api/changes/${change.id}/reopen`, buildCarrier());
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('change_already_reopened');
  });

  it('of an edit is resubmitted against the carrier as it is now', async () => {
    const carrier = await ownedCarrier();
    const change = (await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '驳回前的运营方' })).body.change;
    await planner.post(`/api/changes/${change.id}/reject`, { reason: '运营方全称不对' });
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, address: '期间改过的地址' });
    const reopened = await manager.post(`/api/changes/${change.id}/reopen`, { ...buildCarrier({ name: carrier.name }), address: '期间改过的地址', operator: '运营方全称有限公司' });
    expect(reopened.status).toBe(201);
    expect(reopened.body.change).toMatchObject({ action: 'update', baseVersion: 2 });
    await planner.post(`/api/changes/${reopened.body.change.id}/approve`);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier).toMatchObject({ operator: '运营方全称有限公司', address: '期间改过的地址', version: 3 });
  });

  it('cannot be reopened while it is still pending', async () => {
    const change = await pendingRegistration();
    const reopened = await manager.post(`/api/changes/${change.id}/reopen`, buildCarrier());
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.id).toBe('change_not_rejected');
  });
});
