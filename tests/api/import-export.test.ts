import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'express';
import { carrierService } from '../../server/carriers/service';
import { commitImport } from '../../server/carriers/transfer/commitImport';
import { importBatchModel } from '../../server/carriers/transfer/importBatch';
import { recoverIncompleteImports } from '../../server/carriers/transfer/recovery';
import { changeService } from '../../server/changes/service';
import { buildCarrier, buildPhase } from '../support/factories';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's headers, as officials write them. */
// The template's headers: every field of the carrier tables with a spreadsheet column, in table order.
const HEADERS = [
  '载体名称', '类型', '地区', '区镇', '级别', '认定年份', '认定文件日期', '认定文号', '状态', '孵化面积(㎡)', '建筑面积(㎡)',
  '开工日期', '计划投用日期', '投用日期', '运营单位', '地址', '官网', '运营起始日期', '宿主面积不含本载体', '产业领域', '经度', '纬度', '坐标系', '联系人', '联系电话', '电子邮箱',
] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, string | number>>;

/** A valid, open Taicang incubator; each test overrides what it is about. */
function row(name: string, overrides: Row = {}): Row {
  return {
    载体名称: name,
    类型: '孵化器',
    地区: '太仓市',
    区镇: '太仓高新区',
    级别: '省级',
    认定年份: 2021,
    '孵化面积(㎡)': 10_000,
    '建筑面积(㎡)': 12_000,
    状态: '投用',
    开工日期: '2021-03-01',
    投用日期: '2023-06-01',
    地址: '太仓市科教新城',
    经度: 121.13,
    纬度: 31.46,
    坐标系: 'WGS-84',
    运营单位: '太仓市科技创业服务中心',
    产业领域: '生物医药、高端装备',
    ...overrides,
  };
}

function csvOf(rows: Row[], headers: readonly string[] = HEADERS): string {
  return Papa.unparse({ fields: [...headers], data: rows.map((values) => headers.map((header) => values[header as Header] ?? '')) });
}

let app: TestApp;
let planner: ApiClient;
let manager: ApiClient;
let leader: ApiClient;
let admin: ApiClient;
let tagCount = 0;

/** A name prefix no other test uses: every test shares one database. */
const uniqueTag = () => `导入${Date.now().toString(36)}${(tagCount += 1)}`;

beforeAll(async () => {
  app = await startTestApp();
  [planner, manager, leader, admin] = await Promise.all([app.as('planner'), app.as('manager'), app.as('leader'), app.as('admin')]);
});
afterAll(async () => {
  await app?.close();
});

function importCsv(client: ApiClient, body: string | Uint8Array, query = 'dryRun=true', contentType = 'text/csv') {
  return client.post(`/api/carriers/import?${query}`, body, { 'Content-Type': contentType });
}

/** Downloads as bytes: ApiClient decodes text, which would hide the BOM and break XLSX. */
async function download(client: ApiClient, path: string) {
  const response = await fetch(app.url + path, { headers: { Cookie: client.cookieHeader, 'Accept-Language': client.language } });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function carriersNamed(tag: string) {
  return (await planner.get(`/api/carriers?q=${encodeURIComponent(tag)}&limit=500`)).body.items as { name: string; location: { coordinates: number[] } | null; phases: unknown[] }[];
}

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** Node has no GBK encoder; this one inverts the GB18030 decoder over GBK's two-byte range. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail !== 0x7f) codes.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((character) => (character.charCodeAt(0) < 0x80 ? [character.charCodeAt(0)] : codes.get(character)!)));
}

