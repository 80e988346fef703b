import type { IsoDate } from '../dates';
import type { MeasureContext, YearWindow } from './context';
import { isoOfKey, yearOfKey } from './dateKeys';
import type { Measurement } from './measurement';
import type { TargetForecast } from './pipelineForecast';
import { satisfies, type Target } from './targets';

/*
 * Pace and status: 时间过半、任务过半 — by the time half the period has passed, half the task
 * should be done.
 */

export const TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'behind'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Below the pace but at or above this share of it, a target is at risk rather than behind. */
export const AT_RISK_SHARE_OF_PACE = 0.8;

/** Where a stock's pace starts: a documented figure on the target, or the data the day before the period. */
export interface PaceBaseline {
  value: number;
  on: IsoDate;
  from: 'target' | 'data';
}

/** The judged numbers of one target. */
export interface Judgement {
  actual: number;
  expected: number;
  status: TargetStatus;
  /** Each-year targets: the year `actual` and `expected` are about. */
  judgedYear?: number;
  /** Each-year targets: whether each started year meets the threshold (null for years not started). */
  yearsMet?: (boolean | null)[];
  /**
   * Each-year targets judged on a missed year during the period: the current year's own
   * progress, shown beside the missed year rather than in its place.
   */
  currentYear?: CurrentYear;
  baseline?: PaceBaseline;
}

/** The current year of an each-year target when another (missed) year is the one judged. */
export interface CurrentYear {
  year: number;
  value: number;
  /** The threshold pro-rated to as-of within the year. */
  expected: number;
  onPace: boolean;
}

function dayNumber(key: number): number {
  return Date.UTC(yearOfKey(key), (Math.floor(key / 100) % 100) - 1, key % 100) / 86_400_000;
}

/**
 * Share of [from, to] elapsed at as-of, counting days inclusively: 0 before `from`, 1 from
 * `to` on; on 2021-01-01 one day of 2021–2025 (1 / 1,826) has passed.
 */
export function elapsedShare(fromKey: number, toKey: number, asOfKey: number): number {
  if (asOfKey < fromKey) return 0;
  if (asOfKey >= toKey) return 1;
  return (dayNumber(asOfKey) - dayNumber(fromKey) + 1) / (dayNumber(toKey) - dayNumber(fromKey) + 1);
}

/**
 * Expected by now:
 * - period sums and recognitions: threshold × elapsed share of the period;
 * - stocks: baseline + (threshold − baseline) × elapsed share, the baseline being the target's
 *   documented one if it has one (Kunshan 2020), else the data the day before the period;
 * - each year: threshold × elapsed share of the judged year.
 *
 * Status:
 * - `met` when actual satisfies the comparator (each-year targets: only once every year of
 *   the period is complete and each one met);
 * - after the period and not met: `behind`;
 * - each-year targets: any completed year below the threshold → `behind` (a missed year
 *   cannot be recovered), and that year is the one judged — the weakest missed year, with
 *   its figure and its contributors; the current year's progress comes beside it
 *   (`currentYear`). Otherwise the current year is judged against its pro-rated pace;
 * - during the period: `on_track` when actual ≥ expected; `at_risk` when actual ≥ 0.8 ×
 *   expected or the expected forecast reaches the threshold (area targets only); otherwise
 *   `behind`.
 */
export function judge(context: MeasureContext, target: Target, measurement: Measurement, forecast: TargetForecast | undefined): Judgement {
  if (target.window === 'each_year') return judgeEachYear(context, target, measurement, forecast);
  return judgeWholePeriod(context, target, measurement, forecast);
}

function judgeWholePeriod(context: MeasureContext, target: Target, measurement: Measurement, forecast: TargetForecast | undefined): Judgement {
  const actual = measurement.total;
  const share = elapsedShare(context.fromKey, context.toKey, context.asOfKey);
  const baseline = target.window === 'stock_at_end' ? paceBaseline(context, target, measurement) : undefined;
  const start = baseline?.value ?? 0;
  const expected = start + (target.threshold - start) * share;
  const status = statusOf({
    met: satisfies(actual, target.comparator, target.threshold),
    ended: context.asOfKey >= context.toKey,
    missedYear: false,
    actual,
    expected,
    forecastReaches: forecast?.reaches.expected ?? false,
  });
  return baseline ? { actual, expected, status, baseline } : { actual, expected, status };
}

function paceBaseline(context: MeasureContext, target: Target, measurement: Measurement): PaceBaseline {
  if (target.baseline) return { value: target.baseline.value, on: target.baseline.on, from: 'target' };
  return { value: measurement.baselineFromData ?? 0, on: isoOfKey(context.baselineKey), from: 'data' };
}

function judgeEachYear(context: MeasureContext, target: Target, measurement: Measurement, forecast: TargetForecast | undefined): Judgement {
  const meets = (value: number) => satisfies(value, target.comparator, target.threshold);
  const values = measurement.series.map((point) => point.value);
  const yearsMet = values.map((value) => (value === null ? null : meets(value)));
  const complete = context.years.map((window) => window.state === 'complete');
  const missedYear = complete.some((isComplete, slot) => isComplete && yearsMet[slot] === false);
  const ended = complete.every(Boolean);
  const currentSlot = complete.indexOf(false);
  const missedValues = values.map((value, slot) => (complete[slot] && yearsMet[slot] === false ? value : null));
  const slot = ended ? weakestSlot(values) : missedYear ? weakestSlot(missedValues) : currentSlot;
  const window = context.years[slot];
  if (!window) return { actual: 0, expected: 0, status: 'behind', yearsMet };
  const actual = values[slot] ?? 0;
  const expected = target.threshold * yearShareElapsed(window, context.asOfKey);
  const current = context.years[currentSlot];
  const currentYear =
    !ended && missedYear && current && current.state === 'current'
      ? currentYearOf(current, values[currentSlot] ?? 0, target.threshold * yearShareElapsed(current, context.asOfKey))
      : undefined;
  const status = statusOf({
    met: ended && !missedYear,
    ended,
    missedYear,
    actual,
    expected,
    forecastReaches: forecast ? meets(forecast.years[slot]?.expected ?? 0) : false,
  });
  return { actual, expected, status, judgedYear: window.year, yearsMet, ...(currentYear ? { currentYear } : {}) };
}

function currentYearOf(window: YearWindow, value: number, expected: number): CurrentYear {
  return { year: window.year, value, expected, onPace: value >= expected };
}

/** The slot of the lowest value; null values are skipped unless every value is null (then 0). */
function weakestSlot(values: (number | null)[]): number {
  let weakest = -1;
  values.forEach((value, slot) => {
    if (value === null) return;
    if (weakest < 0 || value < (values[weakest] ?? 0)) weakest = slot;
  });
  return Math.max(weakest, 0);
}

function yearShareElapsed(window: YearWindow, asOfKey: number): number {
  return elapsedShare(window.fromKey, window.toKey, asOfKey);
}

interface StatusFacts {
  met: boolean;
  ended: boolean;
  missedYear: boolean;
  actual: number;
  expected: number;
  forecastReaches: boolean;
}

/** The status rule, in the order it is written in `judge`'s comment and the README. */
export function statusOf(facts: StatusFacts): TargetStatus {
  if (facts.met) return 'met';
  if (facts.ended || facts.missedYear) return 'behind';
  if (facts.actual >= facts.expected) return 'on_track';
  if (facts.actual >= AT_RISK_SHARE_OF_PACE * facts.expected || facts.forecastReaches) return 'at_risk';
  return 'behind';
}
