import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { buildCarrier } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

/*
 * The yearly cycle over HTTP. Periods are set explicitly, so the answers do not depend on
 * the day the suite runs: 2024 is open until 2099, 2023 keeps its default dates and is
 * closed (due 2024-02-15).
 */

let app: TestApp;
let planner: ApiClient;
let manager: ApiClient;
let leader: ApiClient;
let admin: ApiClient;
let managerId: string;
let ownCarrier: { id: string; name: string };
let otherCarrier: { id: string; name: string };

const GOOD = { incubatedFirms: 40, newIncubatedFirms: 10, graduatedFirms: 3, financedFirms: 8, siteAreaM2: 12_000, tenantAreaM2: 9_000, publicAreaM2: 2_000, rdSpendKiloYuan: 5_600, staff: 300, mentors: 12 };

beforeAll(async () => {
  app = await startTestApp({ config: { smtp: { jsonTransport: true } } });
  [planner, manager, leader, admin] = await Promise.all([app.as('planner'), app.as('manager'), app.as('leader'), app.as('admin')]);
  managerId = (await manager.get('/api/auth/session')).body.user.id;
  const own = await admin.post('/api/carriers', buildCarrier({ name: '统计测试孵化器', owners: [managerId], contact: { email: 'owner@example.cn' } }));
  const other = await admin.post('/api/carriers', buildCarrier({ name: '别人的孵化器', district: 'chengxiang' }));
  ownCarrier = own.body.carrier;
  otherCarrier = other.body.carrier;
  expect((await planner.put('/api/reporting/periods/2024', { opensOn: '2025-01-01', dueOn: '2099-12-31' })).status).toBe(200);
});
afterAll(async () => {
  await app?.close();
});

