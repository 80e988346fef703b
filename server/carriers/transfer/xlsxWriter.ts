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
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'carrier-planner';
  for (const spec of worksheets) addWorksheet(workbook, spec);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addWorksheet(workbook: ExcelJS.Workbook, spec: WorksheetSpec): void {
  const { table } = spec;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const types = table.headers.map((_, index) => table.columns[index]?.type ?? 'text');
  sheet.columns = table.headers.map((header, index) => {
    const numFmt = numberFormat(types[index]!, table.rows.map((row) => row[index] ?? null));
    return { header, width: table.columns[index]?.width ?? spec.widths?.[index] ?? 16, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  for (const row of table.rows) sheet.addRow(row.map((value, index) => cellValue(value, types[index]!)));
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 22;
  if (table.headers.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  for (const choice of spec.choices ?? []) {
    const column = table.headers.indexOf(choice.header) + 1;
    if (column === 0) continue;
    const letter = sheet.getColumn(column).letter;
    (sheet as unknown as WithDataValidations).dataValidations.add(`${letter}2:${letter}${(spec.choiceRows ?? 1) + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choice.values.join(',')}"`],
    });
  }
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
