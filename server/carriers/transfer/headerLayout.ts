import { cellText, type CellValue } from './cells';
import { columnSpec, matchHeader, type ColumnKey } from './columns';
import type { SheetRow } from './sheet';

/** Rows searched for the header: officials often put a title and a date above it. */
export const HEADER_SEARCH_ROWS = 10;

export interface LocatedColumn {
  index: number;
  /** The header as the file writes it, to name the column in error messages. */
  header: string;
  /** 10,000 for an area column in 万㎡. */
  scale: number;
}

export interface HeaderLayout {
  /** Index into the sheet's rows, and the spreadsheet row number, of the header row. */
  rowIndex: number;
  rowNumber: number;
  columns: Map<ColumnKey, LocatedColumn>;
  /** Headers the import does not read (序号, 备注, the export's 编号 …), as written. */
  ignored: string[];
  /** Second and later headers naming a column already seen, as written. */
  duplicates: string[];
}

/** A header row names the carrier-name column; title rows above it (“太仓市科创载体清单”) do not. */
export function isHeaderRow(cells: CellValue[]): boolean {
  return cells.some((cell) => matchHeader(cellText(cell))?.key === 'name');
}

/** Finds the header row among the first rows and maps each column it names. */
export function locateHeader(rows: SheetRow[]): HeaderLayout | null {
  const rowIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isHeaderRow(row.cells));
  if (rowIndex < 0) return null;
  const headerRow = rows[rowIndex]!;
  const layout: HeaderLayout = { rowIndex, rowNumber: headerRow.number, columns: new Map(), ignored: [], duplicates: [] };
  headerRow.cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const match = matchHeader(header);
    if (!match || !columnSpec(match.key).importable) {
      layout.ignored.push(header);
      return;
    }
    if (layout.columns.has(match.key)) {
      layout.duplicates.push(header);
      return;
    }
    layout.columns.set(match.key, { index, header, scale: match.scale });
  });
  return layout;
}
