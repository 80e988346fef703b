import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_TARGETS } from '../../seeds/targets';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

let app: TestApp;
let leader: ApiClient;
let planner: ApiClient;
let manager: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  [leader, planner, manager] = await Promise.all([app.as('leader'), app.as('planner'), app.as('manager')]);
});
afterAll(async () => {
  await app?.close();
});

type Progress = { targets: Array<{ id: string; actual: number; threshold: number; status: string; series: Array<{ year: number; value: number | null }> }> };
const target = (body: Progress, id: string) => body.targets.find((candidate) => candidate.id === id)!;

describe('GET /api/regions', () => {
  it('lists Suzhou and its units, with how many carriers and targets each has', async () => {
    const regions = (await leader.get('/api/regions')).body.items;
    const byId = Object.fromEntries(regions.map((region: { id: string }) => [region.id, region]));
    expect(byId.suzhou.children).toHaveLength(9);
    expect(byId.taicang.targetCount).toBe(SEEDED_TARGETS.filter((t) => t.region === 'taicang').length);
    expect(byId.suzhou.carrierCount).toBe(byId.taicang.carrierCount + byId.kunshan.carrierCount);
  });
});

describe('GET /api/regions/:id/progress', () => {
  it('reports every Taicang target with its actual, pace and status', async () => {
    const reply = await leader.get('/api/regions/taicang/progress?asOf=2025-12-31');
    expect(reply.status).toBe(200);
    expect(reply.body.targets.map((t: { id: string }) => t.id).sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'C1', 'C2', 'C3', 'C4', 'C5']);
    const a1 = target(reply.body, 'A1');
    // seeds/README.md: 260,000 + 140,000 + 230,000 + 215,000 + 235,000 opened in 2021–2025.
    expect(a1.actual).toBe(1_080_000);
    expect(a1.status).toBe('met');
    expect(a1.series.map((point) => point.value)).toEqual([260_000, 140_000, 230_000, 215_000, 235_000]);
    expect(target(reply.body, 'A2').status).toBe('behind');
  });

  it('sends contributor counts, not thousands of ids', async () => {
    const reply = await leader.get('/api/regions/taicang/progress?asOf=2025-12-31');
    expect(target(reply.body, 'A1')).toMatchObject({ contributors: { count: expect.any(Number) } });
  });

  it('drills a yearly figure down to the phases behind it', async () => {
    const reply = await leader.get('/api/regions/taicang/progress/A1/contributors?asOf=2025-12-31&year=2022');
    expect(reply.status).toBe(200);
    const total = reply.body.items.reduce((sum: number, item: { phase: { incubationAreaM2: number } }) => sum + item.phase.incubationAreaM2, 0);
    expect(total).toBe(140_000);
    expect(reply.body.items[0]).toMatchObject({ name: expect.any(String), phase: { openedOn: expect.stringMatching(/^2022-/) } });
  });

  it('counts a manager’s pending registration only on the reported basis, and on both once approved', async () => {
    const before = target((await leader.get('/api/regions/taicang/progress?asOf=2025-12-31')).body, 'A1').actual;
    const change = (
      await manager.post('/api/carriers', buildCarrier({ name: '口径测试孵化器', phases: [buildPhase({ incubationAreaM2: 12_345, floorAreaM2: 13_000, openedOn: '2025-06-01', constructionStartedOn: '2024-01-01' })] }))
    ).body.change;
    const reported = target((await leader.get('/api/regions/taicang/progress?asOf=2025-12-31&basis=reported')).body, 'A1').actual;
    const verified = target((await leader.get('/api/regions/taicang/progress?asOf=2025-12-31&basis=verified')).body, 'A1').actual;
    expect(reported - before).toBe(12_345);
    expect(verified).toBe(before);
    await planner.post(`/api/changes/${change.id}/approve`);
    const approved = target((await leader.get('/api/regions/taicang/progress?asOf=2025-12-31')).body, 'A1').actual;
    expect(approved - before).toBe(12_345);
  });

  it('answers 400 for a malformed date and 404 for an unknown region', async () => {
    const bad = await leader.get('/api/regions/taicang/progress?asOf=2025-13-40');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('asOf');
    expect((await leader.get('/api/regions/atlantis/progress')).status).toBe(404);
  });

  it('is closed to managers', async () => {
    expect((await manager.get('/api/regions/taicang/progress')).status).toBe(403);
  });
});

