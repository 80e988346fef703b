import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_BUT_ONE, POSSIBLE_OVERLAP } from '../../seeds/tiers';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

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

type Carrier = { id: string; name: string; address?: string; operatingSince?: string };

async function taicangCarriers(): Promise<Carrier[]> {
  return (await planner.get('/api/regions/taicang/carriers')).body.items;
}

describe('the tier check', () => {
  it('of the seeded incubator that meets every national criterion but one names exactly that one', async () => {
    const incubator = (await taicangCarriers()).find((carrier) => carrier.operatingSince === ALL_BUT_ONE.operatingSince)!;
    expect(incubator).toBeDefined();
    const before = await planner.get(`/api/carriers/${incubator.id}/tier-check?asOf=2025-06-30`);
    expect(before.status).toBe(200);
    const unmet = before.body.check.criteria.filter((criterion: { status: string }) => criterion.status === 'unmet');
    expect(before.body.check.next).toBe('national');
    expect(unmet.map((criterion: { id: string }) => criterion.id)).toEqual([ALL_BUT_ONE.lackedCriterion.national2018]);
    expect(unmet[0].lacks.zh).toBeTruthy();
    const after = await planner.get(`/api/carriers/${incubator.id}/tier-check?asOf=2025-12-31`);
    expect(after.body.check.criteria.filter((criterion: { status: string }) => criterion.status === 'unmet').map((criterion: { id: string }) => criterion.id)).toEqual([ALL_BUT_ONE.lackedCriterion.miit2025]);
  });

  it('is refused with 400 naming a bad as-of date, and to a manager for a carrier they do not own', async () => {
    const [carrier] = await taicangCarriers();
    const bad = await planner.get(`/api/carriers/${carrier!.id}/tier-check?asOf=2025-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path)).toContain('asOf');
    const managerId = (await manager.get('/api/auth/session')).body.user.id;
    const notTheirs = (await planner.get('/api/carriers?region=taicang&limit=50')).body.items.find((item: { owners: string[] }) => !item.owners.includes(managerId));
    expect((await manager.get(`/api/carriers/${notTheirs.id}/tier-check`)).status).toBe(403);
    expect((await app.client().get(`/api/carriers/${carrier!.id}/tier-check`)).status).toBe(401);
  });
});

describe('the double-count guard', () => {
  it('flags the seeded pair at one building as possible; confirmed, A1 counts its 3,000 ㎡ once and the progress answer says so', async () => {
    const overlaps = (await planner.get('/api/checks/overlaps?region=taicang')).body.items as Array<{ id: string; status: string; a: { name: string }; b: { name: string } }>;
    const carriers = await taicangCarriers();
    const names = POSSIBLE_OVERLAP.addresses.map((address) => carriers.find((carrier) => carrier.address === address)!.name);
    const pair = overlaps.find((item) => names.includes(item.a.name) && names.includes(item.b.name))!;
    expect(pair.status).toBe('possible');
    const a1 = async () => (await leader.get('/api/regions/taicang/progress?asOf=2025-12-31')).body;
    const before = await a1();
    expect((await leader.post(`/api/checks/overlaps/${pair.id}/decision`, { decision: 'confirmed' })).status).toBe(403);
    expect((await planner.post(`/api/checks/overlaps/${pair.id}/decision`, { decision: 'maybe' })).status).toBe(400);
    const confirmed = await planner.post(`/api/checks/overlaps/${pair.id}/decision`, { decision: 'confirmed' });
    expect(confirmed.status).toBe(200);
    const after = await a1();
    const actual = (body: { targets: Array<{ id: string; actual: number }> }) => body.targets.find((target) => target.id === 'A1')!.actual;
    expect(actual(before) - actual(after)).toBe(POSSIBLE_OVERLAP.areaCountedOnceM2);
    expect(after.deduplication.areaM2 - before.deduplication.areaM2).toBe(POSSIBLE_OVERLAP.areaCountedOnceM2);
    const audit = (await (await app.as('admin')).get('/api/audit?action=overlap:confirm')).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'overlap:confirm', outcome: 'success', user: { username: 'planner' } });
  });
});