async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  for (const values of rows) sheet.addRow(values);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('POST /api/carriers/import', () => {
  it('answers 401 without a login', async () => {
    expect((await importCsv(app.client(), csvOf([row('x')]))).status).toBe(401);
  });

  it('answers 400 naming the query parameter when dryRun is neither true nor false', async () => {
    const reply = await importCsv(planner, csvOf([row('x')]), 'dryRun=maybe');
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'dryRun', code: 'boolean', message: 'must be true or false' }]);
  });

  it('lists every bad row with its spreadsheet row, column and message, and stores nothing', async () => {
    const tag = uniqueTag();
    const file = csvOf([
      row(`${tag}甲`),
      row(''),
      row(`${tag}乙`, { 类型: '孵化园' }),
      row(`${tag}丙`, { '孵化面积(㎡)': 0 }),
      row(`${tag}丁`, { 经度: 999 }),
      row(`${tag}戊`, { 投用日期: '' }),
      row(`${tag}甲`),
    ]);
    const reply = await importCsv(planner, file);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ dryRun: true, rows: 7, valid: 1 });
    expect(reply.body.errors).toEqual([
      { row: 3, field: '载体名称', path: 'name', code: 'carrier.name.required', message: 'name is required' },
      { row: 4, field: '类型', path: 'kind', code: 'carrier.kind.invalid', message: 'kind must be makerspace, incubator or accelerator' },
      { row: 5, field: '孵化面积(㎡)', path: 'phases.0.incubationAreaM2', code: 'area.positive', message: 'area must be greater than 0' },
      { row: 6, field: '经度', path: 'location.coordinates.0', code: 'location.longitude.range', message: 'longitude must be between -180 and 180' },
      { row: 7, field: '投用日期', path: 'phases.0.openedOn', code: 'phase.openedOn.required', message: 'opening date is required when a phase is open' },
      {
        row: 8,
        field: '载体名称',
        path: 'name',
        code: 'import.name.duplicateInFile',
        message: 'another row has the same name in the same region; one row is one carrier (one phase) — add further phases in the form',
      },
    ]);
    expect(await carriersNamed(tag)).toEqual([]);
  });

  it('answers in Chinese to a Chinese caller and names the column as the file writes it', async () => {
    const chinese = await app.as('planner');
    chinese.language = 'zh-CN';
    const headers = HEADERS.map((header) => (header === '孵化面积(㎡)' ? '孵化面积（平方米） ' : header));
    const file = csvOf([{ ...row(''), '孵化面积(㎡)': '' }], headers);
    const reply = await importCsv(chinese, file);
    expect(reply.body.errors).toEqual([
      { row: 2, field: '载体名称', path: 'name', code: 'carrier.name.required', message: '请填写载体名称' },
      { row: 2, field: '孵化面积（平方米）', path: 'phases.0.incubationAreaM2', code: 'phase.incubationArea.required', message: '已投用的分期必须填写孵化面积' },
    ]);
  });

  it('answers 403 to a leader, who only reads, and audits the refusal', async () => {
    const reply = await importCsv(leader, csvOf([row('领导导入')]));
    expect(reply.status).toBe(403);
    const audit = (await admin.get('/api/audit?action=carrier:import&limit=500')).body.items;
    expect(audit).toContainEqual(expect.objectContaining({ outcome: 'refused' }));
  });

  it('answers 415 to a body that is neither CSV nor XLSX, and to a legacy .xls file', async () => {
    const json = await planner.post('/api/carriers/import?dryRun=true', { rows: [] });
    expect(json.status).toBe(415);
    expect(json.body.error.id).toBe('unsupported_file_type');
    const legacy = await importCsv(planner, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'dryRun=true', 'application/vnd.ms-excel');
    expect(legacy.status).toBe(415);
    expect(legacy.body.error.id).toBe('legacy_excel_file');
  });

  it('answers 413 to a file over 5 MB', async () => {
    const reply = await importCsv(planner, new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41));
    expect(reply.status).toBe(413);
    expect(reply.body.error).toEqual({ id: 'file_too_large', message: 'The file is too large (limit 5 MB); split it and import the parts' });
  });

  it('answers 400 to more than 5,000 rows, before checking any of them', async () => {
    const rows = Array.from({ length: 5_001 }, (_, index) => `大文件${index},孵化器,太仓市,,,,100,,规划`);
    const reply = await importCsv(planner, ['载体名称,类型,地区,区镇,级别,认定年份,孵化面积(㎡),建筑面积(㎡),状态', ...rows].join('\n'));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ id: 'too_many_rows', rows: 5_001, limit: 5_000 });
  });

  it('answers 400 to an XLSX that is not a workbook', async () => {
    const reply = await importCsv(planner, 'not a zip at all', 'dryRun=true', XLSX_TYPE);
    expect(reply.status).toBe(400);
    expect(reply.body.error.id).toBe('unreadable_file');
  });

  it('reports a missing column once, on the header row, instead of on every row', async () => {
    const reply = await importCsv(planner, csvOf([row('缺列')], HEADERS.filter((header) => header !== '状态')));
    expect(reply.body.errors).toEqual([
      { row: 1, field: 'Status', path: '', code: 'import.column.missing', message: 'this column is missing; use the headers of the import template' },
    ]);
  });

  it('previews valid rows as they would be stored, and stores nothing on a dry run', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(planner, csvOf([row(`${tag}甲`), row(`${tag}乙`, { 状态: '在建', 投用日期: '', 计划投用日期: '2026/9/1' })]));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ dryRun: true, format: 'csv', encoding: 'utf-8', rows: 2, valid: 2, errors: [], ignoredColumns: [] });
    expect(reply.body.preview[0]).toMatchObject({
      row: 2,
      carrier: {
        name: `${tag}甲`,
        kind: 'incubator',
        region: 'taicang',
        district: 'hitech',
        industries: ['biomedicine', 'equipment'],
        phases: [{ label: '一期', incubationAreaM2: 10_000, floorAreaM2: 12_000, status: 'open', openedOn: '2023-06-01' }],
        recognitions: [{ tier: 'provincial', year: 2021 }],
      },
      derived: { currentTier: 'provincial', openIncubationAreaM2: 10_000 },
    });
    expect(reply.body.preview[1].carrier.phases[0]).toMatchObject({ status: 'under_construction', plannedOpeningOn: '2026-09-01' });
    expect(await carriersNamed(tag)).toEqual([]);
  });

  it('commits every row of a valid file as verified carriers, with one audit entry for the import', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(planner, csvOf([row(`${tag}甲`), row(`${tag}乙`), row(`${tag}丙`, { 类型: '众创空间', 级别: '', 认定年份: '' })]), 'dryRun=false');
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ dryRun: false, mode: 'verified', rows: 3, imported: 3 });
    expect(reply.body.carriers.map((carrier: { row: number }) => carrier.row)).toEqual([2, 3, 4]);
    const stored = await carriersNamed(tag);
    expect(stored).toHaveLength(3);
    expect(stored).toContainEqual(expect.objectContaining({ name: `${tag}丙`, kind: 'makerspace', recognitions: [], verification: { state: 'verified' } }));
    const audit = (await admin.get('/api/audit?action=carrier:import&limit=500')).body.items;
    const entries = audit.filter((entry: { details?: { batchId?: string } }) => entry.details?.batchId === reply.body.batchId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'success', details: { mode: 'verified', imported: 3 } });
  });

  it('stores nothing when one row of the file is bad, and answers 400 with the dry run’s error list', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(planner, csvOf([row(`${tag}甲`), row(`${tag}乙`), row(`${tag}丙`, { 经度: 121.13, 纬度: '' })]), 'dryRun=false');
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({
      id: 'import_invalid',
      rows: 3,
      valid: 2,
      errors: [{ row: 4, field: '纬度', path: 'location.coordinates.1', code: 'import.coordinates.pair', message: 'longitude and latitude must be given together' }],
    });
    expect(await carriersNamed(tag)).toEqual([]);
  });

  it('refuses names already registered in the region or waiting for review', async () => {
    const tag = uniqueTag();
    expect((await planner.post('/api/carriers', buildCarrier({ name: `${tag}已登记` }))).status).toBe(201);
    expect((await manager.post('/api/carriers', buildCarrier({ name: `${tag}待审核` }))).status).toBe(202);
    const reply = await importCsv(planner, csvOf([row(`${tag}已登记`), row(`${tag}待审核`), row(`${tag}已登记`, { 地区: '昆山市', 区镇: '花桥镇' })]));
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ row: 2, path: 'name', code: 'carrier.name.duplicate' }),
      expect.objectContaining({ row: 3, path: 'name', code: 'carrier.name.duplicate' }),
    ]);
  });

  it('turns a manager’s import into one pending create per row, owned by the manager', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(manager, csvOf([row(`${tag}甲`), row(`${tag}乙`)]), 'dryRun=false');
    expect(reply.status).toBe(202);
    expect(reply.body).toMatchObject({ mode: 'reported', imported: 2 });
    expect(await carriersNamed(tag)).toEqual([]);
    const pending = (await planner.get('/api/changes?status=pending')).body.items.filter((change: { carrierName: string }) => change.carrierName.startsWith(tag));
    expect(pending).toHaveLength(2);
    const session = (await manager.get('/api/auth/session')).body;
    for (const change of pending) {
      expect(change).toMatchObject({ action: 'create', submittedBy: { username: 'manager' } });
      expect(change.proposed.owners).toEqual([session.user.id]);
    }
    const approved = await planner.post(`/api/changes/${pending[0].id}/approve`);
    expect(approved.body.carrier).toMatchObject({ name: pending[0].carrierName, owners: [session.user.id] });
  });

  it('converts GCJ-02 coordinates copied from Gaode to WGS-84', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(planner, csvOf([row(`${tag}高德`, { 坐标系: 'GCJ-02' }), row(`${tag}未注明`, { 坐标系: '' })]), 'dryRun=false');
    expect(reply.status).toBe(201);
    expect(reply.body.warnings).toEqual([expect.objectContaining({ row: 3, field: '坐标系', code: 'import.datum.assumedWgs84' })]);
    const [gaode] = await carriersNamed(`${tag}高德`);
    expect(gaode!.location!.coordinates[0]).toBeCloseTo(121.1253763, 5);
    expect(gaode!.location!.coordinates[1]).toBeCloseTo(31.4617766, 5);
    const [unstated] = await carriersNamed(`${tag}未注明`);
    expect(unstated!.location!.coordinates).toEqual([121.13, 31.46]);
  });

  it('reads an XLSX with a title row above the headers, Excel dates, 万㎡ areas and a totals row', async () => {
    const tag = uniqueTag();
    const file = await xlsxOf([
      ['太仓市科创载体清单（2025年）'],
      ['序号', '载体名称', '类型', '区镇', '孵化面积（万㎡）', '状态', '投用日期', '备注'],
      [1, `${tag}甲`, '科技企业孵化器', '城厢镇', 1.2, '已投用', new Date(Date.UTC(2023, 5, 1)), ''],
      [2, `${tag}乙`, '加速器', '娄江新城', 3, '在建', null, '二期另报'],
      ['合计', '', '', '', 4.2, '', null, ''],
    ]);
    const reply = await importCsv(planner, file, 'dryRun=false', XLSX_TYPE);
    expect(reply.status).toBe(201);
    expect(reply.body.warnings).toEqual([expect.objectContaining({ row: 5, code: 'import.row.totalSkipped' })]);
    const stored = await carriersNamed(tag);
    expect(stored).toEqual([
      expect.objectContaining({ name: `${tag}乙`, kind: 'accelerator', region: 'taicang', district: 'loujiang', phases: [expect.objectContaining({ incubationAreaM2: 30_000, status: 'under_construction' })] }),
      expect.objectContaining({ name: `${tag}甲`, kind: 'incubator', district: 'chengxiang', phases: [expect.objectContaining({ incubationAreaM2: 12_000, openedOn: '2023-06-01' })] }),
    ]);
  });

  it('reads a CSV that WPS saved in GBK', async () => {
    const tag = uniqueTag();
    const reply = await importCsv(planner, encodeGbk(csvOf([row(`${tag}国标`)])));
    expect(reply.body).toMatchObject({ encoding: 'gb18030', rows: 1, valid: 1, errors: [] });
    expect(reply.body.preview[0].carrier).toMatchObject({ name: `${tag}国标`, district: 'hitech' });
  });

  it('removes what it stored when a name is taken while it commits, and answers 409', async () => {
    const tag = uniqueTag();
    const { context } = app.planner;
    expect((await planner.post('/api/carriers', buildCarrier({ name: `${tag}乙` }))).status).toBe(201);
    // Rows validated before `${tag}乙` was registered: the unique index catches the second one.
    const accepted = [buildCarrier({ name: `${tag}甲` }), buildCarrier({ name: `${tag}乙` })].map((carrier, index) => ({ row: index + 2, carrier }));
    const actor = { id: '0123456789abcdef01234567', username: 'planner', role: 'planner' as const };
    const changes = changeService(context, carrierService(context));
    await expect(commitImport(context, changes, actor, {} as Request, accepted, { format: 'csv', rows: 2 })).rejects.toMatchObject({ status: 409, id: 'duplicate_name' });
    expect((await carriersNamed(tag)).map((carrier) => carrier.name)).toEqual([`${tag}乙`]);
    const batches = await importBatchModel(context.db.models.Carrier.db).find({ actorId: actor.id }).lean();
    expect(batches.map((batch) => batch.status)).toEqual(['rolled_back']);
    const audit = (await admin.get('/api/audit?action=carrier:import&limit=500')).body.items;
    expect(audit).toContainEqual(expect.objectContaining({ outcome: 'failed', details: expect.objectContaining({ batchId: batches[0]!._id, rolledBack: true }) }));
  });

  it('undoes a commit that a crash left running, once it is stale', async () => {
    const tag = uniqueTag();
    const { models } = app.planner.context.db;
    const reply = await importCsv(planner, csvOf([row(`${tag}甲`), row(`${tag}乙`)]), 'dryRun=false');
    const batchId: string = reply.body.batchId;
    // As if the process died after inserting: the batch is back to running, not committed.
    const Batch = importBatchModel(models.Carrier.db);
    await Batch.updateOne({ _id: batchId }, { $set: { status: 'running', startedAt: new Date(Date.now() - 60 * 60 * 1000) } });
    const result = await recoverIncompleteImports(models);
    expect(result.rolledBack).toContain(batchId);
    expect(await carriersNamed(tag)).toEqual([]);
    expect((await Batch.findById(batchId).lean())!.status).toBe('rolled_back');
    expect((await recoverIncompleteImports(models)).rolledBack).not.toContain(batchId);
  });

  it('leaves a running commit alone while it is recent: another instance may be working on it', async () => {
    const tag = uniqueTag();
    const { models } = app.planner.context.db;
    const reply = await importCsv(planner, csvOf([row(`${tag}甲`)]), 'dryRun=false');
    const Batch = importBatchModel(models.Carrier.db);
    await Batch.updateOne({ _id: reply.body.batchId }, { $set: { status: 'running' } });
    expect((await recoverIncompleteImports(models)).rolledBack).not.toContain(reply.body.batchId);
    expect(await carriersNamed(tag)).toHaveLength(1);
    await Batch.updateOne({ _id: reply.body.batchId }, { $set: { status: 'done' } });
  });
});