describe('scenarios', () => {
  it('evaluates a 12-month slip of the whole pipeline, which lowers the forecast', async () => {
    const reply = await planner.post('/api/regions/taicang/scenarios/evaluate', {
      asOf: '2024-06-30',
      scenario: { name: '全部推迟一年', region: 'taicang', edits: [{ kind: 'slip', months: 12 }] },
    });
    expect(reply.status).toBe(200);
    const forecastOf = (result: { forecasts: Array<{ id: string; expected: number }> }) => result.forecasts.find((f) => f.id === 'A1')!.expected;
    expect(forecastOf(reply.body.result)).toBeLessThan(forecastOf(reply.body.against));
  });

  it('saves, lists, updates and deletes a scenario, refusing a stale version', async () => {
    const scenario = { name: '新增一处加速器', region: 'taicang', edits: [] };
    const created = await planner.post('/api/scenarios', { scenario });
    expect(created.status).toBe(201);
    const id = created.body.scenario.id;
    expect((await planner.get('/api/scenarios?region=taicang')).body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect((await planner.put(`/api/scenarios/${id}`, { scenario: { ...scenario, name: '改名' }, version: 1 })).status).toBe(200);
    expect((await planner.put(`/api/scenarios/${id}`, { scenario, version: 1 })).status).toBe(409);
    expect((await planner.delete(`/api/scenarios/${id}`)).status).toBe(204);
    expect((await leader.post('/api/scenarios', { scenario })).status).toBe(403);
  });
});

describe('targets as data', () => {
  it('lets a planner change a threshold, with the version they saw, and audits it; progress answers with it at once', async () => {
    const progressOfA2 = async () => target((await leader.get('/api/regions/taicang/progress?asOf=2024-12-31')).body, 'A2');
    expect((await progressOfA2()).threshold).toBe(200_000);
    const current = (await leader.get('/api/targets/A2')).body.target;
    const { version, updatedAt: _u, updatedBy: _b, ...definition } = current;
    const reply = await planner.put('/api/targets/A2', { target: { ...definition, threshold: 180_000 }, version });
    expect(reply.status).toBe(200);
    expect(reply.body.target).toMatchObject({ threshold: 180_000, version: version + 1 });
    expect((await progressOfA2()).threshold).toBe(180_000);
    expect((await planner.put('/api/targets/A2', { target: definition, version })).status).toBe(409);
    expect((await leader.put('/api/targets/A2', { target: definition, version: version + 1 })).status).toBe(403);
  });

  it('names the bad field of an invalid target', async () => {
    const current = (await leader.get('/api/targets/A1')).body.target;
    const { version, updatedAt: _u, updatedBy: _b, ...definition } = current;
    const reply = await planner.put('/api/targets/A1', { target: { ...definition, threshold: -5 }, version });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0].path).toBe('target.threshold');
  });
});

describe('GET /api/regions/:id/carriers', () => {
  it('gives the browser the region’s carriers (children included) for in-browser scenarios', async () => {
    const taicang = (await planner.get('/api/regions/taicang/carriers')).body.items;
    const suzhou = (await planner.get('/api/regions/suzhou/carriers')).body.items;
    expect(taicang.length).toBeGreaterThan(50);
    expect(taicang.every((carrier: { region: string }) => carrier.region === 'taicang')).toBe(true);
    expect(suzhou.length).toBeGreaterThan(taicang.length);
    expect(taicang[0]).toHaveProperty('phases');
  });
});
