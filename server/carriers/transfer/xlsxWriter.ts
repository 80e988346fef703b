import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnType } from './columns';
import type { Table, TableValue } from './table';

export interface WorksheetSpec {
  name: string;
  table: Table;
  /** Widths for tables without column specs (the notes sheets). */
  widths?: number[];
  /** Drop-down lists by header, down to this many data rows. */
  choices?: { header: string; values: string[] }[];
  choiceRows?: number;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** exceljs writes data validations by range but does not declare the collection in its types. */
interface WithDataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * A workbook as officials expect it: a styled, frozen header with filters, sized columns,
 * thousands separators on areas and real dates (Excel sorts and filters them as dates).
 * Text is written as text, so a cell starting with “=” is never a formula here.
 */
export async function writeXlsx(worksheets: WorksheetSpec[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await streamXlsx(worksheets, sink);
  return Buffer.concat(chunks);
}

/**
 * The same workbook written row by row with exceljs's streaming WorkbookWriter: each row is
 * committed (serialised and released) as it is added, so a 23,000-carrier registry never
 * sits in memory as a workbook model. Resolves once the stream has every byte.
 */
export async function streamXlsx(worksheets: WorksheetSpec[], stream: Writable, options: { title?: (sheet: string) => string | undefined } = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  workbook.creator = 'carrier-planner';
  for (const spec of worksheets) addWorksheet(workbook, spec, options.title?.(spec.name));
  await workbook.commit();
}

function addWorksheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: WorksheetSpec, title?: string): void {
  const { table } = spec;
  // A title row (the Torch layout names the period and region above the header) moves the header down one.
  const headerRow = title ? 2 : 1;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  const types = table.headers.map((_, index) => table.columns[index]?.type ?? 'text');
  sheet.columns = table.headers.map((_, index) => {
    const numFmt = numberFormat(types[index]!, table.rows.map((row) => row[index] ?? null));
    return { width: table.columns[index]?.width ?? spec.widths?.[index] ?? 16, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  if (title) {
    const row = sheet.addRow([title]);
    row.font = { bold: true, size: 14 };
    row.height = 26;
    if (table.headers.length > 1) sheet.mergeCells(1, 1, 1, table.headers.length);
    row.commit();
  }
  const header = sheet.addRow(table.headers);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 22;
  header.commit();
  if (table.headers.length) sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: table.headers.length } };
  for (const choice of spec.choices ?? []) {
    const column = table.headers.indexOf(choice.header) + 1;
    if (column === 0) continue;
    const letter = sheet.getColumn(column).letter;
    (sheet as unknown as WithDataValidations).dataValidations.add(`${letter}${headerRow + 1}:${letter}${(spec.choiceRows ?? 1) + headerRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choice.values.join(',')}"`],
    });
  }
  for (const row of table.rows) sheet.addRow(row.map((value, index) => cellValue(value, types[index]!))).commit();
  sheet.commit();
}

function cellValue(value: TableValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null) return null;
  // Dates as UTC midnight: exceljs converts with UTC, so the day never shifts.
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

function numberFormat(type: ColumnType, values: TableValue[]): string | undefined {
  switch (type) {
    case 'area':
      return values.every((value) => typeof value !== 'number' || Number.isInteger(value)) ? '#,##0' : '#,##0.0#';
    case 'coordinate':
      return '0.0000000';
    case 'date':
      return 'yyyy-mm-dd';
    case 'year':
      return '0';
    default:
      return undefined;
  }
}
