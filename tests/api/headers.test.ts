import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';

/*
 * Issue 17, findings 5 and 7: what the API's headers promise about caching and transport,
 * and what health tells a stranger.
 */

let app: TestApp;
let behindProxy: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  behindProxy = await startTestApp({ config: { trustProxy: 1 } });
});
afterAll(async () => {
  await app?.close();
  await behindProxy?.close();
});

describe('Cache-Control on API answers', () => {
  it('is no-store on every answer carrying personal or unpublished data', async () => {
    const admin = await app.as('admin');
    const carrierId = (await admin.get('/api/carriers?limit=1')).body.items[0].id;
    for (const path of ['/api/users', '/api/audit', '/api/changes', '/api/carriers', `/api/carriers/${carrierId}`, `/api/carriers/${carrierId}/history`, '/api/auth/session', '/api/scenarios']) {
      const reply = await admin.get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers.get('cache-control'), path).toBe('no-store');
    }
    // Refusals and errors too: they name what exists.
    expect((await app.client().get('/api/users')).headers.get('cache-control')).toBe('no-store');
    expect((await admin.get('/api/nothing-here')).headers.get('cache-control')).toBe('no-store');
  });

  it('lets the map layer be kept privately and revalidated with its ETag', async () => {
    const leader = await app.as('leader');
    const reply = await leader.get('/api/carriers.geojson');
    expect(reply.headers.get('cache-control')).toBe('private, no-cache');
    const etag = reply.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await leader.get('/api/carriers.geojson', { 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' })).status).toBe(304);
  });
});

describe('the session cookie and HSTS', () => {
  it('are Secure and sent when the request arrived over HTTPS at a trusted proxy', async () => {
    const reply = await behindProxy.client().post('/api/auth/login', { username: 'planner', password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' });
    expect(reply.status).toBe(200);
    const cookies = reply.headers.getSetCookie();
    expect(cookies.find((cookie) => cookie.startsWith('__Host-planner.sid='))).toMatch(/;\s*Secure/i);
    expect(cookies.find((cookie) => cookie.startsWith('__Host-planner.device='))).toMatch(/;\s*Secure/i);
    expect(reply.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('send no HSTS over plain HTTP', async () => {
    expect((await behindProxy.client().get('/api/auth/session')).headers.get('strict-transport-security')).toBeNull();
    expect((await app.client().get('/api/auth/session')).headers.get('strict-transport-security')).toBeNull();
  });

  it('do not believe X-Forwarded-Proto without TRUST_PROXY', async () => {
    const reply = await app.client().post('/api/auth/login', { username: 'planner', password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' });
    expect(reply.headers.get('strict-transport-security')).toBeNull();
    expect(reply.headers.getSetCookie().find((cookie) => cookie.startsWith('planner.sid='))).not.toMatch(/;\s*Secure/i);
  });
});

describe('GET /api/health', () => {
  it('tells an anonymous caller only that it is ok', async () => {
    const reply = await app.client().get('/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok' });
    const withStaleCookie = await app.client().get('/api/health', { Cookie: 'planner.sid=s%3Anothing.here' });
    expect(withStaleCookie.body).toEqual({ status: 'ok' });
  });

  it('tells a signed-in non-admin only that it is ok', async () => {
    for (const role of ['planner', 'leader', 'manager'] as const) {
      expect((await (await app.as(role)).get('/api/health')).body, role).toEqual({ status: 'ok' });
    }
  });

  it('gives an admin the engine, version and uptime', async () => {
    const reply = await (await app.as('admin')).get('/api/health');
    expect(reply.body).toMatchObject({ status: 'ok', engine: 'embedded', version: expect.stringMatching(/^\d+\.\d+\.\d+/), uptimeS: expect.any(Number) });
  });
});
