import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Reply } from '../support/api';
import { buildCarrier, buildPhase } from '../support/factories';
import { nestedArrayText } from './support/adversarial';
import { changedCollections } from './support/checksum';
import { startInspectedApp, type InspectedApp } from './support/app';

/**
 * A corpus of hostile requests. Each is refused with its own 4xx, an error id, a message (and
 * for validation, the offending field named by path), and leaves every collection exactly as
 * it was (sessions, rate-limit counters and audited refusals aside; see support/checksum.ts).
 */
let target: InspectedApp;
let planner: ApiClient;
let admin: ApiClient;
let carrier: { id: string; version: number; name: string };

beforeAll(async () => {
  target = await startInspectedApp();
  [planner, admin] = await Promise.all([target.app.as('planner'), target.app.as('admin')]);
  const created = await planner.post('/api/carriers', buildCarrier({ name: '注入测试孵化器' }));
  expect(created.status).toBe(201);
  carrier = created.body.carrier;
});

afterAll(async () => {
  await target?.close();
});

function prototypeIsClean(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

interface Expected {
  status: number;
  id: string;
  /** Paths that must be among `error.fields` (validation errors name the field). */
  fields?: string[];
  /** What the top-level message must say (e.g. the limit, or that the id is malformed). */
  message?: RegExp;
}

/** Sends, checks status, id, field paths and message, and that no kept collection changed. */
async function expectRefused(send: () => Promise<Reply>, expected: Expected): Promise<Reply> {
  const before = await target.inspector.checksum();
  const reply = await send();
  const after = await target.inspector.checksum();
  expect({ status: reply.status, id: reply.body?.error?.id }).toEqual({ status: expected.status, id: expected.id });
  expect(typeof reply.body.error.message).toBe('string');
  expect(reply.body.error.message.length).toBeGreaterThan(5);
  if (expected.message) expect(reply.body.error.message).toMatch(expected.message);
  if (expected.fields) {
    const paths = (reply.body.error.fields ?? []).map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(expected.fields));
    for (const field of reply.body.error.fields) expect(field.message.length).toBeGreaterThan(3);
  }
  expect(changedCollections(before, after)).toEqual([]);
  prototypeIsClean();
  return reply;
}

const JSON_BODY: Record<string, string> = { 'Content-Type': 'application/json' };

describe('$-operators in JSON bodies are refused as wrong types, never run as queries', () => {
  it('{"name": {"$gt": ""}} on create', async () => {
    await expectRefused(() => planner.post('/api/carriers', { ...buildCarrier(), name: { $gt: '' } }), { status: 400, id: 'validation_failed', fields: ['name'] });
  });

  it('{"$where": …} as a top-level key', async () => {
    await expectRefused(() => planner.post('/api/carriers', { ...buildCarrier(), $where: 'sleep(1000) || true' }), { status: 400, id: 'validation_failed', fields: ['$where'] });
  });

  it('{"owners": {"$ne": null}} from an admin', async () => {
    await expectRefused(() => admin.post('/api/carriers', { ...buildCarrier(), owners: { $ne: null } }), { status: 400, id: 'validation_failed', fields: ['owners'] });
  });

  it('an operator as the edit version or as a field value', async () => {
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, { version: { $gt: 0 }, operator: 'x' }), { status: 400, id: 'validation_failed', fields: ['version'] });
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, { version: carrier.version, name: { $set: { name: 'hijacked' } } }), {
      status: 400,
      id: 'validation_failed',
      fields: ['name'],
    });
  });

  it('the classic login bypass {"username": {"$ne": null}, "password": {"$ne": null}}', async () => {
    await expectRefused(() => target.app.client().post('/api/auth/login', { username: { $ne: null }, password: { $ne: null } }), {
      status: 400,
      id: 'validation_failed',
      fields: ['username', 'password'],
    });
  });

  it('operators inside arrays and nested objects', async () => {
    await expectRefused(() => planner.post('/api/carriers', buildCarrier({ phases: [{ ...buildPhase(), status: { $in: ['open'] } } as never] })), {
      status: 400,
      id: 'validation_failed',
      fields: ['phases.0.status'],
    });
    await expectRefused(() => admin.patch('/api/users/0123456789abcdef01234567', { role: { $ne: 'leader' } }), { status: 400, id: 'validation_failed', fields: ['role'] });
  });
});

