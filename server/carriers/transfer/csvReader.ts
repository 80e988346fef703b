import Papa from 'papaparse';
import { decodeText } from './decodeText';
import type { Sheet } from './sheet';

/**
 * Reads a CSV upload into rows. Each record is one spreadsheet row (a quoted cell may span
 * lines, as Excel writes them); the delimiter is guessed, since Excel's “Unicode text”
 * export uses tabs and some locales semicolons.
 */
export function readCsv(bytes: Uint8Array, declaredCharset?: string): Sheet {
  const { text, encoding } = decodeText(bytes, declaredCharset);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  const malformedRows = [...new Set(parsed.errors.filter((error) => error.type === 'Quotes' && error.row !== undefined).map((error) => error.row! + 1))];
  return {
    format: 'csv',
    encoding,
    rows: parsed.data.map((cells, index) => ({ number: index + 1, cells })),
    malformedRows,
  };
}
