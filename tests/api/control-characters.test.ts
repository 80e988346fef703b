import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';
import { buildCarrier } from '../support/factories';

/**
 * Security finding 6: names with NUL, BEL or the right-to-left override were accepted by the
 * API and the import and came back in exports. Every text field of the shared tables now
 * refuses them, with a message that says what to do.
 */
let app: TestApp;
let planner: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  planner = await app.as('planner');
});
afterAll(async () => {
  await app?.close();
});

describe('control and bidi-override characters', () => {
  it.each([
    ['NUL in the name', { name: '孵化\u0000器' }, 'name'],
    ['BEL in the operator', { operator: '运营\u0007单位' }, 'operator'],
    ['the right-to-left override in the address', { address: '科教新城\u202E路1号' }, 'address'],
    ['an escape in a phase label', { phases: [{ label: '一\u001b期', status: 'planned', floorAreaM2: 1000 }] }, 'phases.0.label'],
    ['a bidi isolate in the contact person', { contact: { person: '\u2066张三\u2069' } }, 'contact.person'],
  ])('refuses %s through the API, naming the field, and stores nothing', async (_case, overrides, path) => {
    const name = `控制字符${path}`;
    const reply = await planner.post('/api/carriers', buildCarrier({ name, ...(overrides as object) }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toContainEqual(expect.objectContaining({ path, code: 'text.controlCharacters' }));
    expect((await planner.get(`/api/carriers?q=${encodeURIComponent(name)}`)).body.total).toBe(0);
  });

  it('refuses them in an imported file too, on the row and column where they are', async () => {
    const csv = Papa.unparse({
      fields: ['载体名称', '类型', '地区', '状态', '孵化面积(㎡)', '投用日期', '运营单位'],
      data: [['导入控制字符\u202Eexe', '孵化器', '太仓市', '投用', '5000', '2024-05-01', '运营\u0000单位']],
    });
    const reply = await planner.post('/api/carriers/import?dryRun=true', csv, { 'Content-Type': 'text/csv' });
    expect(reply.status).toBe(200);
    expect(reply.body.valid).toBe(0);
    const issues = reply.body.errors.map((issue: { row: number; field: string; code: string }) => [issue.row, issue.field, issue.code]);
    expect(issues).toEqual(expect.arrayContaining([[2, '载体名称', 'text.controlCharacters'], [2, '运营单位', 'text.controlCharacters']]));
  });
});
