import { z } from 'zod';
import { Contributors } from './contributors';
import type { MeasureContext, YearState } from './context';
import { NO_DATE, nextDayKey, yearOfKey } from './dateKeys';
import type { Measurement } from './measurement';
import { PLANNED, UNDER_CONSTRUCTION, phaseRef, sharedValue, tiersAt } from './planIndex';
import { isAreaMeasure, satisfies, type Comparator, type Measure, type Target, type Unit, type Window } from './targets';

/**
 * How likely a phase not yet open is to happen on its planned dates, per status at as-of.
 * Defaults: under construction 0.9, planned 0.5 (issue #6); planners may change them.
 */
export interface ForecastWeights {
  planned: number;
  under_construction: number;
}

export const DEFAULT_FORECAST_WEIGHTS: ForecastWeights = { planned: 0.5, under_construction: 0.9 };

const Weight = z
  .number({ message: 'forecast.weight.range' })
  .refine((value) => Number.isFinite(value) && value >= 0 && value <= 1, { message: 'forecast.weight.range' });

export const ForecastWeightsSchema = z.strictObject({ planned: Weight, under_construction: Weight }, { message: 'forecast.weights.invalid' });

/** One year of a forecast. `toFind` is the area no known phase covers: what must still be found. */
export interface ForecastYear {
  year: number;
  state: YearState;
  /** What the data shows so far (null for years not started). */
  actual: number | null;
  expected: number;
  optimistic: number;
  pessimistic: number;
  toFind: number;
}

/**
 * Where an area target is heading by the end of its period, from the phases not yet open at
 * as-of and their planned dates. Phases are taken in their state at as-of (phaseAtAsOf.ts): a
 * phase that opened after as-of is pipeline, under construction if it had started by as-of,
 * else planned, expected on `plannedOpeningOn ?? openedOn`.
 *
 * - expected: each phase weighted by its status at as-of (ForecastWeights);
 * - optimistic: every weight 1 (everything happens as planned);
 * - pessimistic: every weight squared (0.9 → 0.81, 0.5 → 0.25): a second, independent
 *   discount that keeps some credit for planned phases, unlike "under construction only",
 *   and follows the planner's weights when they change.
 *
 * For `each_year` targets the end values are those of the weakest year and `shortfall` adds
 * up the remaining years' gaps; otherwise `shortfall` = threshold − expected (never below 0).
 * `toFind` spreads a period or stock shortfall evenly over the remaining years, and is each
 * remaining year's own gap for `each_year` targets. Completed years cannot be changed: their
 * `toFind` is 0 (a missed year shows in the status, see pace.ts).
 */
export interface TargetForecast {
  id: string;
  measure: Measure;
  window: Window;
  comparator: Comparator;
  threshold: number;
  unit: Unit;
  actual: number;
  expected: number;
  optimistic: number;
  pessimistic: number;
  reaches: { expected: boolean; optimistic: boolean; pessimistic: boolean };
  shortfall: number;
  years: ForecastYear[];
  /** Pipeline phases (`carrierId:phaseId`) that the forecast counts. */
  pipeline: Contributors;
  /** Pipeline phases in scope that lack the date this measure needs, so the forecast cannot place them. */
  undated: Contributors;
}

/** What the pipeline adds per year slot, and the phases behind it. */
export interface PipelineAdds {
  expected: Float64Array;
  optimistic: Float64Array;
  pessimistic: Float64Array;
  counted: number[];
  undated: number[];
}

/** Whether a target has a forecast: only area targets do (there is no pipeline of recognitions). */
export function hasForecast(target: Target): boolean {
  return isAreaMeasure(target.measure);
}

/**
 * The forecast of one area target, over the pipeline at as-of (the index's phase states).
 * Dates a phase is expected on:
 * - opening: `plannedOpeningOn`, or `openedOn` for a phase that opened after as-of without a
 *   plan; one already past (overdue) is expected the day after as-of; without either the
 *   phase is not forecast to open (listed in `undated`);
 * - construction start (A3): a `constructionStartedOn` after as-of, i.e. a planned start;
 * - pipeline at a year's end (A4): a phase counts when it has started by then (a start date
 *   on or before, or status under construction) and is not expected to have opened by then.
 */
export function forecastTarget(
  context: MeasureContext,
  target: Target,
  measurement: Measurement,
  weights: ForecastWeights,
  adds: PipelineAdds = pipelineAdds(context, target.measure, weights),
): TargetForecast {
  const years = forecastYears(context, target, measurement, adds);
  const ends = endValues(target, years);
  const shortfall =
    target.window === 'each_year'
      ? years.reduce((sum, year) => sum + (year.state === 'complete' ? 0 : Math.max(0, target.threshold - year.expected)), 0)
      : Math.max(0, target.threshold - ends.expected);
  spreadShortfall(target, years, shortfall);
  const index = context.index;
  const ref = (p: number) => phaseRef(index, p);
  return {
    id: target.id,
    measure: target.measure,
    window: target.window,
    comparator: target.comparator,
    threshold: target.threshold,
    unit: target.unit,
    actual: measurement.total,
    ...ends,
    reaches: {
      expected: satisfies(ends.expected, target.comparator, target.threshold),
      optimistic: satisfies(ends.optimistic, target.comparator, target.threshold),
      pessimistic: satisfies(ends.pessimistic, target.comparator, target.threshold),
    },
    shortfall,
    years,
    pipeline: new Contributors(adds.counted.length, () => adds.counted.map(ref)),
    undated: new Contributors(adds.undated.length, () => adds.undated.map(ref)),
  };
}

