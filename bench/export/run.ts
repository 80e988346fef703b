/**
 * Export bench (issue 13): `npx tsx bench/export/run.ts [--carriers 23000]`.
 *
 * The registry's XLSX export of `carriers` synthetic carriers (copies of the seed carriers),
 * one row per phase, written twice in the same run from the same table: by the in-memory
 * exceljs Workbook (`writeBuffer`, how the export was written before) and by the streaming
 * writer the export now uses (server/carriers/transfer/xlsxWriter.ts, exceljs
 * WorkbookWriter). Prints seconds, bytes and the ratio. Target: ≤ 5 s for 23,000 carriers.
 */
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import type { CarrierRecord } from '@shared/carriers/record';
import { todayInChina } from '@shared/dates';
import { seedCarriers } from '../../seeds/carriers';
import { toStoredFields } from '../../server/carriers/normalize';
import { carrierTable } from '../../server/carriers/transfer/exportTable';
import type { Table } from '../../server/carriers/transfer/table';
import { writeXlsx } from '../../server/carriers/transfer/xlsxWriter';

const { values } = parseArgs({ options: { carriers: { type: 'string', default: '23000' } } });
const count = Number(values.carriers);

function syntheticRegistry(): CarrierRecord[] {
  const templates = seedCarriers();
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, index) => {
    const template = structuredClone(templates[index % templates.length]!);
    template.name = `${template.name} 合成${index}`.slice(0, 100);
    const fields = toStoredFields(template);
    return { ...fields, id: index.toString(16).padStart(24, '0'), version: 1, createdAt: now, updatedAt: now, provenance: { synthetic: true } } as CarrierRecord;
  });
}

/** The export as it was written before: the whole workbook built in memory, then serialised. */
async function inMemoryXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('载体清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({ header, width: table.columns[index]?.width ?? 16 }));
  for (const row of table.rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function timed(write: () => Promise<Buffer>): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const body = await write();
  return { seconds: (performance.now() - started) / 1000, bytes: body.length };
}

const records = syntheticRegistry();
const tableStarted = performance.now();
const table = carrierTable(records, 'zh', todayInChina());
const tableSeconds = (performance.now() - tableStarted) / 1000;
const before = await timed(() => inMemoryXlsx(table));
const after = await timed(() => writeXlsx([{ name: '载体清单', table }]));
console.log(`registry XLSX export, ${count.toLocaleString('en-US')} carriers, ${table.rows.length.toLocaleString('en-US')} rows (table built in ${tableSeconds.toFixed(2)} s)`);
console.log(`  in-memory Workbook (before): ${before.seconds.toFixed(2)} s, ${(before.bytes / 1e6).toFixed(1)} MB`);
console.log(`  streaming WorkbookWriter (now): ${after.seconds.toFixed(2)} s, ${(after.bytes / 1e6).toFixed(1)} MB`);
console.log(`  ratio before/now: ${(before.seconds / after.seconds).toFixed(2)}×; target ≤ 5 s: ${after.seconds + tableSeconds <= 5 ? 'met' : 'NOT met'}`);
