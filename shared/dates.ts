/**
 * Calendar dates are ISO strings `YYYY-MM-DD` everywhere (API, database, planner): they
 * compare correctly as strings and carry no time zone, so 2025-12-31 is the same day in
 * Taicang, on the server and in the browser.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function startOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function endOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Today's date in UTC+8 (China Standard Time), where every user of the planner is. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the month's last day (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return result.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds whole days (negative to go back): 2025-01-01 − 1 day = 2024-12-31. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
