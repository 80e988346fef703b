import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';
import { rawGet } from '../support/rawGet';

let app: TestApp;
let planner: ApiClient;
let manager: ApiClient;
let admin: ApiClient;
let leader: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  [planner, manager, admin, leader] = await Promise.all([app.as('planner'), app.as('manager'), app.as('admin'), app.as('leader')]);
});
afterAll(async () => {
  await app?.close();
});

async function createAsPlanner(overrides = {}) {
  const reply = await planner.post('/api/carriers', buildCarrier(overrides));
  expect(reply.status).toBe(201);
  return reply.body.carrier;
}

describe('POST /api/carriers', () => {
  it('answers 401 without a login', async () => {
    expect((await app.client().post('/api/carriers', buildCarrier())).status).toBe(401);
  });

  it('answers 400 naming every bad field, and stores nothing', async () => {
    const before = (await planner.get('/api/carriers')).body.total;
    const reply = await planner.post('/api/carriers', buildCarrier({ name: '', phases: [buildPhase({ openedOn: undefined, incubationAreaM2: -1 })] }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.id).toBe('validation_failed');
    expect(reply.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'name', code: 'carrier.name.required', message: 'name is required' },
        { path: 'phases.0.incubationAreaM2', code: 'area.positive', message: 'area must be greater than 0' },
        { path: 'phases.0.openedOn', code: 'phase.openedOn.required', message: 'opening date is required when a phase is open' },
      ]),
    );
    expect((await planner.get('/api/carriers')).body.total).toBe(before);
  });

  it('answers 403 to a leader, who only reads', async () => {
    const reply = await leader.post('/api/carriers', buildCarrier());
    expect(reply.status).toBe(403);
  });

  it('answers 415 when the body is not JSON', async () => {
    const reply = await planner.post('/api/carriers', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(415);
  });

  it('stores a planner’s carrier as verified, with ids for its phases and derived figures', async () => {
    const carrier = await createAsPlanner({ name: '太仓测试科创园' });
    expect(carrier).toMatchObject({ name: '太仓测试科创园', version: 1, verification: { state: 'verified' } });
    expect(carrier.phases[0].id).toMatch(/^ph-/);
    expect(carrier.derived).toMatchObject({ currentTier: 'prefecture', openIncubationAreaM2: 10_000, pipelineIncubationAreaM2: 0 });
    expect(carrier.provenance.verifiedBy).toBeTruthy();
  });

  it('converts GCJ-02 coordinates copied from Gaode to stored WGS-84', async () => {
    const carrier = await createAsPlanner({ location: { type: 'Point', coordinates: [121.13, 31.46] }, locationDatum: 'gcj02' });
    const [lng, lat] = carrier.location.coordinates;
    expect(lng).toBeCloseTo(121.1253763, 5);
    expect(lat).toBeCloseTo(31.4617766, 5);
    expect(carrier.locationSourceDatum).toBe('gcj02');
  });

  it('flags a carrier without a location', async () => {
    const carrier = await createAsPlanner({ location: null, district: 'overseas' });
    expect(carrier.location).toBeNull();
    expect(carrier.derived.flags).toEqual(['no_location', 'abroad']);
  });

  it('answers 409 for a name already used in the region', async () => {
    await createAsPlanner({ name: '重名测试孵化器' });
    const reply = await planner.post('/api/carriers', buildCarrier({ name: '重名测试孵化器' }));
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ id: 'duplicate_name', fields: [{ path: 'name', code: 'carrier.name.duplicate' }] });
  });

  it('allows the same name in another region', async () => {
    await createAsPlanner({ name: '同名跨区孵化器' });
    expect((await planner.post('/api/carriers', buildCarrier({ name: '同名跨区孵化器', region: 'kunshan', district: 'huaqiao' }))).status).toBe(201);
  });

  it('refuses owners from anyone but an admin', async () => {
    const reply = await planner.post('/api/carriers', buildCarrier({ owners: ['0123456789abcdef01234567'] }));
    expect(reply.status).toBe(403);
    expect(reply.body.error.id).toBe('owners_admin_only');
  });
});

describe('PATCH /api/carriers/:id', () => {
  it('answers 400 for a malformed id', async () => {
    const reply = await planner.patch('/api/carriers/not-an-id', { version: 1, name: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body.error.id).toBe('invalid_id');
  });

  it('answers 404 for an unknown carrier', async () => {
    expect((await planner.patch('/api/carriers/0123456789abcdef01234567', { version: 1, name: 'x' })).status).toBe(404);
  });

  it('validates the merged carrier, so a partial edit cannot break a rule', async () => {
    const carrier = await createAsPlanner();
    const reply = await planner.patch(`/api/carriers/${carrier.id}`, {
      version: 1,
      phases: [{ ...carrier.phases[0], floorAreaM2: 5_000 }],
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([expect.objectContaining({ path: 'phases.0.incubationAreaM2', code: 'phase.incubationArea.exceedsFloorArea' })]);
  });

  it('applies a planner’s edit, bumps the version, and keeps unchanged fields', async () => {
    const carrier = await createAsPlanner();
    const reply = await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: '新运营方' });
    expect(reply.status).toBe(200);
    expect(reply.body.carrier).toMatchObject({ version: 2, operator: '新运营方', name: carrier.name, phases: carrier.phases });
  });

  it('answers 409 with the current version to a stale edit and changes nothing', async () => {
    const carrier = await createAsPlanner();
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'first' });
    const stale = await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'second' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ id: 'stale_version', currentVersion: 2 });
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier.operator).toBe('first');
  });

  it('answers 403 to a manager who does not own the carrier, changes nothing and audits the refusal', async () => {
    const carrier = await createAsPlanner();
    const reply = await manager.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'hijack' });
    expect(reply.status).toBe(403);
    expect(reply.body.error.id).toBe('not_owner');
    expect((await planner.get(`/api/carriers/${carrier.id}`)).body.carrier.operator).toBe(carrier.operator);
    const audit = (await admin.get('/api/audit?action=carrier:update&limit=500')).body.items;
    expect(audit).toContainEqual(expect.objectContaining({ outcome: 'refused', target: expect.objectContaining({ id: carrier.id }) }));
  });
});

