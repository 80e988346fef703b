import { isIsoDate, type IsoDate } from '../dates';

/*
 * One reader per kind of value, as officials write them, shared by the forms and the
 * import: what a person types into the form and what they type into a spreadsheet cell are
 * read the same way. A value that cannot be read is returned as written, so the shared
 * schema refuses it with its usual message ("area must be a number").
 */

const AREA_SUFFIX = /(平方米|平米|㎡|m2|m²|sqm)$/i;

/**
 * A number: "12,000", "１２０００" (full-width), "1.2万", "8000㎡", "12 345". `scale`
 * multiplies it (10,000 for a column headed 万㎡). Blank is undefined.
 */
export function parseNumber(raw: string | number | null | undefined, scale = 1): number | string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? roundFloat(raw * scale) : String(raw);
  const written = raw.trim();
  if (written === '') return undefined;
  let text = written.normalize('NFKC').replace(/[\s,，]/g, '').replace(AREA_SUFFIX, '');
  let multiplier = scale;
  if (text.endsWith('万')) {
    multiplier *= 10_000;
    text = text.slice(0, -1);
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return written;
  return roundFloat(Number(text) * multiplier);
}

/** Avoids 1.2 × 10,000 = 12000.000000000002. */
function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); day 29221 is 1980-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_SERIALS = { min: 29_221, max: 73_415 };

const pad = (part: string) => part.padStart(2, '0');

/**
 * A calendar date from 2023-06-01, 2023/6/1, 2023.6.1, 2023年6月1日, 20230601, or an
 * Excel day number. Month-only dates ("2023年6月") are not completed: a day is not ours to
 * guess. Blank is undefined; anything else comes back as written.
 */
export function parseDate(raw: string | number | null | undefined): IsoDate | string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return dateFromNumber(raw) ?? String(raw);
  const written = raw.trim();
  if (written === '') return undefined;
  const text = written.normalize('NFKC').replace(/\s+/g, ' ');
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (parts) {
    const date = `${parts[1]}-${pad(parts[2]!)}-${pad(parts[3]!)}`;
    return isIsoDate(date) ? date : written;
  }
  if (/^\d{8}$/.test(text)) return dateFromNumber(Number(text)) ?? written;
  return written;
}

function dateFromNumber(value: number): IsoDate | undefined {
  if (Number.isInteger(value) && value >= 19_800_101 && value <= 21_001_231) {
    const digits = String(value);
    const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
    return isIsoDate(date) ? date : undefined;
  }
  if (value >= EXCEL_SERIALS.min && value <= EXCEL_SERIALS.max) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}

/** A year: 2021, "2021", "2021年", "2021年度", or a date in that year. */
export function parseYear(raw: string | number | null | undefined): number | string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return raw;
  const written = raw.trim();
  if (written === '') return undefined;
  const text = written.normalize('NFKC').replace(/\s+/g, '');
  const year = /^(\d{4})年?(度)?$/.exec(text);
  if (year) return Number(year[1]);
  const date = parseDate(written);
  return date && isIsoDate(date) ? Number(date.slice(0, 4)) : written;
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '✗']);

/** 是/否, yes/no, true/false, 1/0, √/×. Blank is undefined. */
export function parseBoolean(raw: string | null | undefined): boolean | string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = raw.trim().normalize('NFKC').toLowerCase();
  if (text === '') return undefined;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return raw.trim();
}
