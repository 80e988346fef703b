import { Contributors } from './contributors';
import type { MeasureContext } from './context';
import { NO_DATE } from './dateKeys';
import type { Measurement, SeriesPoint } from './measurement';
import { PLANNED, UNDER_CONSTRUCTION, carrierRef, phaseRef, recognitionRef, tiersAt, type PlanIndex } from './planIndex';
import { Tally } from './tally';
import { awaitingYearEnd } from './flows';

/*
 * Stocks: what stands at a date. The target's number is the stock at the measurement date
 * (the period's end, or as-of if earlier); the series holds the stock at the end of each year
 * (as-of for the current year); the baseline is the stock the day before the period.
 */

/** Which phase stock a measure reads. */
export type PhaseStock = 'open' | 'pipeline';

/** Later than any date: the end of a membership that has not ended. */
const FOREVER = 99_999_999;

/**
 * The first date phase p belongs to the stock (FOREVER if never); it belongs until `stockEnd`.
 *
 * - open (in use, as carriers/derive.ts `isOpenOn`): from `openedOn` until `closedOn`, judged
 *   by dates rather than status so past dates replay correctly;
 * - pipeline (在建、新建, A4): from `constructionStartedOn` until `openedOn`. A phase whose
 *   status is `under_construction` but has no start date counts from as-of on (its status is
 *   only known to hold now), never on past dates; a phase `planned` at as-of never counts,
 *   whatever start date it records (a plan).
 */
export function stockStart(index: PlanIndex, p: number, stock: PhaseStock, asOfKey: number): number {
  if (stock === 'open') return index.phaseOpened[p] === NO_DATE ? FOREVER : index.phaseOpened[p]!;
  if (index.phaseStatus[p] === PLANNED) return FOREVER;
  const started = index.phaseStarted[p]!;
  if (started !== NO_DATE) return started;
  return index.phaseStatus[p] === UNDER_CONSTRUCTION ? asOfKey : FOREVER;
}

/** The first date phase p no longer belongs to the stock (FOREVER if it still does). */
export function stockEnd(index: PlanIndex, p: number, stock: PhaseStock): number {
  const end = stock === 'open' ? index.phaseClosed[p]! : index.phaseOpened[p]!;
  return end === NO_DATE ? FOREVER : end;
}

/** The dates the series reads the stock at: the end of each year that has started, as-of for the current one. */
function seriesKeys(context: MeasureContext): (number | null)[] {
  return context.years.map((window) => (window.state === 'future' ? null : Math.min(window.toKey, context.asOfKey)));
}

function seriesOf(
  context: MeasureContext,
  keys: (number | null)[],
  values: Float64Array,
  counts: Int32Array,
  membersAt: (key: number) => string[],
): SeriesPoint[] {
  return context.years.map((window, y) => {
    const key = keys[y];
    if (key === null || key === undefined) return { year: window.year, state: window.state, value: null, contributors: new Contributors(0, () => []) };
    return { year: window.year, state: window.state, value: values[y]!, contributors: new Contributors(counts[y]!, () => membersAt(key)) };
  });
}

/** Incubation area of the phases that belong to a stock on each date (open, or under construction). */
export function measurePhaseStock(context: MeasureContext, stock: PhaseStock): Measurement {
  const { index, scope, kindMask, minTier, maxTier, asOfKey, measuredKey, baselineKey } = context;
  const { phaseCarrier, carrierRegion, carrierKind, phaseIncubationM2 } = index;
  const regionMask = scope.regionMask;
  const tiers = tiersAt(index, measuredKey);
  const inScope = (p: number): boolean => {
    const c = phaseCarrier[p]!;
    if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) return false;
    const tier = tiers[c]!;
    return tier >= minTier && tier <= maxTier;
  };
  const keys = seriesKeys(context);
  // The series dates as a typed column; NO_DATE (before every start) for years not started.
  const keyColumn = Int32Array.from(keys, (key) => key ?? NO_DATE);
  const keyCount = keyColumn.length;
  const values = new Float64Array(keyCount);
  const counts = new Int32Array(keyCount);
  const tally = new Tally(context, { carrierOf: (p) => phaseCarrier[p]!, tierOf: (p) => tiers[phaseCarrier[p]!]! });
  let baseline = 0;
  // stockStart, stockEnd and inScope, inlined over the columns: this loop reads every phase.
  const isOpenStock = stock === 'open';
  const startColumn = isOpenStock ? index.phaseOpened : index.phaseStarted;
  const endColumn = isOpenStock ? index.phaseClosed : index.phaseOpened;
  const { phaseStatus } = index;
  for (let p = 0; p < phaseCarrier.length; p += 1) {
    let start = startColumn[p]!;
    if (!isOpenStock && phaseStatus[p] === PLANNED) continue;
    if (start === NO_DATE) {
      if (isOpenStock || phaseStatus[p] !== UNDER_CONSTRUCTION) continue;
      start = asOfKey;
    }
    // Every date read lies between the baseline and the measurement date.
    if (start > measuredKey) continue;
    const endKey = endColumn[p]!;
    const end = endKey === NO_DATE ? FOREVER : endKey;
    if (end <= baselineKey) continue;
    const c = phaseCarrier[p]!;
    if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) continue;
    const tier = tiers[c]!;
    if (tier < minTier || tier > maxTier) continue;
    const area = phaseIncubationM2[p]!;
    if (start <= baselineKey) baseline += area;
    for (let y = 0; y < keyCount; y += 1) {
      const key = keyColumn[y]!;
      if (start > key || key >= end) continue;
      values[y]! += area;
      counts[y]! += 1;
    }
    if (measuredKey < end) tally.add(p, c, tier, area);
  }
  const ref = (p: number) => phaseRef(index, p);
  const membersAt = (key: number): string[] => {
    const ids: string[] = [];
    for (let p = 0; p < phaseCarrier.length; p += 1) {
      if (stockStart(index, p, stock, asOfKey) <= key && key < stockEnd(index, p, stock) && inScope(p)) ids.push(ref(p));
    }
    return ids;
  };
  return {
    contributorKind: 'phase',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series: seriesOf(context, keys, values, counts, membersAt),
    breakdowns: tally.breakdowns(context, ref),
    baselineFromData: baseline,
  };
}

