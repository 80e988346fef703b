import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { FIRST_WAIT_SECONDS } from '../../server/auth/rateLimits';
import { type ApiClient, startTestApp, TEST_PASSWORD, type TestApp } from '../support/api';

/*
 * Login limits (issue 17 finding 4, issue 21 item 9): failed sign-ins only, per account and
 * device or address, per account everywhere, per address; exponential back-off; unlock.
 * The app trusts one proxy, so each caller's address is the X-Forwarded-For it sends.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ config: { trustProxy: 1, loginLimits: { ...loadConfig({}).loginLimits, failuresPerAddress: 12 } } });
});
afterAll(async () => {
  await app?.close();
});

function attempt(client: ApiClient, address: string, username: string, password: string) {
  return client.post('/api/auth/login', { username, password }, { 'X-Forwarded-For': address });
}

async function signIn(client: ApiClient, address: string, username: string) {
  const reply = await attempt(client, address, username, TEST_PASSWORD);
  if (reply.status === 200) client.csrfToken = (await client.get('/api/auth/session', { 'X-Forwarded-For': address })).body.csrfToken;
  return reply;
}

async function failTimes(times: number, address: string, username: string, client = app.client()) {
  for (let index = 0; index < times; index += 1) {
    const reply = await attempt(client, address, username, `wrong-password-${index}`);
    expect(reply.status, `failure ${index + 1} of ${username} from ${address}`).toBe(401);
  }
  return client;
}

describe('the documented defaults', () => {
  it('are 5 failures per account and device or address, 20 per account everywhere, 100 per address in 15 minutes, 15 minutes at most', () => {
    expect(loadConfig({}).loginLimits).toEqual({ failuresPerAccount: 5, failuresEverywhere: 20, failuresPerAddress: 100, maxWaitSeconds: 900 });
    expect(loadConfig({ LOGIN_FAILURES_PER_ADDRESS: '250' }).loginLimits.failuresPerAddress).toBe(250);
  });
});

describe('successful sign-ins', () => {
  it('never count: forty people signing in from one office address, then one more, all get in', async () => {
    const office = await startTestApp();
    try {
      for (let person = 0; person < 41; person += 1) {
        const reply = await office.client().post('/api/auth/login', { username: ['planner', 'leader', 'manager', 'admin'][person % 4], password: TEST_PASSWORD });
        expect(reply.status, `sign-in ${person + 1}`).toBe(200);
      }
    } finally {
      await office.close();
    }
  });
});

describe('failed sign-ins for one account', () => {
  it('back the account off after five, from that address, with a wait that doubles with each further failure', async () => {
    const client = app.client();
    // Case, full-width letters and surrounding spaces are one account and share one counter.
    for (const variant of ['leader', 'LEADER', ' leader ', 'ｌｅａｄｅｒ', '　Leader']) {
      expect((await attempt(client, '10.1.0.1', variant, 'not-the-password')).status).toBe(401);
    }
    const first = await attempt(client, '10.1.0.1', 'leader', TEST_PASSWORD);
    expect(first.status).toBe(429);
    expect(first.body.error).toMatchObject({ id: 'too_many_login_attempts', scope: 'address', retryAfterSeconds: FIRST_WAIT_SECONDS });
    expect(first.body.error.message).toBe(`Too many failed logins for this account; try again in ${FIRST_WAIT_SECONDS} seconds`);
    expect(first.headers.get('retry-after')).toBe(String(FIRST_WAIT_SECONDS));
    expect(Date.parse(first.body.error.retryAt)).toBeGreaterThan(Date.now());

    client.language = 'zh-CN';
    expect((await attempt(client, '10.1.0.1', 'leader', TEST_PASSWORD)).body.error.message).toMatch(/^该账号登录失败次数过多，请 \d+ 秒后再试$/);
    client.language = 'en';

    const waits: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      app.advanceClock(((waits.at(-1) ?? FIRST_WAIT_SECONDS) + 1) * 1000);
      expect((await attempt(client, '10.1.0.1', 'leader', 'still-not-it')).status).toBe(401);
      const blocked = await attempt(client, '10.1.0.1', 'leader', TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      waits.push(blocked.body.error.retryAfterSeconds);
    }
    expect(waits).toEqual([2 * FIRST_WAIT_SECONDS, 4 * FIRST_WAIT_SECONDS, 8 * FIRST_WAIT_SECONDS]);

    // Once the wait is over the right password gets in, and clears that address's failures.
    app.advanceClock((waits.at(-1)! + 1) * 1000);
    expect((await signIn(client, '10.1.0.1', 'leader')).status).toBe(200);
    expect((await attempt(app.client(), '10.1.0.1', 'leader', 'one-more-typo')).status).toBe(401);
    await (await app.as('admin')).delete(`/api/auth/lockouts/${await userId('leader')}`);
  });

  it('never wait longer than the maximum', async () => {
    const client = await failTimes(5, '10.2.0.1', 'manager');
    let wait = 0;
    for (let round = 0; round < 8; round += 1) {
      app.advanceClock((wait || FIRST_WAIT_SECONDS) * 1000 + 1000);
      expect((await attempt(client, '10.2.0.1', 'manager', 'wrong-again')).status).toBe(401);
      wait = (await attempt(client, '10.2.0.1', 'manager', 'wrong-again')).body.error.retryAfterSeconds;
    }
    expect(wait).toBe(900);
    await (await app.as('admin')).delete(`/api/auth/lockouts/${await userId('manager')}`);
  });
});

describe('a burst of wrong passwords sent in parallel', () => {
  it('gets no more tries than the limit: the attempts under way count as failures for the ones beside them', async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, (_, index) => attempt(app.client(), '10.7.0.1', 'leader', `parallel-guess-${index}`)));
    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    // Nothing is left under way: once the wait is over, one more try is allowed, then a longer wait.
    const admin = await app.as('admin');
    const counters = (await admin.get('/api/auth/lockouts')).body.items.find((item: { username: string }) => item.username === 'leader')?.counters ?? [];
    const own = counters.find((counter: { scope: string; source: string }) => counter.scope === 'address' && counter.source === '10.7.0.1');
    expect(own?.failures ?? 0).toBe(statuses.filter((status) => status === 401).length);
    await admin.delete(`/api/auth/lockouts/${await userId('leader')}`);
    expect((await signIn(app.client(), '10.7.0.1', 'leader')).status).toBe(200);
  });
});

describe('a device that has signed in before', () => {
  it('keeps its way in while a guesser elsewhere is backed off; new devices are held back only once the account fails 20 times everywhere', async () => {
    const laptop = app.client();
    expect((await signIn(laptop, '10.3.0.5', 'planner')).status).toBe(200);
    expect(laptop.cookie('__Host-planner.device')).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);

    // A guesser at one address is backed off after five...
    await failTimes(5, '10.9.0.1', 'planner');
    expect((await attempt(app.client(), '10.9.0.1', 'planner', TEST_PASSWORD)).status).toBe(429);
    // ...while a colleague on a new device at another address still gets in.
    expect((await signIn(app.client(), '10.3.0.6', 'planner')).status).toBe(200);

    // Spread over more addresses, the guesser reaches the account's cap for new devices.
    for (const address of ['10.9.0.2', '10.9.0.3', '10.9.0.4']) await failTimes(5, address, 'planner');
    const newDevice = await attempt(app.client(), '10.3.0.7', 'planner', TEST_PASSWORD);
    expect(newDevice.status).toBe(429);
    expect(newDevice.body.error.scope).toBe('everywhere');

    // The laptop is not held back by any of it, even from the guesser's own address.
    expect((await signIn(laptop, '10.9.0.1', 'planner')).status).toBe(200);

    // A forged cookie, or one signed for another account, is a new device.
    const forged = app.client();
    const device = laptop.cookie('__Host-planner.device')!;
    const forgedValue = `${device.slice(0, 23)}${device[23] === 'A' ? 'B' : 'A'}${device.slice(24)}`;
    expect((await forged.post('/api/auth/login', { username: 'planner', password: TEST_PASSWORD }, { 'X-Forwarded-For': '10.3.0.8', Cookie: `__Host-planner.device=${forgedValue}` })).status).toBe(429);

    const admin = await app.as('admin');
    await admin.delete(`/api/auth/lockouts/${await userId('planner')}`);
  });
});

describe('one address trying many accounts', () => {
  it('is backed off for every account once its failures reach the per-address limit, until its window ends; other addresses are not', async () => {
    for (let index = 0; index < 12; index += 1) {
      expect((await attempt(app.client(), '10.4.0.1', `nobody-${index}`, 'guess-123456')).status).toBe(401);
    }
    const blocked = await attempt(app.client(), '10.4.0.1', 'leader', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.scope).toBe('source');
    expect(blocked.body.error.message).toMatch(/^Too many failed logins from this address; try again in 15 minutes$/);
    expect((await signIn(app.client(), '10.4.0.2', 'leader')).status).toBe(200);
    app.advanceClock(15 * 60 * 1000);
    expect((await signIn(app.client(), '10.4.0.1', 'leader')).status).toBe(200);
  });
});

async function userId(username: string): Promise<string> {
  const users = (await (await app.as('admin')).get('/api/users')).body.items as Array<{ id: string; username: string }>;
  return users.find((user) => user.username === username)!.id;
}

describe('GET /api/auth/lockouts and DELETE /api/auth/lockouts/:id', () => {
  it('answer 401 to a caller who is not logged in', async () => {
    expect((await app.client().get('/api/auth/lockouts')).status).toBe(401);
    expect((await app.client().delete(`/api/auth/lockouts/${'a'.repeat(24)}`)).status).toBe(401);
  });

  it('answer 400 for a malformed id', async () => {
    const reply = await (await app.as('admin')).delete('/api/auth/lockouts/not-an-id');
    expect(reply.status).toBe(400);
    expect(reply.body.error.id).toBe('invalid_id');
  });

  it('answer 403 to every role but admin', async () => {
    for (const role of ['planner', 'leader', 'manager'] as const) {
      const client = await app.as(role);
      expect((await client.get('/api/auth/lockouts')).status, role).toBe(403);
      expect((await client.delete(`/api/auth/lockouts/${await userId('leader')}`)).status, role).toBe(403);
    }
  });

  it('show an admin the backed-off account with its wait, and an unlock lets the user in at once, audited', async () => {
    await failTimes(5, '10.5.0.1', 'leader');
    expect((await attempt(app.client(), '10.5.0.1', 'leader', TEST_PASSWORD)).status).toBe(429);
    const admin = await app.as('admin');
    const list = await admin.get('/api/auth/lockouts');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const leader = list.body.items.find((item: { username: string }) => item.username === 'leader');
    expect(leader.id).toBe(await userId('leader'));
    expect(leader.counters).toContainEqual(expect.objectContaining({ scope: 'address', source: '10.5.0.1', failures: 5, retryAfterSeconds: FIRST_WAIT_SECONDS }));

    const unlocked = await admin.delete(`/api/auth/lockouts/${leader.id}`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.cleared).toBeGreaterThanOrEqual(2);
    expect((await signIn(app.client(), '10.5.0.1', 'leader')).status).toBe(200);
    expect((await admin.get('/api/auth/lockouts')).body.items.some((item: { username: string }) => item.username === 'leader')).toBe(false);

    const audit = (await admin.get('/api/audit?action=auth:unlock')).body.items;
    expect(audit[0]).toMatchObject({ action: 'auth:unlock', outcome: 'success', user: { username: 'admin' }, target: { type: 'user', label: 'leader' } });
  });

  it('answer 404 for an id that names no user', async () => {
    expect((await (await app.as('admin')).delete(`/api/auth/lockouts/${'a'.repeat(24)}`)).status).toBe(404);
  });
});

describe("an admin's password reset", () => {
  it("clears the account's failed sign-ins, so the user signs in with the new password at once", async () => {
    await failTimes(5, '10.6.0.1', 'manager');
    expect((await attempt(app.client(), '10.6.0.1', 'manager', TEST_PASSWORD)).status).toBe(429);
    const admin = await app.as('admin');
    const newPassword = 'a-brand-new-passphrase-2026';
    expect((await admin.patch(`/api/users/${await userId('manager')}`, { password: newPassword })).status).toBe(200);
    expect((await attempt(app.client(), '10.6.0.1', 'manager', newPassword)).status).toBe(200);
    expect((await admin.patch(`/api/users/${await userId('manager')}`, { password: TEST_PASSWORD })).status).toBe(200);
  });
});