describe('GET /api/carriers/import/template', () => {
  it('answers 401 without a login, 400 for an unknown format and 403 to a leader', async () => {
    expect((await app.client().get('/api/carriers/import/template')).status).toBe(401);
    const bad = await planner.get('/api/carriers/import/template?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'format', code: 'import.template.format', message: 'format must be csv or xlsx' }]);
    expect((await leader.get('/api/carriers/import/template')).status).toBe(403);
  });

  it('gives a CSV with a BOM, the official Chinese headers and an example row that imports cleanly', async () => {
    const file = await download(planner, '/api/carriers/import/template?format=csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="carrier-import-template.csv"; filename*=UTF-8''${encodeURIComponent('载体导入模板.csv')}`);
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(HEADERS.join(','));
    const reply = await importCsv(planner, file.bytes);
    expect(reply.body).toMatchObject({ rows: 1, valid: 1, errors: [], warnings: [expect.objectContaining({ code: 'import.row.exampleKept' })] });
  });

  it('gives an XLSX with drop-downs and instructions whose example row imports cleanly', async () => {
    const file = await download(planner, '/api/carriers/import/template?format=xlsx');
    const workbook = await workbookOf(file.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['载体', '填写说明']);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const reply = await importCsv(planner, file.bytes, 'dryRun=true', XLSX_TYPE);
    expect(reply.body).toMatchObject({ format: 'xlsx', rows: 1, valid: 1, errors: [] });
    expect(reply.body.preview[0].carrier.location.coordinates[0]).toBeCloseTo(121.1253763, 5);
  });
});

describe('GET /api/carriers/export', () => {
  let tag: string;

  beforeAll(async () => {
    tag = uniqueTag();
    const create = (overrides: Parameters<typeof buildCarrier>[0]) => planner.post('/api/carriers', buildCarrier(overrides));
    await create({ name: `${tag}两期`, phases: [buildPhase(), buildPhase({ label: '二期', status: 'under_construction', openedOn: undefined, plannedOpeningOn: '2026-12-01', incubationAreaM2: 5_000, floorAreaM2: 6_000 })] });
    await create({ name: `${tag}众创`, kind: 'makerspace', district: 'shaxi', industries: ['digital'], recognitions: [{ tier: 'national', year: 2019 }, { tier: 'provincial', year: 2017 }] });
    await create({ name: `=HYPERLINK("http://evil")${tag}`, location: null, district: 'overseas' });
  });

  const exportOf = (client: ApiClient, query: string) => download(client, `/api/carriers/export?q=${encodeURIComponent(tag)}&${query}`);

  it('answers 401 without a login and 400 naming a bad format', async () => {
    expect((await app.client().get('/api/carriers/export')).status).toBe(401);
    const reply = await leader.get('/api/carriers/export?format=pdf');
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields).toEqual([{ path: 'format', code: 'query.format', message: 'format must be csv, xlsx or geojson' }]);
  });

  it('gives a Chinese caller a CSV with a BOM, Chinese headers and one row per phase', async () => {
    const chinese = await app.as('leader');
    chinese.language = 'zh-CN';
    const file = await exportOf(chinese, 'format=csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="carriers-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''%E8%BD%BD%E4%BD%93%E6%B8%85%E5%8D%95-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(file.bytes.slice(3)), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(4);
    const twoPhases = parsed.data.filter((line) => line['载体名称'] === `${tag}两期`);
    expect(twoPhases.map((line) => [line['分期'], line['孵化面积(㎡)'], line['状态']])).toEqual([['一期', '10000', '投用'], ['二期', '5000', '在建']]);
    expect(twoPhases[0]).toMatchObject({ 类型: '孵化器', 地区: '太仓市', 区镇: '太仓高新区', 级别: '苏州市级', 产业领域: '生物医药', 坐标系: 'WGS-84' });
    const makerspace = parsed.data.find((line) => line['载体名称'] === `${tag}众创`)!;
    expect(makerspace).toMatchObject({ 级别: '国家级', 认定年份: '2019', 认定记录: '国家级 2019；省级 2017' });
  });

  it('defuses a name that Excel would run as a formula', async () => {
    const file = await exportOf(planner, 'format=csv');
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")${tag}"`);
  });

  it('gives an English caller English headers and the API identifiers, which the import reads back', async () => {
    const file = await exportOf(planner, 'format=csv&kind=makerspace');
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(file.bytes.slice(3)), { header: true, skipEmptyLines: true });
    expect(parsed.data).toEqual([expect.objectContaining({ Name: `${tag}众创`, Kind: 'makerspace', Region: 'taicang', District: 'shaxi', Tier: 'national', Industries: 'digital' })]);
    const reply = await importCsv(planner, file.bytes);
    expect(reply.body).toMatchObject({ rows: 1, ignoredColumns: ['Recognitions', 'ID'] });
    expect(reply.body.errors).toEqual([expect.objectContaining({ row: 2, code: 'carrier.name.duplicate' })]);
  });

  it('gives an XLSX that Excel opens: styled header, one row per phase, real dates', async () => {
    const file = await exportOf(planner, 'format=xlsx');
    expect(file.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = await workbookOf(file.bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Carriers');
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    expect(sheet.actualRowCount).toBe(1 + 4);
    const openedColumn = (sheet.getRow(1).values as string[]).indexOf('Opened');
    const opened = [2, 3, 4, 5].map((number) => sheet.getRow(number).getCell(openedColumn).value).find((value) => value instanceof Date);
    expect(opened).toEqual(new Date('2023-06-01T00:00:00Z'));
    expect(workbook.getWorksheet('About')).toBeDefined();
  });

  it('gives GeoJSON in WGS-84 with one feature per carrier, located or not', async () => {
    const file = await exportOf(planner, 'format=geojson');
    expect(file.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(3);
    expect(collection.features.filter((feature: { geometry: unknown }) => feature.geometry === null)).toHaveLength(1);
    expect(collection.features[0].properties).toHaveProperty('openIncubationAreaM2');
  });

  it('applies the list’s filters to every format', async () => {
    const csv = await exportOf(planner, 'format=csv&minTier=provincial');
    expect(Papa.parse(new TextDecoder().decode(csv.bytes.slice(3)), { header: true, skipEmptyLines: true }).data).toHaveLength(1);
    const geojson = JSON.parse(new TextDecoder().decode((await exportOf(planner, 'format=geojson&district=hitech')).bytes));
    expect(geojson.features.map((feature: { properties: { name: string } }) => feature.properties.name)).toEqual([`${tag}两期`]);
  });
});

describe('after an import', () => {
  it('lists the import in each imported carrier’s history and counts it in progress at once', async () => {
    const app = await startTestApp();
    try {
      const planner = await app.as('planner');
      const before = (await planner.get('/api/regions/taicang/progress?asOf=2025-12-31')).body.targets.find((t: { id: string }) => t.id === 'A1').actual;
      const csv = '\uFEFF载体名称,类型,地区,区镇,孵化面积(㎡),状态,投用日期\n历史测试孵化器,孵化器,太仓市,沙溪镇,4321,投用,2024-05-01\n';
      const committed = await planner.post('/api/carriers/import?dryRun=false', csv, { 'Content-Type': 'text/csv' });
      expect(committed.status).toBe(201);
      const id = committed.body.carriers[0].id;
      const history = (await planner.get(`/api/carriers/${id}/history`)).body.items;
      expect(history.map((entry: { action: string }) => entry.action)).toEqual(['carrier:import']);
      const after = (await planner.get('/api/regions/taicang/progress?asOf=2025-12-31')).body.targets.find((t: { id: string }) => t.id === 'A1').actual;
      expect(after - before).toBe(4_321);
    } finally {
      await app.close();
    }
  });
});
