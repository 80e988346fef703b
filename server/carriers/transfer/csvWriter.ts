import Papa from 'papaparse';
import type { Table } from './table';

/** Excel and WPS read a CSV as the ANSI code page unless it starts with a UTF-8 BOM. */
const UTF8_BOM = '\uFEFF';

/**
 * Cells that Excel would run as a formula (OWASP “CSV injection”). papaparse's own pattern
 * ends in `.*$`, which lets a multi-line cell through; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV that opens in Excel and WPS with its Chinese intact: UTF-8 with a BOM, CRLF line
 * ends, and text cells that start like a formula quoted and prefixed with an apostrophe
 * (numbers, negative ones included, are written as numbers).
 */
export function writeCsv(table: Table): Buffer {
  const text = Papa.unparse({ fields: table.headers, data: table.rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return Buffer.from(UTF8_BOM + text + '\r\n', 'utf8');
}
