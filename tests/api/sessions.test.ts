import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

let app: TestApp;
let admin: ApiClient;

const PASSWORD = 'a long enough passphrase 42';

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as('admin');
});
afterAll(async () => {
  await app?.close();
});

/** A planner account of its own per test, so one test's account change never touches another's. */
async function newPlanner(username: string): Promise<{ id: string; username: string }> {
  const reply = await admin.post('/api/users', { username, displayName: username, role: 'planner', password: PASSWORD });
  expect(reply.status).toBe(201);
  return reply.body.user;
}

async function signIn(username: string): Promise<ApiClient> {
  return app.client().login(username, PASSWORD);
}

/** Two things only a planner may do: list every change and save a scenario. */
async function actsAsPlanner(client: ApiClient): Promise<number[]> {
  const changes = await client.get('/api/changes');
  const scenario = await client.post('/api/scenarios', { scenario: { name: `s-${Math.random()}`, region: 'taicang', edits: [] } });
  return [changes.status, scenario.status];
}

async function auditEntries(action: string) {
  return (await admin.get(`/api/audit?action=${action}&limit=500`)).body.items as Array<Record<string, any>>;
}

describe('a session follows its account', () => {
  it('lets a signed-in planner act as a planner (the baseline the tests below break)', async () => {
    await newPlanner('baseline.planner');
    const planner = await signIn('baseline.planner');
    expect(await actsAsPlanner(planner)).toEqual([200, 201]);
  });

  it('ends the session of a planner an admin disables, on their very next request', async () => {
    const user = await newPlanner('disabled.planner');
    const planner = await signIn('disabled.planner');
    expect((await admin.patch(`/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    const [changes, scenario] = await actsAsPlanner(planner);
    expect(changes).toBe(401);
    expect(scenario).toBe(401);
    expect((await planner.get('/api/auth/session')).body.user).toBeNull();
  });

  it('ends the session of a planner whose password an admin resets', async () => {
    const user = await newPlanner('reset.planner');
    const planner = await signIn('reset.planner');
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'another long passphrase 7' })).status).toBe(200);
    expect((await planner.get('/api/changes')).status).toBe(401);
  });

  it('ends a session that survived in the store but predates the account change (written back by a request in flight)', async () => {
    const user = await newPlanner('raced.planner');
    const planner = await signIn('raced.planner');
    // The account moved on, but this session's document was not removed from the store.
    await app.planner.context.db.models.User.updateOne({ _id: user.id }, { $inc: { sessionEpoch: 1 } });
    const reply = await planner.get('/api/changes');
    expect(reply.status).toBe(401);
    expect(reply.body.error.id).toBe('session_ended');
    expect((await planner.get('/api/changes')).body.error.id).toBe('unauthenticated');
  });

  it('ends the session of a planner demoted to leader, so it cannot act as a planner for a single request', async () => {
    const user = await newPlanner('demoted.planner');
    const planner = await signIn('demoted.planner');
    expect((await admin.patch(`/api/users/${user.id}`, { role: 'leader' })).status).toBe(200);
    expect(await actsAsPlanner(planner)).toEqual([401, 401]);
    // Signing in again gives a leader's session: refused where a planner was allowed.
    const leader = await signIn('demoted.planner');
    expect((await leader.get('/api/changes')).status).toBe(403);
    expect((await leader.get('/api/auth/session')).body.user.role).toBe('leader');
  });

  it('keeps the session when only the display name changes', async () => {
    const user = await newPlanner('renamed.planner');
    const planner = await signIn('renamed.planner');
    expect((await admin.patch(`/api/users/${user.id}`, { displayName: 'Renamed' })).status).toBe(200);
    expect(await actsAsPlanner(planner)).toEqual([200, 201]);
  });

  it('records how many sessions an account change ended', async () => {
    const user = await newPlanner('counted.planner');
    await signIn('counted.planner');
    await signIn('counted.planner');
    await admin.patch(`/api/users/${user.id}`, { disabled: true });
    const entry = (await auditEntries('user:update')).find((candidate) => candidate.target?.id === user.id);
    expect(entry?.details?.sessionsEnded).toBe(2);
  });
});

describe('seeing and ending sessions', () => {
  it('shows an admin each active session of a user with its device and last activity, and never the session id', async () => {
    const user = await newPlanner('listed.planner');
    const laptop = await signIn('listed.planner');
    const sessionCookie = laptop.cookie('planner.sid')!;
    await signIn('listed.planner');
    const reply = await admin.get(`/api/users/${user.id}/sessions`);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toHaveLength(2);
    for (const session of reply.body.items) {
      expect(session).toMatchObject({ id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), device: 'node', lastSeenAt: expect.any(String) });
    }
    const rawId = decodeURIComponent(sessionCookie).replace(/^s:/, '').split('.')[0]!;
    expect(JSON.stringify(reply.body)).not.toContain(rawId);
  });

  it('lets an admin end one session of a user and leaves the others signed in', async () => {
    const user = await newPlanner('one.ended');
    const first = await signIn('one.ended');
    const second = await signIn('one.ended');
    const firstSessions = (await first.get('/api/auth/sessions')).body.items as Array<{ id: string; current: boolean }>;
    const firstHandle = firstSessions.find((session) => session.current)!.id;
    const reply = await admin.delete(`/api/users/${user.id}/sessions/${firstHandle}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ended: 1 });
    expect((await first.get('/api/changes')).status).toBe(401);
    expect((await second.get('/api/changes')).status).toBe(200);
    const entry = (await auditEntries('user:endSessions')).find((candidate) => candidate.target?.id === user.id);
    expect(entry?.details).toMatchObject({ sessionsEnded: 1, session: firstHandle });
  });

  it('lets an admin end all sessions of a user', async () => {
    const user = await newPlanner('all.ended');
    const first = await signIn('all.ended');
    const second = await signIn('all.ended');
    expect((await admin.delete(`/api/users/${user.id}/sessions`)).body).toEqual({ ended: 2 });
    expect((await first.get('/api/changes')).status).toBe(401);
    expect((await second.get('/api/changes')).status).toBe(401);
    expect((await admin.get(`/api/users/${user.id}/sessions`)).body.items).toEqual([]);
  });

  it('refuses a malformed session handle with 400 and an unknown one with 404', async () => {
    const user = await newPlanner('bad.handle');
    expect((await admin.delete(`/api/users/${user.id}/sessions/not-a-handle`)).status).toBe(400);
    expect((await admin.delete(`/api/users/${user.id}/sessions/${'A'.repeat(22)}`)).status).toBe(404);
  });

  it('lets nobody but an admin see or end another user’s sessions', async () => {
    const user = await newPlanner('guarded.planner');
    const planner = await signIn('guarded.planner');
    expect((await planner.get(`/api/users/${user.id}/sessions`)).status).toBe(403);
    expect((await planner.delete(`/api/users/${user.id}/sessions`)).status).toBe(403);
    expect((await app.client().get(`/api/users/${user.id}/sessions`)).status).toBe(401);
  });

  it('lets a user sign out everywhere, which ends this session and every other, and is audited', async () => {
    const user = await newPlanner('everywhere.planner');
    const phone = await signIn('everywhere.planner');
    const desk = await signIn('everywhere.planner');
    expect((await desk.post('/api/auth/logout-everywhere')).status).toBe(204);
    expect((await desk.get('/api/changes')).status).toBe(401);
    expect((await phone.get('/api/changes')).status).toBe(401);
    const entry = (await auditEntries('auth:logoutEverywhere')).find((candidate) => candidate.user?.id === user.id);
    expect(entry?.details?.sessionsEnded).toBe(2);
    // Signing in afterwards works as before.
    expect(await actsAsPlanner(await signIn('everywhere.planner'))).toEqual([200, 201]);
  });
});
