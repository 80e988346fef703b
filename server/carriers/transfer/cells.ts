import { isIsoDate, type IsoDate } from '@shared/dates';

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

const AREA_SUFFIX = /(平方米|平米|㎡|m2|m²|sqm)$/i;

/**
 * A number as officials write it: “12,000”, “１２０００”, “1.2万”, “8000㎡”. Returns the
 * number, or the original text when it is not one, so the shared schema names the problem
 * in its own words (“area must be a number”).
 */
export function parseNumber(value: CellValue, scale = 1): number | string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'number') return value * scale;
  const raw = cellText(value);
  if (raw === '') return undefined;
  let text = raw.normalize('NFKC').replace(/[\s,]/g, '').replace(AREA_SUFFIX, '');
  let multiplier = scale;
  if (text.endsWith('万')) {
    multiplier *= 10_000;
    text = text.slice(0, -1);
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return raw;
  // Avoids 1.2 × 10,000 = 12000.000000000002.
  return Number((Number(text) * multiplier).toPrecision(12));
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); day 29221 is 1980-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_SERIALS = { min: 29_221, max: 73_415 };

function pad(part: string): string {
  return part.padStart(2, '0');
}

/**
 * A calendar date from 2023-06-01, 2023/6/1, 2023.6.1, 2023年6月1日, 20230601, an Excel
 * date cell or an Excel day number. Anything else is returned as written, for the schema's
 * date message. Month-only dates (“2023年6月”) are not completed: a day is not ours to guess.
 */
export function parseDate(value: CellValue): IsoDate | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) return cellText(value) || undefined;
  if (typeof value === 'number') return dateFromNumber(value) ?? String(value);
  const raw = cellText(value);
  if (raw === '') return undefined;
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ');
  const written = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (written) {
    const date = `${written[1]}-${pad(written[2]!)}-${pad(written[3]!)}`;
    return isIsoDate(date) ? date : raw;
  }
  if (/^\d{8}$/.test(text)) return dateFromNumber(Number(text)) ?? raw;
  return raw;
}

function dateFromNumber(value: number): IsoDate | undefined {
  if (Number.isInteger(value) && value >= 19_800_101 && value <= 21_001_231) {
    const text = String(value);
    const date = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
    return isIsoDate(date) ? date : undefined;
  }
  if (value >= EXCEL_SERIALS.min && value <= EXCEL_SERIALS.max) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}

/** A year: 2021, “2021”, “2021年”, or a date in that year (Excel turns “2021” into dates). */
export function parseYear(value: CellValue): number | string | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === 'number') return value;
  const raw = cellText(value);
  if (raw === '') return undefined;
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const year = /^(\d{4})年?(度)?$/.exec(text);
  if (year) return Number(year[1]);
  const date = parseDate(raw);
  return date && isIsoDate(date) ? Number(date.slice(0, 4)) : raw;
}
