import type { MeasureContext } from './context';
import { yearOfKey } from './dateKeys';
import type { Measurement, SeriesPoint } from './measurement';
import { phaseRef, recognitionRef, tiersAtYear } from './planIndex';
import { Tally } from './tally';

/*
 * Flows: events dated inside the period and on or before as-of. One pass over a date column
 * picks the events of the period (a comparison each) and files them by year, in index order;
 * the years are then tallied in order, so contributors come year by year.
 */

/** Events of each year slot of the context: indices whose key lies in [first, last], by year. */
function eventsByYear(context: MeasureContext, keys: Int32Array, first: number, last: number, divisor: number): number[][] {
  const firstYear = context.years[0]?.year ?? 0;
  const byYear: number[][] = context.years.map(() => []);
  if (first > last) return byYear;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key < first || key > last) continue;
    byYear[Math.floor(key / divisor) - firstYear]!.push(i);
  }
  return byYear;
}

/**
 * Area of phases by the date of an event: `openedOn` (新投用孵化面积) or `constructionStartedOn`
 * (新建载体面积). A closed phase still counts in the year it opened. The tier filter and the
 * tier breakdown read the tier each carrier holds at the measurement date.
 */
export function measurePhaseFlow(context: MeasureContext, dateColumn: Int32Array, valueColumn: Float64Array): Measurement {
  const { index, scope, kindMask, minTier, maxTier, asOfKey } = context;
  const { phaseCarrier, carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const tiers = tiersAtYear(index, yearOfKey(context.measuredKey));
  const tally = new Tally(context, { carrierOf: (p) => phaseCarrier[p]!, tierOf: (p) => tiers[phaseCarrier[p]!]! });
  const ref = (p: number) => phaseRef(index, p);
  // NO_DATE (0) is below every period.
  const byYear = eventsByYear(context, dateColumn, Math.max(context.fromKey, 1), Math.min(context.toKey, asOfKey), 10_000);
  const series: SeriesPoint[] = [];
  const yearStarts: number[] = [];
  context.years.forEach((window, slot) => {
    const first = tally.size;
    yearStarts.push(first);
    if (window.state === 'future') {
      series.push({ year: window.year, state: window.state, value: null, contributors: tally.contributorsBetween(first, first, ref) });
      return;
    }
    const events = byYear[slot]!;
    let value = 0;
    for (let k = 0; k < events.length; k += 1) {
      const p = events[k]!;
      const c = phaseCarrier[p]!;
      if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) continue;
      const tier = tiers[c]!;
      if (tier < minTier || tier > maxTier) continue;
      const area = valueColumn[p]!;
      value += area;
      tally.add(p, c, tier, area);
    }
    series.push({ year: window.year, state: window.state, value, contributors: tally.contributorsBetween(first, tally.size, ref) });
  });
  yearStarts.push(tally.size);
  return {
    contributorKind: 'phase',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series,
    breakdowns: tally.breakdowns(context, ref),
    breakdownsOfYear: (slot) => tally.slice(context, yearStarts[slot] ?? 0, yearStarts[slot + 1] ?? 0, (p) => valueColumn[p]!).breakdowns(context, ref),
  };
}

/**
 * Carriers newly recognised in the period at a tier within the filter's range (新认定). A
 * recognition has only a year, so a recognition counts when its year lies in the period and
 * is not after as-of. Each carrier counts once, in the year of its first qualifying
 * recognition: a carrier recognised prefecture 2021 and provincial 2023 is one new 市级以上
 * carrier (2021), one new prefecture (2021) and one new provincial (2023). The tier breakdown
 * is the tier of the recognition that counted.
 */
export function measureRecognitions(context: MeasureContext): Measurement {
  const { index, scope, kindMask, minTier, maxTier, asOfKey } = context;
  const { recognitionCarrier, recognitionTier, carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const counted = new Uint8Array(index.carriers.length);
  const tally = new Tally(context, { carrierOf: (r) => recognitionCarrier[r]!, tierOf: (r) => recognitionTier[r]! });
  const ref = (r: number) => recognitionRef(index, r);
  const lastYear = yearOfKey(asOfKey);
  const byYear = eventsByYear(context, index.recognitionYear, yearOfKey(context.fromKey), Math.min(yearOfKey(context.toKey), lastYear), 1);
  const series: SeriesPoint[] = [];
  context.years.forEach((window, slot) => {
    const first = tally.size;
    if (window.state === 'future' || window.year > lastYear) {
      series.push({ year: window.year, state: window.state, value: null, contributors: tally.contributorsBetween(first, first, ref) });
      return;
    }
    const events = byYear[slot]!;
    let value = 0;
    for (let k = 0; k < events.length; k += 1) {
      const r = events[k]!;
      const c = recognitionCarrier[r]!;
      if (counted[c] === 1) continue;
      if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) continue;
      const tier = recognitionTier[r]!;
      if (tier < minTier || tier > maxTier) continue;
      counted[c] = 1;
      value += 1;
      tally.add(r, c, tier, 1);
    }
    series.push({ year: window.year, state: window.state, value, contributors: tally.contributorsBetween(first, tally.size, ref) });
  });
  return {
    contributorKind: 'recognition',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series,
    breakdowns: tally.breakdowns(context, ref),
  };
}