/** Whether carrier c is in operation on a date: at least one of its phases is open then. */
function isOperatingAt(index: PlanIndex, c: number, key: number): boolean {
  const { phaseOpened, phaseClosed } = index;
  const end = index.carrierPhaseStart[c + 1]!;
  for (let p = index.carrierPhaseStart[c]!; p < end; p += 1) {
    // Open at key, as stockStart / stockEnd of the open stock.
    const opened = phaseOpened[p]!;
    if (opened === NO_DATE || opened > key) continue;
    const closed = phaseClosed[p]!;
    if (closed === NO_DATE || key < closed) return true;
  }
  return false;
}

/** The recognition that gives carrier c its tier on a date: the highest one counted by then. */
function recognitionHolding(index: PlanIndex, c: number, key: number): number {
  let best = -1;
  const end = index.carrierRecognitionStart[c + 1]!;
  for (let r = index.carrierRecognitionStart[c]!; r < end; r += 1) {
    if (index.recognitionKey[r]! > key) continue;
    if (best < 0 || index.recognitionTier[r]! > index.recognitionTier[best]!) best = r;
  }
  return best;
}

/**
 * Carriers in operation on a date whose tier then lies in the filter's range (no range: all).
 * `carrier_count` names carriers as contributors; `carriers_with_tier` names the recognition
 * that gives each carrier its tier, so a drill-down shows when the tier was won.
 */
