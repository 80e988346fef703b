import type { IsoDate } from '@shared/dates';
import * as values from '@shared/parse/values';

/** A cell as the readers hand it over: CSV gives text, XLSX also numbers and dates. */
export type CellValue = string | number | Date | null;

/**
 * Text of a cell, trimmed. A leading apostrophe before = + - @ is the one our exports add to
 * defuse formulas (OWASP CSV injection), so it is dropped and the round trip is lossless.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

/*
 * Cells read with the shared readers (shared/parse/values.ts), the same the forms use: an
 * Excel number stays a number, an Excel date a date; text is read as people write it.
 */

/** A number (“12,000”, “１２０００”, “1.2万”, “8000㎡”), scaled by the column's unit. */
export function parseNumber(value: CellValue, scale = 1): number | string | undefined {
  if (value instanceof Date) return cellText(value);
  return values.parseNumber(typeof value === 'number' ? value : cellText(value), scale);
}

/** A calendar date from an Excel date, an Excel day number, or text in any usual form. */
export function parseDate(value: CellValue): IsoDate | string | undefined {
  if (value instanceof Date) return cellText(value) || undefined;
  return values.parseDate(typeof value === 'number' ? value : cellText(value));
}

/** A year: 2021, “2021年”, or a date in that year (Excel turns “2021” into dates). */
export function parseYear(value: CellValue): number | string | undefined {
  if (value instanceof Date) return value.getUTCFullYear();
  return values.parseYear(typeof value === 'number' ? value : cellText(value));
}

export function parseBoolean(value: CellValue): boolean | string | undefined {
  return values.parseBoolean(cellText(value));
}
