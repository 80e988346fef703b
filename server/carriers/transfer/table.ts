import type { ColumnSpec } from './columns';

/** A cell of a table to write: text, a number, or empty. Dates are YYYY-MM-DD text. */
export type TableValue = string | number | null;

/** What the CSV and XLSX writers share: columns (with their headers in one language) and rows. */
export interface Table {
  columns: readonly ColumnSpec[];
  headers: string[];
  rows: TableValue[][];
}
