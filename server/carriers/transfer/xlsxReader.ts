import ExcelJS from 'exceljs';
import type { CellValue } from './cells';
import type { SheetRow } from './sheet';

/**
 * Reads every worksheet of a workbook, in order, as rows of plain values: formulas give
 * their cached result, rich text its plain text, hyperlinks their label, dates stay dates.
 */
export async function readXlsxWorksheets(bytes: Uint8Array): Promise<SheetRow[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; a copy gives one of exactly the file's bytes.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets.map(rowsOf);
}

function rowsOf(worksheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values;
    // row.values is 1-based (index 0 is unused) and sparse.
    const cells = Array.isArray(values) ? Array.from({ length: Math.max(0, values.length - 1) }, (_, index) => plainValue(values[index + 1])) : [];
    rows.push({ number, cells });
  });
  return rows;
}

export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result ?? null);
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}