describe('DELETE /api/carriers/:id', () => {
  it('soft-deletes: the carrier leaves the list, its history stays, and the name is free again', async () => {
    const carrier = await createAsPlanner({ name: '将被删除的孵化器' });
    expect((await planner.delete(`/api/carriers/${carrier.id}?version=1`)).status).toBe(204);
    expect((await planner.get(`/api/carriers/${carrier.id}`)).status).toBe(404);
    const history = (await planner.get(`/api/carriers/${carrier.id}/history`)).body.items;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual(['carrier:create', 'carrier:delete']);
    expect((await planner.post('/api/carriers', buildCarrier({ name: '将被删除的孵化器' }))).status).toBe(201);
  });

  it('answers 409 to a deletion with a stale version', async () => {
    const carrier = await createAsPlanner();
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, operator: 'x' });
    expect((await planner.delete(`/api/carriers/${carrier.id}?version=1`)).status).toBe(409);
  });
});

describe('GET /api/carriers/:id/history', () => {
  it('lists who changed what, field by field', async () => {
    const carrier = await createAsPlanner();
    await planner.patch(`/api/carriers/${carrier.id}`, { version: 1, phases: [{ ...carrier.phases[0], incubationAreaM2: 11_000 }] });
    const history = (await leader.get(`/api/carriers/${carrier.id}/history`)).body.items;
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      action: 'carrier:update',
      user: { username: 'planner' },
      diff: [{ path: `phases[${carrier.phases[0].id}].incubationAreaM2`, before: 10_000, after: 11_000 }],
    });
  });
});

describe('GET /api/carriers', () => {
  it('filters by kind, tier, district, industry and name, and pages', async () => {
    const tag = `筛选${Date.now()}`;
    await createAsPlanner({ name: `${tag}甲`, kind: 'makerspace', district: 'shaxi', industries: ['materials'], recognitions: [{ tier: 'provincial', year: 2021 }] });
    await createAsPlanner({ name: `${tag}乙`, kind: 'makerspace', district: 'liuhe', industries: ['digital'], recognitions: [] });
    await createAsPlanner({ name: `${tag}丙`, kind: 'accelerator', district: 'shaxi', industries: ['materials'], recognitions: [{ tier: 'national', year: 2020 }] });
    const names = async (query: string) =>
      (await leader.get(`/api/carriers?q=${encodeURIComponent(tag)}&${query}`)).body.items.map((item: { name: string }) => item.name.slice(-1));
    expect(await names('kind=makerspace')).toEqual(['乙', '甲'].sort());
    expect(await names('minTier=provincial')).toEqual(['丙', '甲'].sort());
    expect(await names('district=shaxi&industry=materials')).toEqual(['丙', '甲'].sort());
    const page = (await leader.get(`/api/carriers?q=${encodeURIComponent(tag)}&limit=2&page=2`)).body;
    expect(page).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page.items).toHaveLength(1);
  });

  it('filters by a bounding box and by opening dates', async () => {
    const tag = `范围${Date.now()}`;
    await createAsPlanner({ name: `${tag}内`, location: { type: 'Point', coordinates: [121.1, 31.5] }, phases: [buildPhase({ openedOn: '2022-05-01' })] });
    await createAsPlanner({ name: `${tag}外`, location: { type: 'Point', coordinates: [120.5, 31.2] }, phases: [buildPhase({ openedOn: '2024-05-01' })] });
    const names = async (query: string) =>
      (await leader.get(`/api/carriers?q=${encodeURIComponent(tag)}&${query}`)).body.items.map((item: { name: string }) => item.name.slice(-1));
    expect(await names('bbox=121,31.4,121.2,31.6')).toEqual(['内']);
    expect(await names('openedFrom=2023-01-01')).toEqual(['外']);
    expect(await names('openedTo=2022-12-31')).toEqual(['内']);
  });

  it('answers 400 for a bad filter, naming it', async () => {
    const reply = await leader.get('/api/carriers?limit=501&bbox=1,2,3');
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['bbox', 'limit']);
  });

  it('treats an operator in the query string as a plain value', async () => {
    const reply = await leader.get('/api/carriers?q[$ne]=x');
    expect(reply.status).toBe(400);
  });
});

describe('GET /api/carriers.geojson', () => {
  it('returns compact features and answers 304 to a matching ETag', async () => {
    await createAsPlanner({ name: `地图测试${Date.now()}` });
    const first = await leader.get('/api/carriers.geojson?kind=incubator');
    expect(first.status).toBe(200);
    expect(first.body.type).toBe('FeatureCollection');
    expect(first.body.features[0].properties).toHaveProperty('openAreaM2');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch in Node would otherwise add Cache-Control: no-cache).
    const second = await leader.get('/api/carriers.geojson?kind=incubator', { 'If-None-Match': etag!, 'Cache-Control': 'max-age=0' });
    expect(second.status).toBe(304);
  });

  it('sends the GeoJSON gzipped to a client that accepts gzip, and plain to one that does not', async () => {
    const url = `${app.url}/api/carriers.geojson?region=taicang`;
    const headers = { Cookie: leader.cookieHeader };
    const plain = await rawGet(url, { ...headers, 'Accept-Encoding': 'identity' });
    const zipped = await rawGet(url, { ...headers, 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });
});

