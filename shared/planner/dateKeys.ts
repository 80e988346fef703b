import { addDays, type IsoDate } from '../dates';

/*
 * The engine compares dates as integers YYYYMMDD (2025-12-31 → 20251231): the same order as
 * the ISO strings, one machine comparison each, and the year is `key / 10000`.
 */

/** Stands for "no date" in the engine's integer date columns. */
export const NO_DATE = 0;

/** The sum of '0' (48) times each digit's weight in the key: 48 × 11,111,111. */
const ZEROS = 533_333_328;

/**
 * `YYYY-MM-DD` → YYYYMMDD, by character codes: each digit's code times its weight in the key,
 * less the codes of '0'. The input must be a valid ISO date (the carrier schema ensures it).
 */
export function dateKey(iso: IsoDate): number {
  return (
    iso.charCodeAt(0) * 10_000_000 +
    iso.charCodeAt(1) * 1_000_000 +
    iso.charCodeAt(2) * 100_000 +
    iso.charCodeAt(3) * 10_000 +
    iso.charCodeAt(5) * 1_000 +
    iso.charCodeAt(6) * 100 +
    iso.charCodeAt(8) * 10 +
    iso.charCodeAt(9) -
    ZEROS
  );
}

/** `undefined` → NO_DATE, otherwise `dateKey`. */
export function optionalDateKey(iso: IsoDate | undefined): number {
  return iso === undefined ? NO_DATE : dateKey(iso);
}

/** The calendar year of a key. */
export function yearOfKey(key: number): number {
  return Math.floor(key / 10_000);
}

/** The key of 1 January of a year. */
export function startOfYearKey(year: number): number {
  return year * 10_000 + 101;
}

/** The key of 31 December of a year. */
export function endOfYearKey(year: number): number {
  return year * 10_000 + 1231;
}

/** YYYYMMDD → `YYYY-MM-DD`. */
export function isoOfKey(key: number): IsoDate {
  const year = String(Math.floor(key / 10_000)).padStart(4, '0');
  const month = String(Math.floor(key / 100) % 100).padStart(2, '0');
  const day = String(key % 100).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The key of the day after `key`. */
export function nextDayKey(key: number): number {
  return dateKey(addDays(isoOfKey(key), 1));
}

/** The key of the day before `key`. */
export function previousDayKey(key: number): number {
  return dateKey(addDays(isoOfKey(key), -1));
}