describe('$-operators and brackets in query strings stay plain keys and are refused', () => {
  it.each([
    ['/api/carriers?q[$ne]=x', 'q[$ne]'],
    ['/api/carriers?region[$regex]=.*', 'region[$regex]'],
    ['/api/carriers.geojson?kind[$in]=incubator', 'kind[$in]'],
    ['/api/audit?user[$ne]=nobody', 'user[$ne]'],
    ['/api/changes?status[$ne]=pending', 'status[$ne]'],
    ['/api/carriers?__proto__[polluted]=yes', '__proto__[polluted]'],
    ['/api/carriers?constructor[prototype][polluted]=yes', 'constructor[prototype][polluted]'],
  ])('%s', async (path, key) => {
    await expectRefused(() => (path.startsWith('/api/audit') ? admin : planner).get(path), { status: 400, id: 'validation_failed', fields: [key] });
  });

  it('a repeated key (an array under the simple parser) is refused, not joined', async () => {
    await expectRefused(() => planner.get('/api/carriers?region=taicang&region=kunshan'), { status: 400, id: 'validation_failed', fields: ['region'] });
  });

  it('an operator in DELETE’s version query', async () => {
    await expectRefused(() => planner.delete(`/api/carriers/${carrier.id}?version[$gt]=0`), { status: 400, id: 'validation_failed', fields: ['version[$gt]'] });
  });

  it('regular-expression text in a search matches literally', async () => {
    const all = await planner.get('/api/carriers?q=.*');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(0);
    for (const q of [')', '(', '[', '\\', '*', '(?=a)', 'a{1000000}']) {
      expect((await planner.get(`/api/carriers?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
  });
});

describe('__proto__, constructor and prototype keys', () => {
  it('{"__proto__": {"polluted": …}} on create is an unknown field, and Object.prototype stays clean', async () => {
    const body = `{"__proto__": {"polluted": "yes"}, ${JSON.stringify(buildCarrier()).slice(1)}`;
    await expectRefused(() => planner.post('/api/carriers', body, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['__proto__'] });
  });

  it('{"constructor": {"prototype": …}} on create and nested in a phase', async () => {
    await expectRefused(() => planner.post('/api/carriers', { ...buildCarrier(), constructor: { prototype: { polluted: 'yes' } } }), {
      status: 400,
      id: 'validation_failed',
      fields: ['constructor'],
    });
    const phase = `{"__proto__": {"isAdmin": true}, ${JSON.stringify(buildPhase()).slice(1)}`;
    const body = JSON.stringify(buildCarrier()).replace(/"phases":\[\{.*?\}\]/, `"phases":[${phase}]`);
    await expectRefused(() => planner.post('/api/carriers', body, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['phases.0.__proto__'] });
  });

  it('__proto__ in a login, an edit and a user update', async () => {
    const login = '{"username": "admin", "password": "x", "__proto__": {"isAdmin": true}}';
    await expectRefused(() => target.app.client().post('/api/auth/login', login, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['__proto__'] });
    const edit = `{"version": ${carrier.version}, "__proto__": {"deletedAt": null}}`;
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, edit, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['__proto__'] });
    const user = '{"__proto__": {"role": "admin"}}';
    await expectRefused(() => admin.patch('/api/users/0123456789abcdef01234567', user, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['__proto__'] });
  });
});

describe('size and shape limits', () => {
  it('a 10 MB body is refused with 413 before it is parsed', async () => {
    const body = JSON.stringify({ ...buildCarrier(), address: 'x'.repeat(10 * 1024 * 1024) });
    await expectRefused(() => planner.post('/api/carriers', body, JSON_BODY), { status: 413, id: 'payload_too_large', message: /1 MB/ });
  });

  it('1,000-deep nesting is refused with 400 too_deep (objects and arrays)', async () => {
    const objects = `{"name": ${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}}`;
    await expectRefused(() => planner.post('/api/carriers', objects, JSON_BODY), { status: 400, id: 'too_deep', message: /20/ });
    const arrays = nestedArrayText(1_000);
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, arrays, JSON_BODY), { status: 400, id: 'too_deep', message: /20/ });
  });

  it('100,000-deep nesting (half a megabyte) is still a 400, not a stack overflow', async () => {
    const arrays = nestedArrayText(100_000);
    const reply = await expectRefused(() => planner.post('/api/carriers', arrays, JSON_BODY), { status: 400, id: 'too_deep' });
    expect(reply.body.error.message).toMatch(/deeper/);
  });

  it('malformed JSON is 400 invalid_json; a non-JSON content type is 415', async () => {
    await expectRefused(() => planner.post('/api/carriers', '{"name":', JSON_BODY), { status: 400, id: 'invalid_json', message: /JSON/ });
    await expectRefused(() => planner.post('/api/carriers', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' }), { status: 415, id: 'json_required', message: /JSON/ });
  });

  it('an empty JSON body names every missing field', async () => {
    await expectRefused(() => planner.post('/api/carriers', '', JSON_BODY), { status: 400, id: 'validation_failed', fields: ['name', 'kind', 'region', 'phases'] });
  });
});

describe('malformed ObjectIds are 400 invalid_id, never a 404 or a cast error', () => {
  it.each([
    ['GET', '/api/carriers/123'],
    ['GET', '/api/carriers/0123456789abcdef0123456'],
    ['GET', '/api/carriers/0123456789abcdef012345678'],
    ['GET', '/api/carriers/zzzzzzzzzzzzzzzzzzzzzzzz'],
    ['GET', '/api/carriers/0123456789ABCDEF01234567'],
    ['GET', `/api/carriers/${encodeURIComponent('{"$gt":""}')}`],
    ['GET', '/api/carriers/__proto__/history'],
    ['PATCH', '/api/carriers/not-an-id'],
    ['DELETE', '/api/carriers/null'],
    ['POST', '/api/changes/undefined/approve'],
    ['POST', '/api/changes/1/reject'],
    ['GET', '/api/scenarios/constructor'],
    ['PUT', '/api/scenarios/%F0%9F%98%80'],
    ['DELETE', '/api/scenarios/0'],
    ['PATCH', '/api/users/admin'],
  ])('%s %s', async (method, path) => {
    const client = path.startsWith('/api/users') ? admin : planner;
    const body = method === 'GET' || method === 'DELETE' ? undefined : method === 'POST' && path.endsWith('/reject') ? { reason: '理由充分' } : { version: 1 };
    await expectRefused(() => client.request(method, path, body), { status: 400, id: 'invalid_id', message: /id/ });
  });

  it('a percent-encoding that does not decode is 400 invalid_path', async () => {
    await expectRefused(() => admin.patch('/api/users/%zz', { displayName: 'x' }), { status: 400, id: 'invalid_path', message: /percent-encoding/ });
    await expectRefused(() => planner.get('/api/carriers/%E0%A4%A'), { status: 400, id: 'invalid_path' });
  });
});

describe('NaN and Infinity', () => {
  it('bare NaN / Infinity are not JSON: 400 invalid_json', async () => {
    for (const text of ['{"version": NaN}', '{"version": Infinity}', '{"version": -Infinity}']) {
      await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, text, JSON_BODY), { status: 400, id: 'invalid_json' });
    }
  });

  it('1e999 parses to Infinity and is refused where a number must be finite, naming the field', async () => {
    const area = JSON.stringify(buildCarrier()).replace('"incubationAreaM2":10000', '"incubationAreaM2":1e999');
    await expectRefused(() => planner.post('/api/carriers', area, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['phases.0.incubationAreaM2'] });
    const longitude = JSON.stringify(buildCarrier()).replace('"coordinates":[121.13,31.46]', '"coordinates":[-1e999,31.46]');
    await expectRefused(() => planner.post('/api/carriers', longitude, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['location.coordinates.0'] });
    const version = `{"version": 1e999, "operator": "x"}`;
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, version, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['version'] });
    const year = JSON.stringify(buildCarrier()).replace('"year":2022', '"year":1e999');
    await expectRefused(() => planner.post('/api/carriers', year, JSON_BODY), { status: 400, id: 'validation_failed', fields: ['recognitions.0.year'] });
  });

  it('the strings "NaN" and "Infinity" are not numbers', async () => {
    await expectRefused(() => planner.post('/api/carriers', buildCarrier({ phases: [buildPhase({ incubationAreaM2: 'NaN' as never })] })), {
      status: 400,
      id: 'validation_failed',
      fields: ['phases.0.incubationAreaM2'],
    });
    await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, { version: 'Infinity', operator: 'x' }), { status: 400, id: 'validation_failed', fields: ['version'] });
  });

  it('NaN, Infinity and 1e999 in query numbers', async () => {
    await expectRefused(() => planner.get('/api/carriers?limit=Infinity'), { status: 400, id: 'validation_failed', fields: ['limit'] });
    await expectRefused(() => planner.get('/api/carriers?page=NaN'), { status: 400, id: 'validation_failed', fields: ['page'] });
    await expectRefused(() => planner.get('/api/carriers?limit=1e999'), { status: 400, id: 'validation_failed', fields: ['limit'] });
    await expectRefused(() => planner.get('/api/carriers?bbox=-Infinity,0,Infinity,90'), { status: 400, id: 'validation_failed', fields: ['bbox'] });
    await expectRefused(() => planner.get('/api/regions/taicang/progress/A1/contributors?year=1e999'), { status: 400, id: 'validation_failed', fields: ['year'] });
  });
});

describe('coordinates out of range', () => {
  it('a longitude of 999 names location.coordinates.0 and says longitude', async () => {
    const reply = await expectRefused(() => planner.post('/api/carriers', buildCarrier({ location: { type: 'Point', coordinates: [999, 31.46] } })), {
      status: 400,
      id: 'validation_failed',
      fields: ['location.coordinates.0'],
    });
    expect(reply.body.error.fields.find((field: { path: string }) => field.path === 'location.coordinates.0').message).toMatch(/longitude/);
  });

  it('a latitude of -91 on an edit, and 999 in a scenario’s hypothetical carrier', async () => {
    const reply = await expectRefused(() => planner.patch(`/api/carriers/${carrier.id}`, { version: carrier.version, location: { type: 'Point', coordinates: [121, -91] } }), {
      status: 400,
      id: 'validation_failed',
      fields: ['location.coordinates.1'],
    });
    expect(reply.body.error.fields[0].message).toMatch(/latitude/);
    const scenario = {
      scenario: {
        name: '越界方案',
        region: 'taicang',
        edits: [{ kind: 'add', carrier: { name: '假想', kind: 'incubator', location: { type: 'Point', coordinates: [999, 31] }, phases: [{ label: '一期', incubationAreaM2: 1_000, status: 'planned' }] } }],
      },
    };
    await expectRefused(() => planner.post('/api/scenarios', scenario), { status: 400, id: 'validation_failed', fields: ['scenario.edits.0.carrier.location.coordinates.0'] });
  });
});

describe('emoji and right-to-left text', () => {
  const names = [
    '🚀创新孵化器👩‍💻',
    'مركز الابتكار 创新中心',
    'מרכז חדשנות תאיצאנג',
    'Cafe\u0301 众创空间 e\u0301\u0301',
    '𠀀𪚥 扩展汉字 🇨🇳',
    '零宽\u200B空格\u200D孵化器',
  ];

  it.each(names)('%s is accepted and read back exactly, in the record, the list, the search and the history', async (name) => {
    const input = buildCarrier({ name, address: `${name} 地址`, operator: `${name} 运营`, contact: { person: name } });
    const created = await planner.post('/api/carriers', input);
    expect(created.status).toBe(201);
    const id = created.body.carrier.id;
    const read = await planner.get(`/api/carriers/${id}`);
    expect(read.body.carrier).toMatchObject({ name, address: input.address, operator: input.operator, contact: { person: name } });
    const found = await planner.get(`/api/carriers?q=${encodeURIComponent(name)}`);
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const history = await planner.get(`/api/carriers/${id}/history`);
    expect(JSON.stringify(history.body)).toContain(JSON.stringify(name).slice(1, -1));
    const map = await planner.get('/api/carriers.geojson');
    expect(map.body.features.some((feature: { properties: { name: string } }) => feature.properties.name === name)).toBe(true);
  });

  // Right-to-left letters are text; a right-to-left override is a trick (finding 6 of the security review).
  it('refuses a name hiding behind the right-to-left override, naming the field', async () => {
    const reply = await planner.post('/api/carriers', buildCarrier({ name: '\u202E反向文本\u202C孵化器' }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([expect.objectContaining({ path: 'name', code: 'text.controlCharacters' })]);
  });
});
