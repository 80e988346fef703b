import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';
import { buildCarrier } from '../support/factories';

/**
 * The recipe of docs/ARCHITECTURE.md, "Adding a carrier field", proved on a real field:
 * `website` (官网) is declared once, in shared/carriers/fields/carrier.ts, with its two
 * labels, its rules, its column and its form control, and nowhere else. With that alone the
 * API accepts and returns it, history shows its change, the import reads it under its
 * Chinese header and exports write it. (The form's input: client/src/ui/forms/TableFields.test.tsx.)
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

describe('a field declared only in the carrier table', () => {
  it('is accepted, stored and returned by the API', async () => {
    const created = await planner.post('/api/carriers', buildCarrier({ name: '官网测试孵化器', website: 'https://www.example.cn/incubator' }));
    expect(created.status).toBe(201);
    expect(created.body.carrier.website).toBe('https://www.example.cn/incubator');
    const read = await planner.get(`/api/carriers/${created.body.carrier.id}`);
    expect(read.body.carrier.website).toBe('https://www.example.cn/incubator');
  });

  it('is refused with its own message and field when it is not a web address, and nothing is stored', async () => {
    planner.language = 'zh-CN';
    const reply = await planner.post('/api/carriers', buildCarrier({ name: '官网错误孵化器', website: 'javascript:alert(1)' }));
    planner.language = 'en';
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'website', code: 'url.invalid', message: '网址应以 http:// 或 https:// 开头，如 https://www.example.cn' }]);
    expect((await planner.get('/api/carriers?q=官网错误孵化器')).body.total).toBe(0);
  });

  it('shows its change in the carrier’s history', async () => {
    const created = (await planner.post('/api/carriers', buildCarrier({ name: '官网历史孵化器' }))).body.carrier;
    const edited = await planner.patch(`/api/carriers/${created.id}`, { version: created.version, website: 'https://history.example.cn' });
    expect(edited.status).toBe(200);
    const history = (await planner.get(`/api/carriers/${created.id}/history`)).body.items as Array<{ action: string; diff: Array<{ path: string; before: unknown; after: unknown }> }>;
    const update = history.find((entry) => entry.action === 'carrier:update')!;
    expect(update.diff).toContainEqual({ path: 'website', before: undefined, after: 'https://history.example.cn' });
  });

  it('is read by the import under its Chinese header, and written by the CSV export under it', async () => {
    const csv = Papa.unparse({
      fields: ['载体名称', '类型', '地区', '状态', '孵化面积(㎡)', '投用日期', '官网'],
      data: [['官网导入孵化器', '孵化器', '太仓市', '投用', '5000', '2024-05-01', 'https://import.example.cn']],
    });
    const imported = await planner.post('/api/carriers/import?dryRun=false', csv, { 'Content-Type': 'text/csv' });
    expect(imported.status).toBe(201);
    const listed = (await planner.get('/api/carriers?q=官网导入孵化器')).body.items[0];
    expect(listed.website).toBe('https://import.example.cn');

    planner.language = 'zh-CN';
    const exported = await planner.download('/api/carriers/export?format=csv&q=官网导入孵化器');
    planner.language = 'en';
    const table = Papa.parse<string[]>(new TextDecoder().decode(exported.bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = table[0]!;
    const row = table.find((cells) => cells.includes('官网导入孵化器'))!;
    expect(row[header.indexOf('官网')]).toBe('https://import.example.cn');
  });
});
