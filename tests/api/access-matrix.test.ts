import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

type Role = 'admin' | 'planner' | 'leader' | 'manager';
const ROLES: Role[] = ['admin', 'planner', 'leader', 'manager'];

let app: TestApp;
const clients = {} as Record<Role, ApiClient>;
let carrierId = '';
let changeId = '';
let scenarioId = '';
let userId = '';

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  for (const role of ROLES) clients[role] = await app.as(role);
  const managerId = (await clients.manager.get('/api/auth/session')).body.user.id;
  const taicang = (await clients.planner.get('/api/carriers?region=taicang&limit=50')).body.items;
  carrierId = taicang.find((carrier: { owners: string[] }) => !carrier.owners.includes(managerId)).id;
  changeId = (await clients.manager.post('/api/carriers', buildCarrier({ name: '矩阵测试待审核' }))).body.change.id;
  scenarioId = (await clients.planner.post('/api/scenarios', { scenario: { name: '矩阵', region: 'taicang', edits: [] } })).body.scenario.id;
  userId = (await clients.admin.get('/api/users')).body.items[0].id;
});
afterAll(async () => {
  await app?.close();
});

/**
 * Every endpoint with the roles allowed to call it. Allowed calls may still be refused for
 * their content (400, 404, 409), never with 401 or 403 and never with a 5xx; everyone else gets 403, and a caller
 * without a session 401.
 */
const ENDPOINTS: Array<{ method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: () => string; body?: () => unknown; allowed: Role[] }> = [
  { method: 'GET', path: () => '/api/carriers', allowed: ROLES },
  { method: 'GET', path: () => '/api/carriers.geojson', allowed: ROLES },
  { method: 'GET', path: () => `/api/carriers/${carrierId}`, allowed: ROLES },
  { method: 'GET', path: () => `/api/carriers/${carrierId}/history`, allowed: ROLES },
  { method: 'GET', path: () => '/api/carriers/export?format=csv', allowed: ROLES },
  { method: 'POST', path: () => '/api/carriers', body: () => buildCarrier(), allowed: ['admin', 'planner', 'manager'] },
  // The manager owns none of the seeded carriers picked here: ownership refuses them.
  { method: 'PATCH', path: () => `/api/carriers/${carrierId}`, body: () => ({ version: 999 }), allowed: ['admin', 'planner'] },
  { method: 'DELETE', path: () => `/api/carriers/${carrierId}?version=999`, allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/changes?status=pending', allowed: ['admin', 'planner', 'manager'] },
  { method: 'POST', path: () => `/api/changes/${changeId}/reject`, body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'POST', path: () => `/api/changes/${changeId}/approve`, allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => `/api/changes/${changeId}`, allowed: ['admin', 'planner', 'manager'] },
  // Only the submitter (the demo manager here) revises, withdraws or reopens a change.
  { method: 'PATCH', path: () => `/api/changes/${changeId}`, body: () => ({}), allowed: ['manager'] },
  { method: 'POST', path: () => `/api/changes/${changeId}/reopen`, body: () => ({}), allowed: ['manager'] },
  { method: 'POST', path: () => `/api/changes/${changeId}/withdraw`, allowed: ['manager'] },
  { method: 'GET', path: () => '/api/regions', allowed: ROLES },
  { method: 'GET', path: () => '/api/regions/taicang/targets', allowed: ROLES },
  { method: 'POST', path: () => '/api/regions/taicang/targets', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'POST', path: () => '/api/regions/taicang/closings', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/targets/A1', allowed: ROLES },
  { method: 'PUT', path: () => '/api/targets/A1', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'PUT', path: () => '/api/targets/K3/reading', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'DELETE', path: () => '/api/targets/NO_SUCH', allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/regions/taicang/progress', allowed: ['admin', 'planner', 'leader'] },
  { method: 'GET', path: () => '/api/regions/taicang/progress/A1/contributors', allowed: ['admin', 'planner', 'leader'] },
  { method: 'GET', path: () => '/api/regions/taicang/carriers', allowed: ['admin', 'planner', 'leader'] },
  { method: 'POST', path: () => '/api/regions/taicang/scenarios/evaluate', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/scenarios', allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => `/api/scenarios/${scenarioId}`, allowed: ['admin', 'planner'] },
  { method: 'POST', path: () => '/api/scenarios', body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'PUT', path: () => `/api/scenarios/${scenarioId}`, body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'DELETE', path: () => '/api/scenarios/0123456789abcdef01234567', allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/users', allowed: ['admin'] },
  { method: 'POST', path: () => '/api/users', body: () => ({}), allowed: ['admin'] },
  { method: 'PATCH', path: () => `/api/users/${userId}`, body: () => ({}), allowed: ['admin'] },
  { method: 'GET', path: () => `/api/users/${userId}/sessions`, allowed: ['admin'] },
  // An unknown handle (404 for the admin): ending a real one here would sign a test client out.
  { method: 'DELETE', path: () => `/api/users/${userId}/sessions/${'A'.repeat(22)}`, allowed: ['admin'] },
  { method: 'GET', path: () => '/api/audit', allowed: ['admin'] },
  { method: 'GET', path: () => '/api/rules', allowed: ROLES },
  // The manager owns none of the seeded carriers picked here: the tier check shows verified statistics.
  { method: 'GET', path: () => `/api/carriers/${carrierId}/tier-check`, allowed: ['admin', 'planner', 'leader'] },
  { method: 'GET', path: () => '/api/tier-candidates?region=taicang', allowed: ['admin', 'planner', 'leader'] },
  { method: 'GET', path: () => '/api/checks/overlaps?region=taicang', allowed: ['admin', 'planner', 'leader'] },
  { method: 'POST', path: () => `/api/checks/overlaps/${'0'.repeat(24)}~${'f'.repeat(24)}/decision`, body: () => ({}), allowed: ['admin', 'planner'] },
  { method: 'GET', path: () => '/api/auth/lockouts', allowed: ['admin'] },
  { method: 'DELETE', path: () => '/api/auth/lockouts/0123456789abcdef01234567', allowed: ['admin'] },
];

describe.each(ENDPOINTS)('$method $path', ({ method, path, body, allowed }) => {
  it('answers 401 without a session', async () => {
    const reply = await app.client().request(method, path(), body?.());
    expect(reply.status).toBe(401);
  });

  it.each(ROLES)('lets %s through only if the policy allows it', async (role) => {
    const reply = await clients[role].request(method, path(), body?.());
    if (allowed.includes(role)) {
      // Refused for its content at most (400, 404, 409), never for the caller, and never a server error.
      expect({ status: reply.status, error: reply.status >= 500 ? reply.body : undefined }).toEqual({ status: expect.any(Number), error: undefined });
      expect(reply.status).toBeGreaterThanOrEqual(200);
      expect(reply.status).toBeLessThan(500);
      expect([401, 403]).not.toContain(reply.status);
    } else {
      expect(reply.status).toBe(403);
      expect(reply.body.error.id).toMatch(/forbidden|not_owner|not_submitter/);
    }
  });
});

describe('refused access', () => {
  it('is written to the audit trail with the user, the action and the path', async () => {
    await clients.leader.get('/api/users');
    const entries = (await clients.admin.get('/api/audit?user=leader&action=user:manage')).body.items;
    expect(entries[0]).toMatchObject({ outcome: 'refused', user: { username: 'leader' }, details: { method: 'GET', path: '/api/users' } });
  });
});
