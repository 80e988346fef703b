import { CARRIER_KINDS, tierRank } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';
import { dateKey, endOfYearKey, previousDayKey, startOfYearKey, yearOfKey } from './dateKeys';
import type { PlanIndex } from './planIndex';
import type { RegionScope } from './regionScope';
import type { Target } from './targets';

/**
 * Where a year stands at the as-of date: `complete` when its last day (within the period) is
 * on or before as-of, `future` when its first day is after, `current` otherwise.
 */
export type YearState = 'complete' | 'current' | 'future';

/** One calendar year of a target's period, clipped to the period. */
export interface YearWindow {
  year: number;
  fromKey: number;
  toKey: number;
  state: YearState;
}

/** Everything a measurement needs to know about one target at one as-of date. */
export interface MeasureContext {
  index: PlanIndex;
  scope: RegionScope;
  /** 1 for carrier kind codes the filter counts. */
  kindMask: Uint8Array;
  /** Tier range as codes (ranks 1–4); 0 … 4 when the filter sets none. */
  minTier: number;
  maxTier: number;
  fromKey: number;
  toKey: number;
  asOfKey: number;
  /** The date a stock is read and breakdowns are taken: the period's end, or as-of if earlier. */
  measuredKey: number;
  /** The stock before the period: the day before it starts, or as-of if earlier. */
  baselineKey: number;
  years: YearWindow[];
}

/** The context of one target at as-of: its scope, filter, period and years as integer date keys. */
export function contextFor(index: PlanIndex, scope: RegionScope, target: Target, asOf: IsoDate): MeasureContext {
  const fromKey = dateKey(target.period.from);
  const toKey = dateKey(target.period.to);
  const asOfKey = dateKey(asOf);
  const kindMask = new Uint8Array(CARRIER_KINDS.length);
  for (const kind of target.filter.kinds) kindMask[CARRIER_KINDS.indexOf(kind)] = 1;
  return {
    index,
    scope,
    kindMask,
    minTier: target.filter.minTier ? tierRank(target.filter.minTier) : 0,
    maxTier: target.filter.maxTier ? tierRank(target.filter.maxTier) : 4,
    fromKey,
    toKey,
    asOfKey,
    measuredKey: Math.min(toKey, asOfKey),
    baselineKey: Math.min(previousDayKey(fromKey), asOfKey),
    years: yearWindows(fromKey, toKey, asOfKey),
  };
}

/** The calendar years of a period, each clipped to it, with their state at as-of. */
export function yearWindows(fromKey: number, toKey: number, asOfKey: number): YearWindow[] {
  const windows: YearWindow[] = [];
  for (let year = yearOfKey(fromKey); year <= yearOfKey(toKey); year += 1) {
    const yearFrom = Math.max(fromKey, startOfYearKey(year));
    const yearTo = Math.min(toKey, endOfYearKey(year));
    const state: YearState = yearTo <= asOfKey ? 'complete' : yearFrom > asOfKey ? 'future' : 'current';
    windows.push({ year, fromKey: yearFrom, toKey: yearTo, state });
  }
  return windows;
}

/** A key identifying what a target measures, so targets that measure the same thing share one pass. */
export function measurementKey(target: Target): string {
  const kinds = [...target.filter.kinds].sort().join(',');
  const { minTier = '', maxTier = '' } = target.filter;
  const rule = target.measure === 'recognitions' ? (target.rule ?? '') : '';
  return [target.measure, rule, target.region, kinds, minTier, maxTier, target.period.from, target.period.to].join('|');
}
