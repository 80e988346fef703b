import type { CellValue } from './cells';

/** One spreadsheet row: its number as the spreadsheet shows it (1-based) and its cells. */
export interface SheetRow {
  number: number;
  cells: CellValue[];
}

/** What a reader makes of an uploaded file, whatever its format. */
export interface Sheet {
  format: 'csv' | 'xlsx';
  /** How a CSV was decoded (utf-8, gb18030 …); absent for XLSX. */
  encoding?: string;
  rows: SheetRow[];
  /** Rows the reader could not split cleanly (unbalanced quotes in a CSV). */
  malformedRows: number[];
}
