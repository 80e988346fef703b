import type { MeasureContext } from './context';
import { endOfYearKey, startOfYearKey, yearOfKey } from './dateKeys';
import type { Measurement, SeriesPoint } from './measurement';
import { PLANNED, phaseRef, phasesByYear, recognitionRef, sharedValue, tiersAt } from './planIndex';
import type { CountingRule } from './targets';
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
  const tiers = tiersAt(index, context.measuredKey);
  // A phase still planned has not started, whatever start date it records (that is a plan;
  // the carrier schema refuses a past one, but older records and as-of replay can hold one).
  const skipPlanned = event === 'started';
  const { phaseStatus } = index;
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
      if (skipPlanned && phaseStatus[p] === PLANNED) continue;
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
 * Recognitions in the period at a tier within the filter's range (新认定), counted by `rule`
 * (targets.ts `COUNTING_RULES`). A recognition counts from its document date, or, with only a
 * year, from the day its region places year-only recognitions (31 December by default); it
 * counts when that date lies in the period and not after as-of. Each counted recognition is
 * filed in the year of its date. The tier breakdown is the tier of the recognition that
 * counted. `netChangeOfHolders` is a stock (stocks.ts `measureNetChangeOfHolders`).
 *
 * prefecture 2019 → provincial 2023: `firstReachesTier` 0 for 市级以上 (a holder already),
 * `distinctCarriers` 1 (2023), `recognitionsAtTier` 1. prefecture 2021 → provincial 2023:
 * 1, 1 and 2.
 */
export function measureRecognitions(context: MeasureContext, rule: Exclude<CountingRule, 'netChangeOfHolders'>): Measurement {
  const { index, scope, kindMask, minTier, maxTier, asOfKey } = context;
  const { recognitionCarrier, recognitionTier, recognitionKey, recognitionDated, carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const counted = new Uint8Array(index.carriers.length);
  const tally = new Tally(context, { carrierOf: (r) => recognitionCarrier[r]!, tierOf: (r) => recognitionTier[r]! });
  const ref = (r: number) => recognitionRef(index, r);
  const first = context.fromKey;
  const last = Math.min(context.toKey, asOfKey);
  const inRange = (r: number): boolean => {
    const c = recognitionCarrier[r]!;
    if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) return false;
    const tier = recognitionTier[r]!;
    return tier >= minTier && tier <= maxTier;
  };
  // firstReachesTier: the date each carrier first holds a tier in the range, over all time.
  const firstReached = rule === 'firstReachesTier' ? firstKeyInRange(context, inRange) : undefined;
  // Recognition targets of the same period (C1–C3, C5, K3) share the filing by year.
  const { order, starts } = sharedValue(index, `recognitions|${first}|${last}|${context.years.length}`, () =>
    eventsByYear(context, recognitionKey, first, last, 10_000),
  );
  const series: SeriesPoint[] = [];
  let yearOnly = 0;
  context.years.forEach((window, slot) => {
    const from = tally.size;
    if (window.state === 'future') {
      series.push({ year: window.year, state: window.state, value: null, contributors: tally.contributorsBetween(from, from, ref) });
      return;
    }
    let value = 0;
    for (let k = starts[slot]!; k < starts[slot + 1]!; k += 1) {
      const r = order[k]!;
      if (!inRange(r)) continue;
      const c = recognitionCarrier[r]!;
      if (rule !== 'recognitionsAtTier') {
        if (counted[c] === 1) continue;
        if (firstReached && firstReached[c] !== recognitionKey[r]) continue;
        counted[c] = 1;
      }
      value += 1;
      if (recognitionDated[r] === 0) yearOnly += 1;
      tally.add(r, c, recognitionTier[r]!, 1);
    }
    series.push({ year: window.year, state: window.state, value, contributors: tally.contributorsBetween(from, tally.size, ref) });
  });
  return {
    contributorKind: 'recognition',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series,
    breakdowns: tally.breakdowns(context, ref),
    recognitionDates: { yearOnly, awaitingYearEnd: awaitingYearEnd(context, inRange) },
  };
}

/** Per carrier, the earliest date key of a recognition `inRange` accepts (0 when none). */
function firstKeyInRange(context: MeasureContext, inRange: (r: number) => boolean): Int32Array {
  const { index } = context;
  const firstKey = new Int32Array(index.carriers.length);
  const { recognitionCarrier, recognitionKey } = index;
  for (let r = 0; r < recognitionKey.length; r += 1) {
    if (!inRange(r)) continue;
    const c = recognitionCarrier[r]!;
    const key = recognitionKey[r]!;
    if (firstKey[c] === 0 || key < firstKey[c]!) firstKey[c] = key;
  }
  return firstKey;
}

/**
 * Year-only recognitions in the range whose year lies in the period and has begun by as-of,
 * but that count only from a later day (31 December): what the figure will gain when the
 * year's lists are dated or the year ends.
 */
export function awaitingYearEnd(context: MeasureContext, inRange: (r: number) => boolean): number {
  const { index, asOfKey } = context;
  const { recognitionKey, recognitionDated, recognitionYear } = index;
  const asOfYear = yearOfKey(asOfKey);
  let count = 0;
  for (let r = 0; r < recognitionKey.length; r += 1) {
    if (recognitionDated[r] === 1 || recognitionYear[r] !== asOfYear) continue;
    const key = recognitionKey[r]!;
    if (key <= asOfKey || key < context.fromKey || key > context.toKey) continue;
    if (inRange(r)) count += 1;
  }
  return count;
}
