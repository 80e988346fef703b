import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_RESOLUTION_MS, IDLE_TIMEOUT_MS, ABSOLUTE_TIMEOUT_MS } from '../../server/auth/sessions';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

async function auditEntries(action: string) {
  const admin = await app.as('admin');
  return (await admin.get(`/api/audit?action=${action}&limit=500`)).body.items as Array<Record<string, any>>;
}

describe('login', () => {
  it('answers 401 with a clear message for a wrong password and records the refusal', async () => {
    const reply = await app.client().post('/api/auth/login', { username: 'leader', password: 'not the password' });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toEqual({ id: 'invalid_credentials', message: 'Wrong username or password' });
    const refusals = (await auditEntries('auth:login')).filter((entry) => entry.outcome === 'refused');
    expect(refusals.some((entry) => entry.details?.username === 'leader')).toBe(true);
  });

  it('answers in Chinese when the caller prefers it', async () => {
    const client = app.client();
    client.language = 'zh-CN,zh;q=0.9';
    const reply = await client.post('/api/auth/login', { username: 'leader', password: 'wrong password' });
    expect(reply.body.error.message).toBe('用户名或密码不正确');
  });

  it('names the missing field when the body is incomplete', async () => {
    const reply = await app.client().post('/api/auth/login', { username: 'leader' });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'password', code: 'required', message: 'is required' }]);
  });

  it('issues a new session id at every login, and the id held before it no longer opens the session', async () => {
    const client = await app.as('planner');
    const first = client.cookie('planner.sid');
    expect(first).toBeDefined();
    const firstCookie = client.cookieHeader;
    expect((await fetch(`${app.url}/api/carriers`, { headers: { Cookie: firstCookie } })).status).toBe(200);
    await client.login('planner');
    const second = client.cookie('planner.sid');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await client.get('/api/carriers')).status).toBe(200);
    const replay = await fetch(`${app.url}/api/carriers`, { headers: { Cookie: firstCookie } });
    expect(replay.status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const reply = await app.client().post('/api/auth/login', { username: 'planner', password: TEST_PASSWORD });
    const cookie = reply.headers.getSetCookie().find((value) => value.startsWith('planner.sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('returns the user, role and a CSRF token from the session endpoint', async () => {
    const client = await app.as('manager');
    const reply = await client.get('/api/auth/session');
    expect(reply.body.user).toMatchObject({ username: 'manager', role: 'manager' });
    expect(reply.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('the API behind the login', () => {
  it('answers 401 to a caller who is not logged in', async () => {
    const reply = await app.client().get('/api/carriers');
    expect(reply.status).toBe(401);
    expect(reply.body.error.id).toBe('unauthenticated');
  });

  it('lets health through without a login', async () => {
    const reply = await app.client().get('/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok' });
  });

  it('refuses a state-changing request without the CSRF token with 403', async () => {
    const client = await app.as('planner');
    const reply = await client.post('/api/auth/logout', undefined, { 'X-CSRF-Token': '' });
    expect(reply.status).toBe(403);
    expect(reply.body.error.id).toBe('csrf_token_invalid');
  });

  it('refuses a wrong CSRF token with 403', async () => {
    const client = await app.as('planner');
    const reply = await client.post('/api/auth/logout', undefined, { 'X-CSRF-Token': 'x'.repeat(43) });
    expect(reply.status).toBe(403);
  });
});

describe('logout', () => {
  it('destroys the session on the server, so the old cookie no longer works', async () => {
    const client = await app.as('leader');
    const stolenCookie = client.cookieHeader;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = await fetch(`${app.url}/api/carriers`, { headers: { Cookie: stolenCookie } });
    expect(replay.status).toBe(401);
    const logouts = await auditEntries('auth:logout');
    expect(logouts.some((entry) => entry.user?.username === 'leader')).toBe(true);
  });
});

describe('session timeouts', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const client = await app.as('leader');
    expect((await client.get('/api/carriers')).status).toBe(200);
    app.advanceClock(IDLE_TIMEOUT_MS + 1_000);
    const reply = await client.get('/api/carriers');
    expect(reply.status).toBe(401);
    expect(reply.body.error.id).toBe('session_expired');
  });

  it('records activity at most once a minute, and a session used within 30 minutes of that record lives on', async () => {
    const client = await app.as('planner');
    const sessions = app.planner.context.db.connection.collection('sessions');
    const lastSeenAt = async () => {
      const stored = await sessions.find({ 'session.userId': { $exists: true } }).sort({ 'session.lastSeenAt': -1 }).toArray();
      return (stored[0]?.session as { lastSeenAt: number } | undefined)?.lastSeenAt ?? 0;
    };
    app.advanceClock(ACTIVITY_RESOLUTION_MS);
    expect((await client.get('/api/carriers')).status).toBe(200);
    const recorded = await lastSeenAt();
    // Half a minute later, a request writes nothing about the session.
    app.advanceClock(ACTIVITY_RESOLUTION_MS / 2);
    expect((await client.get('/api/carriers')).status).toBe(200);
    expect(await lastSeenAt()).toBe(recorded);
    // A minute after the record, the next request moves it.
    app.advanceClock(ACTIVITY_RESOLUTION_MS / 2);
    expect((await client.get('/api/carriers')).status).toBe(200);
    expect(await lastSeenAt()).toBeGreaterThanOrEqual(recorded + ACTIVITY_RESOLUTION_MS);
    app.advanceClock(IDLE_TIMEOUT_MS - 1_000);
    expect((await client.get('/api/carriers')).status).toBe(200);
  });

  it('ends any session after 12 hours even when it is busy', async () => {
    const client = await app.as('leader');
    for (let elapsed = 0; elapsed < ABSOLUTE_TIMEOUT_MS; elapsed += IDLE_TIMEOUT_MS / 2) {
      app.advanceClock(IDLE_TIMEOUT_MS / 2);
      const reply = await client.get('/api/auth/session');
      if (!reply.body.user) break;
    }
    const reply = await client.get('/api/carriers');
    expect(reply.status).toBe(401);
  });
});
