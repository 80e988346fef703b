import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeededTargets } from '../../server/targets/seedTargets';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

/* Issue #18 through the API: every reading of a target, the reading in use, phase states. */

let app: TestApp;
let planner: ApiClient;
let leader: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  [planner, leader, admin] = await Promise.all([app.as('planner'), app.as('leader'), app.as('admin')]);
});
afterAll(async () => {
  await app?.close();
});

type Reading = { id: string; rule: string; label: { zh: string; en: string }; actual: number; status: string; inUse: boolean };
type TargetView = { id: string; actual: number; status: string; rule?: string; reading?: { id: string }; readings?: Reading[] };

async function kunshanTarget(id: string): Promise<TargetView> {
  const reply = await leader.get('/api/regions/kunshan/progress?asOf=2025-12-31');
  expect(reply.status).toBe(200);
  return reply.body.targets.find((target: TargetView) => target.id === id);
}

describe('GET /api/regions/:id/progress gives every reading of a target', () => {
  it('K3 reads 30 carriers first reaching prefecture tier (behind), with 26 and 43 as readings beside it', async () => {
    const k3 = await kunshanTarget('K3');
    expect([k3.actual, k3.status, k3.rule, k3.reading?.id]).toEqual([30, 'behind', 'firstReachesTier', 'firstReaches']);
    const readings = k3.readings!.map(({ rule, label, actual, status }) => ({ rule, label: label.zh, actual, status }));
    expect(readings).toEqual([
      { rule: 'firstReachesTier', label: '按首次达到计', actual: 30, status: 'behind' },
      { rule: 'netChangeOfHolders', label: '按净增计', actual: 26, status: 'behind' },
      { rule: 'distinctCarriers', label: '按认定家数计', actual: 43, status: 'met' },
      { rule: 'recognitionsAtTier', label: '按认定次数计', actual: 46, status: 'met' },
    ]);
  });
});

describe('PUT /api/targets/:id/reading', () => {
  it('answers 401 without a login', async () => {
    expect((await app.client().put('/api/targets/K3/reading', { reading: 'netChange', version: 1 })).status).toBe(401);
  });

  it('answers 400 naming the field for a reading the target does not list, and changes nothing', async () => {
    const { version } = (await planner.get('/api/targets/K3')).body.target;
    const reply = await planner.put('/api/targets/K3/reading', { reading: 'byGuess', version });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'reading', code: 'target.reading.unknown', message: 'is not one of the target’s readings' }]);
    const malformed = await planner.put('/api/targets/K3/reading', { reading: 'Not An Id', version });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields[0].path).toBe('reading');
    expect((await planner.get('/api/targets/K3')).body.target.version).toBe(version);
  });

  it('answers 403 to a leader', async () => {
    const { version } = (await planner.get('/api/targets/K3')).body.target;
    expect((await leader.put('/api/targets/K3/reading', { reading: 'netChange', version })).status).toBe(403);
  });

  it('lets a planner put the net change in use: progress follows at once and the switch is audited', async () => {
    const { version } = (await planner.get('/api/targets/K3')).body.target;
    const reply = await planner.put('/api/targets/K3/reading', { reading: 'netChange', version });
    expect(reply.status).toBe(200);
    expect(reply.body.target).toMatchObject({ reading: 'netChange', version: version + 1 });
    const k3 = await kunshanTarget('K3');
    expect([k3.actual, k3.rule, k3.reading?.id]).toEqual([26, 'netChangeOfHolders', 'netChange']);
    expect(k3.readings!.filter((reading) => reading.inUse).map((reading) => reading.id)).toEqual(['netChange']);
    const entries = (await admin.get('/api/audit?action=target:reading&limit=10')).body.items;
    expect(entries[0]).toMatchObject({ action: 'target:reading', outcome: 'success', target: { type: 'target', id: 'K3' }, details: { from: 'firstReaches', to: 'netChange' } });
    expect((await planner.put('/api/targets/K3/reading', { reading: 'firstReaches', version })).status).toBe(409);
    expect((await planner.put('/api/targets/K3/reading', { reading: 'firstReaches', version: version + 1 })).status).toBe(200);
  });
});

describe('a planned phase with a construction start in the past', () => {
  const planned = buildPhase({ label: '二期', status: 'planned', constructionStartedOn: '2024-03-01', openedOn: undefined, plannedOpeningOn: '2030-06-01' });

  it('is refused with 400 naming the field, and nothing is registered', async () => {
    const carrier = buildCarrier({ name: '计划开工已过的载体', phases: [buildPhase(), planned] });
    const reply = await planner.post('/api/carriers', carrier);
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'phases.1.constructionStartedOn', code: 'phase.constructionStartedOn.plannedInPast', message: expect.stringContaining('planned phase') }]);
    const found = (await planner.get(`/api/carriers?region=taicang&q=${encodeURIComponent('计划开工已过的载体')}`)).body.items;
    expect(found).toHaveLength(0);
  });

  it('is accepted as under construction, and as planned with a future start', async () => {
    const started = buildCarrier({ name: '已开工的载体', phases: [{ ...planned, status: 'under_construction' }] });
    expect((await planner.post('/api/carriers', started)).status).toBe(201);
    const future = buildCarrier({ name: '今后开工的载体', phases: [{ ...planned, constructionStartedOn: '2030-01-01' }] });
    expect((await planner.post('/api/carriers', future)).status).toBe(201);
  });

  it('is reported by the import on its row and column', async () => {
    const header = '载体名称,类型,地区,区镇,状态,孵化面积(㎡),开工日期,计划投用日期,经度,纬度';
    const line = '导入计划开工已过,孵化器,太仓市,太仓高新区,规划,8000,2024-03-01,2030-06-01,121.13,31.46';
    const reply = await planner.post('/api/carriers/import?dryRun=true', `${header}\n${line}\n`, { 'Content-Type': 'text/csv' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ rows: 1, valid: 0 });
    expect(reply.body.errors).toEqual([expect.objectContaining({ row: 2, field: '开工日期', path: 'phases.0.constructionStartedOn', code: 'phase.constructionStartedOn.plannedInPast' })]);
  });
});

describe('seeded targets in a database seeded before the counting rules', () => {
  it('follow the seed while untouched, and stay as a planner left them', async () => {
    const { Target } = app.planner.context.db.models;
    // As stored before issue #18: K3 without rule or readings; K1 edited by a planner.
    const k3 = (await Target.findById('K3').lean<{ definition: Record<string, unknown> }>())!.definition;
    const { rule: _rule, readings: _readings, reading: _reading, quote: _quote, why: _why, ...before } = k3;
    await Target.updateOne({ _id: 'K3' }, { $set: { definition: before, version: 1, updatedBy: 'seed' } });
    const k1 = (await Target.findById('K1').lean<{ definition: Record<string, unknown> }>())!.definition;
    const { readings: _k1Readings, ...k1Before } = k1;
    await Target.updateOne({ _id: 'K1' }, { $set: { definition: k1Before, version: 2, updatedBy: 'planner-id' } });
    expect((await kunshanTarget('K3')).actual).toBe(43);

    expect(await ensureSeededTargets(app.planner.context.db.models)).toBe(1);
    expect(await kunshanTarget('K3')).toMatchObject({ actual: 30, rule: 'firstReachesTier' });
    expect((await kunshanTarget('K1')).readings).toBeUndefined();
    expect(await ensureSeededTargets(app.planner.context.db.models)).toBe(0);
  });
});