/**
 * What the pipeline adds to a measure in each year of the context: the same for targets that
 * measure the same thing (A1 and A2), which therefore share it. Read-only once built.
 */
export function pipelineAdds(context: MeasureContext, measure: Measure, weights: ForecastWeights): PipelineAdds {
  return measure === 'pipeline_incubation_area' ? pipelineAtYearEnds(context, weights) : additionsByYear(context, measure, weights);
}

/**
 * Pipeline phases in the target's scope (tier filter read at the measurement date), in
 * index order. A typed array, so the forecasts loop without a callback per phase.
 */
function pipelineInScope(context: MeasureContext): Int32Array {
  const { index, scope, kindMask, minTier, maxTier } = context;
  const tierKey = context.measuredKey;
  // Area targets of one region and filter (A1–A4) share it.
  const key = `pipeline|${scope.regionId}|${kindMask.join('')}|${minTier}|${maxTier}|${tierKey}`;
  return sharedValue(index, key, () => scopedPipeline(context, tierKey));
}

function scopedPipeline(context: MeasureContext, tierKey: number): Int32Array {
  const { index, scope, kindMask, minTier, maxTier } = context;
  const { phaseCarrier, carrierRegion, carrierKind } = index;
  const regionMask = scope.regionMask;
  const tiers = tiersAt(index, tierKey);
  const pipeline = index.pipelinePhases;
  const inScope = new Int32Array(pipeline.length);
  let count = 0;
  for (let k = 0; k < pipeline.length; k += 1) {
    const p = pipeline[k]!;
    const c = phaseCarrier[p]!;
    if (regionMask[carrierRegion[c]!] === 0 || kindMask[carrierKind[c]!] === 0) continue;
    const tier = tiers[c]!;
    if (tier < minTier || tier > maxTier) continue;
    inScope[count] = p;
    count += 1;
  }
  return inScope.subarray(0, count);
}

function emptyAdds(length: number): PipelineAdds {
  return { expected: new Float64Array(length), optimistic: new Float64Array(length), pessimistic: new Float64Array(length), counted: [], undated: [] };
}

/**
 * Area the pipeline adds in each year of the period after as-of, by the date a phase is
 * expected on:
 * - opening: its plan (or later opening), or the day after as-of when overdue;
 * - construction start: a start date after as-of (a planned start); one on or before as-of
 *   is already counted as actual.
 */
function additionsByYear(context: MeasureContext, measure: Measure, weights: ForecastWeights): PipelineAdds {
  const { index, years, asOfKey, fromKey, toKey } = context;
  const adds = emptyAdds(years.length);
  const firstYear = years[0]?.year ?? 0;
  const dayAfterAsOf = nextDayKey(asOfKey);
  const byStart = measure === 'construction_started_floor_area' || measure === 'construction_started_incubation_area';
  const areas = measure === 'construction_started_floor_area' ? index.phaseFloorM2 : index.phaseIncubationM2;
  const dates = byStart ? index.phaseStarted : index.phasePlannedOpening;
  const { phaseStatus } = index;
  const { expected, optimistic, pessimistic, counted, undated } = adds;
  const phases = pipelineInScope(context);
  for (let k = 0; k < phases.length; k += 1) {
    const p = phases[k]!;
    let date = dates[p]!;
    if (date === NO_DATE) {
      undated.push(p);
      continue;
    }
    if (byStart) {
      // A start on or before as-of happened (and is actual), unless the phase is still
      // planned: then its start date is an overdue plan, expected the day after as-of.
      if (date <= asOfKey) {
        if (phaseStatus[p] !== PLANNED) continue;
        date = dayAfterAsOf;
      }
    } else if (date < dayAfterAsOf) {
      date = dayAfterAsOf;
    }
    if (date < fromKey || date > toKey) continue;
    const status = phaseStatus[p];
    const weight = status === UNDER_CONSTRUCTION ? weights.under_construction : status === PLANNED ? weights.planned : 0;
    const area = areas[p]!;
    const slot = yearOfKey(date) - firstYear;
    expected[slot]! += area * weight;
    optimistic[slot]! += area;
    pessimistic[slot]! += area * weight * weight;
    counted.push(p);
  }
  return adds;
}

/**
 * The pipeline expected at the end of each year not yet complete (A4): a phase counts when it
 * has started by then (a start date on or before, or under construction at as-of without
 * one) and is not expected to have opened by then.
 */
