import type { MeasureContext } from './context';
import { endOfYearKey, startOfYearKey, yearOfKey } from './dateKeys';
import type { Measurement, SeriesPoint } from './measurement';
import { phaseRef, phasesByYear, recognitionRef, sharedValue, tiersAtYear } from './planIndex';
import { Tally } from './tally';

/*
 * Flows: events dated inside the period and on or before as-of, read year by year from
 * events filed by year (phases: planIndex.ts `phasesByYear`; recognitions: `eventsByYear`
 * below), so a target touches only the events of its own years, in index order within a
 * year; contributors come year by year.
 */

/** Events by year slot of the context: `order[starts[s]] … order[starts[s + 1]]` are slot s's (count, then place). */
interface YearEvents {
  order: Int32Array;
  starts: Int32Array;
}

/** The indices whose key lies in [first, last], by year slot (year = key / divisor). */
function eventsByYear(context: MeasureContext, keys: Int32Array, first: number, last: number, divisor: number): YearEvents {
  const firstYear = context.years[0]?.year ?? 0;
  const starts = new Int32Array(context.years.length + 1);
  if (first > last) return { order: new Int32Array(0), starts };
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key >= first && key <= last) starts[((key / divisor) | 0) - firstYear + 1]! += 1;
  }
  for (let slot = 1; slot < starts.length; slot += 1) starts[slot]! += starts[slot - 1]!;
  const cursor = starts.slice(0, -1);
  const order = new Int32Array(starts[starts.length - 1]!);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key < first || key > last) continue;
    const slot = ((key / divisor) | 0) - firstYear;
    order[cursor[slot]!] = i;
    cursor[slot]! += 1;
  }
  return { order, starts };
}

/**
 * Area of phases by the date of an event: `openedOn` (新投用孵化面积) or `constructionStartedOn`
 * (新建载体面积). A closed phase still counts in the year it opened. The tier filter and the
 * tier breakdown read the tier each carrier holds at the measurement date.
 */
export function measurePhaseFlow(context: MeasureContext, event: 'opened' | 'started', valueColumn: Float64Array): Measurement {
  const { index, scope, kindMask, minTier, maxTier, asOfKey } = context;
  const { phaseCarrier, carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const tiers = tiersAtYear(index, yearOfKey(context.measuredKey));
  const tally = new Tally(context, { carrierOf: (p) => phaseCarrier[p]!, tierOf: (p) => tiers[phaseCarrier[p]!]! });
  const ref = (p: number) => phaseRef(index, p);
  const dateColumn = event === 'opened' ? index.phaseOpened : index.phaseStarted;
  const { order, starts } = phasesByYear(index, event);
  const series: SeriesPoint[] = [];
  const yearStarts: number[] = [];
  for (const window of context.years) {
    const first = tally.size;
    yearStarts.push(first);
    if (window.state === 'future') {
      series.push({ year: window.year, state: window.state, value: null, contributors: tally.contributorsBetween(first, first, ref) });
      continue;
    }
    // Dates are checked only in a year the period or as-of cuts.
    const from = window.fromKey;
    const to = Math.min(window.toKey, asOfKey);
    const wholeYear = from === startOfYearKey(window.year) && to === endOfYearKey(window.year);
    let value = 0;
    for (let k = starts[window.year]!; k < starts[window.year + 1]!; k += 1) {
      const p = order[k]!;
      if (!wholeYear) {
        const date = dateColumn[p]!;
        if (date < from || date > to) continue;
      }
      const c = phaseCarrier[p]!;
      if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) continue;
      const tier = tiers[c]!;
      if (tier < minTier || tier > maxTier) continue;
      const area = valueColumn[p]!;
      value += area;
      tally.add(p, c, tier, area);
    }
    series.push({ year: window.year, state: window.state, value, contributors: tally.contributorsBetween(first, tally.size, ref) });
  }
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
  const fromYear = yearOfKey(context.fromKey);
  const toYear = Math.min(yearOfKey(context.toKey), lastYear);
  // Recognition targets of the same period (C1–C3, C5) share the filing by year.
  const { order, starts } = sharedValue(index, `recognitions|${fromYear}|${toYear}|${context.years.length}`, () =>
    eventsByYear(context, index.recognitionYear, fromYear, toYear, 1),
  );
  const series: SeriesPoint[] = [];
  context.years.forEach((window, slot) => {
    const first = tally.size;
    if (window.state === 'future' || window.year > lastYear) {
      series.push({ year: window.year, state: window.state, value: null, contributors: tally.contributorsBetween(first, first, ref) });
      return;
    }
    let value = 0;
    for (let k = starts[slot]!; k < starts[slot + 1]!; k += 1) {
      const r = order[k]!;
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
