import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../server/carriers/transfer/upload';
import { uploadParsing } from '../../server/uploads/parseSlots';
import { startTestApp, type ApiClient, type TestApp } from '../support/api';
import { lyingWorkbook } from '../support/zipBomb';

let app: TestApp;
let manager: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  manager = await app.as('manager');
});
afterAll(async () => {
  await app?.close();
});

const MB = 1024 * 1024;

async function honestWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('载体').addRows([
    ['载体名称', '类型', '地区', '区镇', '分期', '状态', '孵化面积（㎡）', '投用日期'],
    ['上传测试孵化器', '孵化器', '太仓市', '城厢镇', '一期', '已投用', 3000, '2024-05-01'],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const upload = (bytes: Uint8Array) => manager.post('/api/carriers/import?dryRun=true', bytes, { 'Content-Type': XLSX_CONTENT_TYPE });

describe('an XLSX upload cannot exhaust memory', () => {
  it('refuses a workbook that declares 100 kB but inflates to 1 GB, without inflating it and without growing the process', async () => {
    const bomb = await lyingWorkbook({ inflatedBytes: 1024 * MB, declaredBytes: 100_000 });
    expect(bomb.length).toBeLessThan(1.2 * MB);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const reply = await upload(bomb);
    const grownBy = process.memoryUsage().rss - before;
    expect(reply.status).toBe(413);
    expect(reply.body.error.id).toBe('workbook_too_large');
    // Inflating 1 GB into memory (what exceljs did) grows the process by about a gigabyte and takes seconds.
    expect(grownBy).toBeLessThan(300 * MB);
  });

  it('still reads an honest workbook after the bomb was refused', async () => {
    const reply = await upload(await honestWorkbook());
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ dryRun: true, rows: 1 });
  });

  it('parses at most two uploads at once: a third gets 503 with Retry-After and nothing else changes', async () => {
    const releases: Array<() => void> = [];
    const held = [0, 1].map(() => uploadParsing.run(() => new Promise<void>((resolve) => releases.push(resolve))));
    try {
      const reply = await upload(await honestWorkbook());
      expect(reply.status).toBe(503);
      expect(reply.headers.get('retry-after')).toBe('5');
      expect(reply.body.error.id).toBe('uploads_busy');
    } finally {
      releases.forEach((release) => release());
      await Promise.all(held);
    }
    expect((await upload(await honestWorkbook())).status).toBe(200);
  });
});