function pipelineAtYearEnds(context: MeasureContext, weights: ForecastWeights): PipelineAdds {
  const { index, years, asOfKey } = context;
  const adds = emptyAdds(years.length);
  const dayAfterAsOf = nextDayKey(asOfKey);
  const { phaseStatus, phaseStarted, phasePlannedOpening, phaseIncubationM2 } = index;
  const { expected, optimistic, pessimistic, counted, undated } = adds;
  // Year ends to forecast; NO_DATE for complete years, which keep their actual.
  const yearEnds = Int32Array.from(years, (window) => (window.state === 'complete' ? NO_DATE : window.toKey));
  const phases = pipelineInScope(context);
  for (let k = 0; k < phases.length; k += 1) {
    const p = phases[k]!;
    const started = phaseStarted[p]!;
    const status = phaseStatus[p];
    if (started === NO_DATE && status === PLANNED) {
      undated.push(p);
      continue;
    }
    const planned = phasePlannedOpening[p]!;
    const opening = planned === NO_DATE || planned >= dayAfterAsOf ? planned : dayAfterAsOf;
    const weight = status === UNDER_CONSTRUCTION ? weights.under_construction : status === PLANNED ? weights.planned : 0;
    const area = phaseIncubationM2[p]!;
    let isCounted = false;
    for (let slot = 0; slot < yearEnds.length; slot += 1) {
      const yearEnd = yearEnds[slot]!;
      if (yearEnd === NO_DATE) continue;
      const hasStarted = started === NO_DATE || started <= yearEnd;
      const hasOpened = opening !== NO_DATE && opening <= yearEnd;
      if (!hasStarted || hasOpened) continue;
      expected[slot]! += area * weight;
      optimistic[slot]! += area;
      pessimistic[slot]! += area * weight * weight;
      isCounted = true;
    }
    if (isCounted) counted.push(p);
  }
  return adds;
}

function forecastYears(context: MeasureContext, target: Target, measurement: Measurement, adds: PipelineAdds): ForecastYear[] {
  const isStock = target.window === 'stock_at_end';
  const stockNow = measurement.total;
  let cumulative = { expected: 0, optimistic: 0, pessimistic: 0 };
  return context.years.map((window, slot) => {
    const actual = measurement.series[slot]?.value ?? null;
    if (window.state === 'complete') {
      const value = actual ?? 0;
      return { year: window.year, state: window.state, actual, expected: value, optimistic: value, pessimistic: value, toFind: 0 };
    }
    if (target.measure === 'pipeline_incubation_area') {
      const point = { expected: adds.expected[slot]!, optimistic: adds.optimistic[slot]!, pessimistic: adds.pessimistic[slot]! };
      return { year: window.year, state: window.state, actual, ...point, toFind: 0 };
    }
    if (isStock) {
      cumulative = {
        expected: cumulative.expected + adds.expected[slot]!,
        optimistic: cumulative.optimistic + adds.optimistic[slot]!,
        pessimistic: cumulative.pessimistic + adds.pessimistic[slot]!,
      };
      return {
        year: window.year,
        state: window.state,
        actual,
        expected: stockNow + cumulative.expected,
        optimistic: stockNow + cumulative.optimistic,
        pessimistic: stockNow + cumulative.pessimistic,
        toFind: 0,
      };
    }
    const base = actual ?? 0;
    return {
      year: window.year,
      state: window.state,
      actual,
      expected: base + adds.expected[slot]!,
      optimistic: base + adds.optimistic[slot]!,
      pessimistic: base + adds.pessimistic[slot]!,
      toFind: 0,
    };
  });
}

function endValues(target: Target, years: ForecastYear[]): { expected: number; optimistic: number; pessimistic: number } {
  if (years.length === 0) return { expected: 0, optimistic: 0, pessimistic: 0 };
  if (target.window === 'each_year') {
    return {
      expected: Math.min(...years.map((year) => year.expected)),
      optimistic: Math.min(...years.map((year) => year.optimistic)),
      pessimistic: Math.min(...years.map((year) => year.pessimistic)),
    };
  }
  if (target.window === 'stock_at_end') {
    const last = years[years.length - 1]!;
    return { expected: last.expected, optimistic: last.optimistic, pessimistic: last.pessimistic };
  }
  const sum = (pick: (year: ForecastYear) => number) => years.reduce((total, year) => total + pick(year), 0);
  return { expected: sum((year) => year.expected), optimistic: sum((year) => year.optimistic), pessimistic: sum((year) => year.pessimistic) };
}

function spreadShortfall(target: Target, years: ForecastYear[], shortfall: number): void {
  const remaining = years.filter((year) => year.state !== 'complete');
  if (target.window === 'each_year') {
    for (const year of remaining) year.toFind = Math.max(0, target.threshold - year.expected);
    return;
  }
  if (remaining.length === 0) return;
  for (const year of remaining) year.toFind = shortfall / remaining.length;
}