export function measureCarrierStock(context: MeasureContext, namesRecognitions: boolean): Measurement {
  const { index, scope, kindMask, minTier, maxTier, measuredKey, baselineKey } = context;
  const { carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const keys = seriesKeys(context);
  const tiersOn = (key: number) => tiersAt(index, key);
  const tiersOfKeys = keys.map((key) => (key === null ? null : tiersOn(key)));
  const baselineTiers = tiersOn(baselineKey);
  const measuredTiers = tiersOn(measuredKey);
  const inRange = (tier: number) => tier >= minTier && tier <= maxTier;
  const inScope = (c: number): boolean => regionMask[carrierRegion[c]!] === 1 && kindMask[carrierKind[c]!] === 1;
  const values = new Float64Array(keys.length);
  const counts = new Int32Array(keys.length);
  const tally = new Tally(context, { carrierOf: (c) => c, tierOf: (c) => measuredTiers[c]! });
  let baseline = 0;
  for (let c = 0; c < index.carriers.length; c += 1) {
    // Tiers only rise over time, so a carrier below the range at the last date is below it at every date.
    if (measuredTiers[c]! < minTier || !inScope(c)) continue;
    if (inRange(baselineTiers[c]!) && isOperatingAt(index, c, baselineKey)) baseline += 1;
    for (let y = 0; y < keys.length; y += 1) {
      const key = keys[y];
      const tiers = tiersOfKeys[y];
      if (key === null || key === undefined || !tiers || !inRange(tiers[c]!) || !isOperatingAt(index, c, key)) continue;
      values[y]! += 1;
      counts[y]! += 1;
    }
    if (inRange(measuredTiers[c]!) && isOperatingAt(index, c, measuredKey)) tally.add(c, c, measuredTiers[c]!, 1);
  }
  const refAt = (key: number) => (c: number) => {
    const holding = namesRecognitions ? recognitionHolding(index, c, key) : -1;
    return holding < 0 ? carrierRef(index, c) : recognitionRef(index, holding);
  };
  const membersAt = (key: number): string[] => {
    const ids: string[] = [];
    const ref = refAt(key);
    const tiers = tiersOn(key);
    for (let c = 0; c < index.carriers.length; c += 1) if (inScope(c) && inRange(tiers[c]!) && isOperatingAt(index, c, key)) ids.push(ref(c));
    return ids;
  };
  const ref = refAt(measuredKey);
  let yearOnly = 0;
  if (namesRecognitions) {
    for (const c of tally.itemsBetween(0, tally.size)) {
      const holding = recognitionHolding(index, c, measuredKey);
      if (holding >= 0 && index.recognitionDated[holding] === 0) yearOnly += 1;
    }
  }
  return {
    contributorKind: namesRecognitions ? 'recognition' : 'carrier',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series: seriesOf(context, keys, values, counts, membersAt),
    breakdowns: tally.breakdowns(context, ref),
    baselineFromData: baseline,
    ...(namesRecognitions ? { recognitionDates: { yearOnly, awaitingYearEnd: awaitingYearEnd(context, inRangeRecognition(context)) } } : {}),
  };
}

/** Whether recognition r is of a carrier in scope and at a tier in the filter's range. */
function inRangeRecognition(context: MeasureContext): (r: number) => boolean {
  const { index, scope, kindMask, minTier, maxTier } = context;
  return (r) => {
    const c = index.recognitionCarrier[r]!;
    if (scope.regionMask[index.carrierRegion[c]!] === 0 || kindMask[index.carrierKind[c]!] === 0) return false;
    const tier = index.recognitionTier[r]!;
    return tier >= minTier && tier <= maxTier;
  };
}

/**
 * 净增: carriers in operation holding a tier in the range on the measurement date, less those
 * on the day before the period (the stock of `carriers_with_tier`, differenced). The series
 * holds the change up to each year's end. Contributors are the carriers whose membership
 * changed: those that joined (+1: recognised, or opened while holding the tier) and those that
 * left (−1: closed, or lapsed below the range), so the breakdown cells add up to the net figure
 * and the drill-down lists both.
 */
export function measureNetChangeOfHolders(context: MeasureContext): Measurement {
  const { index, scope, kindMask, minTier, maxTier, measuredKey, baselineKey } = context;
  const { carrierRegion, carrierKind } = index;
  const keys = seriesKeys(context);
  const inRange = (tier: number) => tier >= minTier && tier <= maxTier;
  const inScope = (c: number): boolean => scope.regionMask[carrierRegion[c]!] === 1 && kindMask[carrierKind[c]!] === 1;
  const holds = (c: number, key: number, tiers: Uint8Array) => inRange(tiers[c]!) && isOperatingAt(index, c, key);
  const baselineTiers = tiersAt(index, baselineKey);
  const measuredTiers = tiersAt(index, measuredKey);
  const tally = new Tally(context, { carrierOf: (c) => c, tierOf: (c) => measuredTiers[c]! });
  const values = new Float64Array(keys.length);
  const counts = new Int32Array(keys.length);
  const tiersOfKeys = keys.map((key) => (key === null ? null : tiersAt(index, key)));
  const changedAt = (key: number, tiers: Uint8Array, c: number): number => Number(holds(c, key, tiers)) - Number(holds(c, baselineKey, baselineTiers));
  for (let c = 0; c < index.carriers.length; c += 1) {
    if (!inScope(c)) continue;
    keys.forEach((key, y) => {
      const tiers = tiersOfKeys[y];
      if (key === null || !tiers) return;
      const change = changedAt(key, tiers, c);
      if (change === 0) return;
      values[y]! += change;
      counts[y]! += 1;
    });
    const change = changedAt(measuredKey, measuredTiers, c);
    if (change !== 0) tally.add(c, c, change > 0 ? measuredTiers[c]! : baselineTiers[c]!, change);
  }
  const ref = (c: number) => carrierRef(index, c);
  const membersAt = (key: number): string[] => {
    const tiers = tiersAt(index, key);
    const ids: string[] = [];
    for (let c = 0; c < index.carriers.length; c += 1) if (inScope(c) && changedAt(key, tiers, c) !== 0) ids.push(ref(c));
    return ids;
  };
  return {
    contributorKind: 'carrier',
    total: tally.total,
    contributors: tally.contributorsBetween(0, tally.size, ref),
    series: seriesOf(context, keys, values, counts, membersAt),
    breakdowns: tally.breakdowns(context, ref),
  };
}