describe('PUT /api/carriers/:id/reports/:year', () => {
  it('needs a login', async () => {
    expect((await app.client().put(`/api/carriers/${ownCarrier.id}/reports/2024`, GOOD)).status).toBe(401);
  });

  it('names the field of a cross-field error: tenant plus public area above the site', async () => {
    const reply = await manager.put(`/api/carriers/${ownCarrier.id}/reports/2024`, { ...GOOD, tenantAreaM2: 11_000 });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'tenantAreaM2', code: 'report.area.exceedsSite', message: expect.stringContaining('site area') }]);
  });

  it('refuses more financed firms than incubated ones and negative counts', async () => {
    const reply = await manager.put(`/api/carriers/${ownCarrier.id}/reports/2024`, { ...GOOD, financedFirms: 41, mentors: -1 });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['financedFirms', 'mentors']);
  });

  it('refuses a report for a carrier the manager does not own', async () => {
    const reply = await manager.put(`/api/carriers/${otherCarrier.id}/reports/2024`, GOOD);
    expect(reply.status).toBe(403);
    expect(reply.body.error.id).toBe('not_owner');
  });

  it('refuses a manager’s report for a closed period with the reason', async () => {
    const reply = await manager.put(`/api/carriers/${ownCarrier.id}/reports/2023`, GOOD);
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ id: 'period_closed', message: expect.stringContaining('2024-02-15') });
  });

  it('accepts the late report once a planner reopened the period for that carrier only', async () => {
    await planner.put('/api/reporting/periods/2023', { opensOn: '2024-01-01', dueOn: '2024-02-15', reopenedFor: [ownCarrier.id] });
    const reply = await manager.put(`/api/carriers/${ownCarrier.id}/reports/2023`, { ...GOOD, incubatedFirms: 35, graduatedFirms: 2 });
    expect(reply.status).toBe(202);
    const approved = await planner.post(`/api/changes/${reply.body.change.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.report).toMatchObject({ year: 2023, incubatedFirms: 35, verifiedBy: { username: 'planner' }, submittedBy: { username: 'manager' } });
  });

  it('makes the owner’s report a pending change in the review queue, which does not count until approved', async () => {
    const reply = await manager.put(`/api/carriers/${ownCarrier.id}/reports/2024`, GOOD);
    expect(reply.status).toBe(202);
    expect(reply.body.change).toMatchObject({ subject: 'report', year: 2024, status: 'pending', carrierId: ownCarrier.id });
    const queue = (await planner.get('/api/changes?status=pending')).body.items;
    const queued = queue.find((change: { id: string }) => change.id === reply.body.change.id);
    expect(queued.proposed.figures).toMatchObject({ incubatedFirms: 40, tenantAreaM2: 9_000 });
    expect(queued.diff).toContainEqual(expect.objectContaining({ path: 'incubatedFirms', after: 40 }));
    const before = (await manager.get(`/api/carriers/${ownCarrier.id}/reports/2024`)).body;
    expect(before).toMatchObject({ report: null, pending: { changeId: reply.body.change.id }, period: { state: 'open', acceptsReport: true } });
    // The carrier's record itself is not pending: a report change is not a record change.
    expect((await planner.get(`/api/carriers/${ownCarrier.id}`)).body.carrier.verification.state).toBe('verified');

    expect((await planner.post(`/api/changes/${reply.body.change.id}/approve`)).status).toBe(200);
    const after = (await leader.get(`/api/carriers/${ownCarrier.id}/reports/2024`)).body;
    expect(after.report).toMatchObject({ incubatedFirms: 40, occupancy: 0.75, verifiedBy: { username: 'planner' } });
    expect(after.previous).toMatchObject({ year: 2023, incubatedFirms: 35 });
  });

  it('refuses more graduates than last year’s incubated firms, naming graduatedFirms', async () => {
    const reply = await planner.put(`/api/carriers/${ownCarrier.id}/reports/2025`, { ...GOOD, graduatedFirms: 41 });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([expect.objectContaining({ path: 'graduatedFirms', code: 'report.graduated.exceedsLastYear' })]);
  });

  it('asks for a comment to confirm plausibility warnings, then accepts it', async () => {
    const jump = { ...GOOD, incubatedFirms: 70, financedFirms: 8 };
    const refused = await planner.put(`/api/carriers/${ownCarrier.id}/reports/2025`, jump);
    expect(refused.status).toBe(400);
    expect(refused.body.error.id).toBe('confirmation_required');
    expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: 'incubatedFirms', code: 'report.warning.yearOnYear' })]);
    const confirmed = await planner.put(`/api/carriers/${ownCarrier.id}/reports/2025`, { ...jump, comment: '新楼投用，入驻企业翻倍' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.report).toMatchObject({ year: 2025, incubatedFirms: 70, comment: '新楼投用，入驻企业翻倍' });
  });
});

describe('GET /api/carriers/:id/reports and /:year', () => {
  it('needs a login, a well-formed year, and ownership for a manager', async () => {
    expect((await app.client().get(`/api/carriers/${ownCarrier.id}/reports`)).status).toBe(401);
    const bad = await manager.get(`/api/carriers/${ownCarrier.id}/reports/20x4`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('year');
    expect((await manager.get(`/api/carriers/${otherCarrier.id}/reports`)).status).toBe(403);
    expect((await manager.get(`/api/carriers/${otherCarrier.id}/reports/2024`)).status).toBe(403);
  });

  it('lists the verified reports newest first with the carrier’s freshness', async () => {
    const reply = await manager.get(`/api/carriers/${ownCarrier.id}/reports`);
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((report: { year: number }) => report.year)).toEqual([2025, 2024, 2023]);
    expect(reply.body.freshness).toMatchObject({ lastReportedYear: 2025, stale: false });
  });
});

describe('reporting periods', () => {
  it('are listed for everyone, with their state', async () => {
    expect((await app.client().get('/api/reporting/periods')).status).toBe(401);
    const reply = await manager.get('/api/reporting/periods');
    expect(reply.status).toBe(200);
    expect(reply.body.items.find((period: { year: number }) => period.year === 2024)).toMatchObject({ opensOn: '2025-01-01', dueOn: '2099-12-31', state: 'open', custom: true });
  });

  it('are changed by planners only, with the due date after the opening', async () => {
    expect((await app.client().put('/api/reporting/periods/2022', { opensOn: '2023-01-01', dueOn: '2023-02-15' })).status).toBe(401);
    const bad = await planner.put('/api/reporting/periods/2022', { opensOn: '2023-03-01', dueOn: '2023-02-15' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ path: 'dueOn', code: 'reporting.dueBeforeOpening' });
    expect((await manager.put('/api/reporting/periods/2022', { opensOn: '2023-01-01', dueOn: '2023-02-15' })).status).toBe(403);
    expect((await planner.put('/api/reporting/periods/2022', { opensOn: '2023-01-01', dueOn: '2023-02-20' })).body.period).toMatchObject({ dueOn: '2023-02-20', state: 'closed' });
  });
});

describe('GET /api/reporting/status', () => {
  it('counts expected, submitted, verified and overdue per district and names the overdue owners', async () => {
    expect((await app.client().get('/api/reporting/status?year=2023&region=taicang')).status).toBe(401);
    expect((await planner.get('/api/reporting/status?year=2023')).status).toBe(400);
    expect((await manager.get('/api/reporting/status?year=2023&region=taicang')).status).toBe(403);
    const reply = await leader.get('/api/reporting/status?year=2023&region=taicang');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ year: 2023, expected: 2, submitted: 1, verified: 1, overdue: 1 });
    expect(reply.body.overdueCarriers).toEqual([{ id: otherCarrier.id, name: '别人的孵化器', district: 'chengxiang', owners: [] }]);
    expect(reply.body.districts).toContainEqual({ district: 'chengxiang', expected: 1, submitted: 0, verified: 0, overdue: 1 });
  });
});

describe('POST /api/reporting/reminders', () => {
  it('reminds the owners in the app, and e-mails the carriers’ contacts only through the configured transport', async () => {
    expect((await app.client().post('/api/reporting/reminders', { year: 2026, region: 'taicang' })).status).toBe(401);
    expect((await planner.post('/api/reporting/reminders', { year: 2026 })).status).toBe(400);
    expect((await manager.post('/api/reporting/reminders', { year: 2026, region: 'taicang' })).status).toBe(403);
    const reply = await planner.post('/api/reporting/reminders', { year: 2026, region: 'taicang' });
    expect(reply.status).toBe(200);
    // Both carriers owe 2026; only the manager's has an owner, and only it has a contact e-mail.
    expect(reply.body).toEqual({ carriers: 2, notified: 1, emailed: 1 });
    const mine = (await manager.get('/api/reporting/mine')).body;
    expect(mine.notifications[0].message.en).toContain('统计测试孵化器');
  });

  it('sends no e-mail unless SMTP is configured', () => {
    expect(loadConfig({}).smtp).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.cn:587' }).smtp).toBe('smtp://mail.example.cn:587');
  });
});

describe('GET /api/reporting/export', () => {
  it('needs a login, a known format, and a role that reads statistics', async () => {
    expect((await app.client().get('/api/reporting/export?year=2024&region=taicang')).status).toBe(401);
    const bad = await planner.get('/api/reporting/export?year=2024&region=taicang&format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('format');
    expect((await manager.get('/api/reporting/export?year=2024&region=taicang')).status).toBe(403);
  });

  it('writes the Torch layout as CSV with a BOM: the title, Chinese headers in 千元, one row per verified report', async () => {
    planner.language = 'zh';
    const file = await planner.download('/api/reporting/export?year=2024&region=taicang&format=csv');
    planner.language = 'en';
    expect(file.status).toBe(200);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toContain('2024 年度');
    expect(lines[1]).toContain('研发投入(千元)');
    expect(lines[1]).toContain('孵化场地面积(㎡)');
    expect(lines.filter((line) => line.startsWith('统计测试孵化器'))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith('别人的孵化器'))).toBe(false);
  });

  it('streams the same as XLSX with the title row above the header', async () => {
    planner.language = 'zh';
    const file = await planner.download('/api/reporting/export?year=2024&region=taicang&format=xlsx');
    planner.language = 'en';
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('2024 年度');
    expect(sheet.getRow(2).values).toContain('在孵企业数(家)');
    expect(sheet.getCell('A3').value).toBe('统计测试孵化器');
    expect(sheet.rowCount).toBe(3);
  });
});
