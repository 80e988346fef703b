import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

/*
 * Closed periods (issue 21, item 3). The server's clock is today's (after 2025-12-31), so the
 * 十四五 period of Taicang's targets has ended.
 */

let app: TestApp;
let planner: ApiClient;
let leader: ApiClient;
let manager: ApiClient;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  [planner, leader, manager] = await Promise.all([app.as('planner'), app.as('leader'), app.as('manager')]);
});
afterAll(async () => {
  await app?.close();
});

type Target = { id: string; actual: number; periodClosed: boolean; closing?: { figure: number; closedBy: string; correction: null | { figure: number; delta: number; added: { name: string }[] } } };
const progressAt = async (asOf: string) => (await leader.get(`/api/regions/taicang/progress?asOf=${asOf}`)).body.targets as Target[];
const a1At = async (asOf: string) => (await progressAt(asOf)).find((target) => target.id === 'A1')!;

describe('a plan period', () => {
  it('is said to be closed and final once the as-of date reaches its end, and open before', async () => {
    expect((await a1At('2025-06-30')).periodClosed).toBe(false);
    expect((await a1At('2025-12-31')).periodClosed).toBe(true);
  });

  it('refuses to be closed by a leader or a manager, for a day no target ends on, or before it ends', async () => {
    expect((await app.client().post('/api/regions/taicang/closings', { periodTo: '2025-12-31' })).status).toBe(401);
    expect((await leader.post('/api/regions/taicang/closings', { periodTo: '2025-12-31' })).status).toBe(403);
    expect((await manager.post('/api/regions/taicang/closings', { periodTo: '2025-12-31' })).status).toBe(403);
    const noEnd = await planner.post('/api/regions/taicang/closings', { periodTo: '2024-12-31' });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error.fields).toEqual([expect.objectContaining({ path: 'periodTo', code: 'closing.periodTo.noTargets' })]);
    const badDate = await planner.post('/api/regions/taicang/closings', { periodTo: '2025-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields[0].path).toBe('periodTo');
    expect((await planner.post('/api/regions/taicang/closings', { periodTo: '2025-12-31', extra: 1 })).status).toBe(400);
    const { version: _version, updatedAt: _at, updatedBy: _by, ...a1 } = (await planner.get('/api/targets/A1')).body.target;
    const next = { ...a1, id: 'A1-2030', period: { from: '2026-01-01', to: '2030-12-31' } };
    expect((await planner.post('/api/regions/taicang/targets', next)).status).toBe(201);
    const notEnded = await planner.post('/api/regions/taicang/closings', { periodTo: '2030-12-31' });
    expect(notEnded.status).toBe(400);
    expect(notEnded.body.error.fields).toEqual([expect.objectContaining({ path: 'periodTo', code: 'closing.periodTo.notEnded' })]);
    expect((await a1At('2025-12-31')).closing).toBeUndefined();
  });

  it('freezes its final figures when a planner closes it, and shows a later approved opening in the period as a correction rather than a silent change', async () => {
    const before = await a1At('2025-12-31');
    const closed = await planner.post('/api/regions/taicang/closings', { periodTo: '2025-12-31', note: '2026年1月报送' });
    expect(closed.status).toBe(201);
    expect(closed.body.closing.targets.find((target: { targetId: string }) => target.targetId === 'A1').figure).toBe(before.actual);
    expect((await planner.post('/api/regions/taicang/closings', { periodTo: '2025-12-31' })).status).toBe(409);

    const unchanged = await a1At('2025-12-31');
    expect(unchanged.closing).toMatchObject({ figure: before.actual, closedBy: 'planner', correction: null });

    // A manager's registration of a carrier opened in 2024, approved now.
    const submitted = await manager.post('/api/carriers', buildCarrier({ name: '迟报孵化器', phases: [buildPhase({ openedOn: '2024-05-01', incubationAreaM2: 8_000 })] }));
    expect(submitted.status).toBe(202);
    expect((await planner.post(`/api/changes/${submitted.body.change.id}/approve`)).status).toBe(200);

    const corrected = await a1At('2025-12-31');
    expect(corrected.actual).toBe(before.actual + 8_000);
    expect(corrected.closing!.figure).toBe(before.actual);
    expect(corrected.closing!.correction).toMatchObject({ figure: before.actual + 8_000, delta: 8_000, added: [expect.objectContaining({ name: '迟报孵化器' })] });

    const audit = (await app.as('admin').then((admin) => admin.get('/api/audit?action=period:close'))).body.items;
    const successes = audit.filter((entry: { outcome: string }) => entry.outcome === 'success');
    expect(successes).toHaveLength(1);
    expect(successes[0]).toMatchObject({ user: { username: 'planner' }, target: { type: 'period', id: 'taicang:2025-12-31' } });
  });
});
