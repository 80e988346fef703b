import type { CarrierRecord } from '../carriers/record';
import type { IsoDate } from '../dates';
import { REGIONS, type Region } from '../regions';
import { contextFor, measurementKey, type MeasureContext } from './context';
import { dateKey, isoOfKey } from './dateKeys';
import { measure } from './measure';
import type { Measurement } from './measurement';
import { judge } from './pace';
import { DEFAULT_FORECAST_WEIGHTS, forecastTarget, hasForecast, pipelineAdds, type ForecastWeights, type PipelineAdds, type TargetForecast } from './pipelineForecast';
import { buildPlanIndex, type PlanIndex } from './planIndex';
import type { ReadingResult, TargetProgress } from './report';
import { yearOnlyRecognitionDay, type YearOnlyPlacements } from './recognitionDates';
import { scopeFor, unitsWithData, type RegionScope } from './regionScope';
import { countingRuleOf, readingInUse, withReading, type Target } from './targets';

/** What every evaluation takes. Dates are ISO `YYYY-MM-DD`; areas m². */
export interface PlanInput {
  carriers: readonly CarrierRecord[];
  targets: readonly Target[];
  asOf: IsoDate;
  /** The region tree; defaults to shared/regions.ts. */
  regions?: readonly Region[];
  /** Forecast weights per status; defaults to DEFAULT_FORECAST_WEIGHTS. */
  weights?: ForecastWeights;
  /** Where each region places year-only recognitions; 31 December unless given (recognitionDates.ts). */
  yearOnlyRecognitions?: YearOnlyPlacements;
}

/** Progress of every target and the forecast of every area target, from one index. */
export interface PlanResult {
  asOf: IsoDate;
  progress: TargetProgress[];
  forecasts: TargetForecast[];
}

/**
 * Builds the index once, with every phase in its state at as-of (as-of replay, see
 * phaseAtAsOf.ts), and evaluates every target on it. Targets that measure the same thing over
 * the same period and scope (A1 and A2) share one pass.
 */
export function evaluateTargets(input: PlanInput): PlanResult {
  return evaluateOnIndex(buildPlanIndex(input.carriers, dateKey(input.asOf), yearOnlyRecognitionDay(input.yearOnlyRecognitions)), input);
}

/**
 * Evaluates the targets on an index built from `input.carriers`. Not part of the public API:
 * tests use it to compare the as-of view with the recorded-status view (`buildPlanIndex`
 * without an as-of).
 */
export function evaluateOnIndex(index: PlanIndex, input: PlanInput): PlanResult {
  const regions = input.regions ?? REGIONS;
  const weights = input.weights ?? DEFAULT_FORECAST_WEIGHTS;
  const scopes = new Map<string, RegionScope>();
  const measured = new Map<string, Measured>();
  const progress: TargetProgress[] = [];
  const forecasts: TargetForecast[] = [];
  for (const target of input.targets) {
    const inUse = readingInUse(target);
    const counted = inUse ? withReading(target, inUse) : target;
    const { context, measurement, forecast } = evaluated(counted);
    if (forecast) forecasts.push(forecast);
    const result = progressOf(index, context, counted, measurement, forecast);
    if (target.readings && target.readings.length > 0) {
      result.reading = { id: inUse!.id, label: inUse!.label };
      result.readings = target.readings.map((reading) => readingResult(target, reading, reading.id === inUse!.id));
    }
    progress.push(result);
  }
  return { asOf: input.asOf, progress, forecasts };

  /** Measurement and forecast of a target as counted (a reading applied), shared with every target that counts the same. */
  function evaluated(target: Target): { context: MeasureContext; measurement: Measurement; forecast?: TargetForecast } {
    const shared = measuredFor(target);
    const { context, measurement } = shared;
    if (!hasForecast(target)) return { context, measurement };
    shared.adds ??= pipelineAdds(context, target.measure, weights);
    return { context, measurement, forecast: forecastTarget(context, target, measurement, weights, shared.adds) };
  }

  function readingResult(target: Target, reading: NonNullable<Target['readings']>[number], isInUse: boolean): ReadingResult {
    const counted = withReading(target, reading);
    const { context, measurement, forecast } = evaluated(counted);
    const judgement = judge(context, counted, measurement, forecast);
    return {
      id: reading.id,
      label: reading.label,
      why: reading.why,
      rule: counted.measure === 'recognitions' ? countingRuleOf(counted) : counted.measure,
      measure: counted.measure,
      window: counted.window,
      threshold: counted.threshold,
      unit: counted.unit,
      actual: judgement.actual,
      expected: judgement.expected,
      status: judgement.status,
      ...(judgement.judgedYear !== undefined ? { judgedYear: judgement.judgedYear } : {}),
      inUse: isInUse,
      ...(measurement.recognitionDates ? { recognitionDates: measurement.recognitionDates } : {}),
      contributorCount: judgedContributors(context, measurement, judgement.judgedYear).count,
    };
  }

  function measuredFor(target: Target): Measured {
    const key = measurementKey(target);
    const known = measured.get(key);
    if (known) return known;
    let scope = scopes.get(target.region);
    if (!scope) {
      scope = scopeFor(index, target.region, regions);
      scopes.set(target.region, scope);
    }
    const context = contextFor(index, scope, target, input.asOf);
    const result: Measured = { context, measurement: measure(context, target) };
    measured.set(key, result);
    return result;
  }
}

/** The contributors behind the figure shown: the judged year's for each-year targets. */
function judgedContributors(context: MeasureContext, measurement: Measurement, judgedYear: number | undefined) {
  const slot = judgedYear === undefined ? -1 : context.years.findIndex((window) => window.year === judgedYear);
  return measurement.series[slot]?.contributors ?? measurement.contributors;
}

/** One measurement, shared by the targets that measure the same thing, with its pipeline additions once needed. */
interface Measured {
  context: MeasureContext;
  measurement: Measurement;
  adds?: PipelineAdds;
}

function progressOf(
  index: PlanIndex,
  context: MeasureContext,
  target: Target,
  measurement: Measurement,
  forecast: TargetForecast | undefined,
): TargetProgress {
  const judgement = judge(context, target, measurement, forecast);
  const series = measurement.series.map((point, slot) =>
    judgement.yearsMet ? { ...point, meetsThreshold: judgement.yearsMet[slot] ?? null } : { ...point },
  );
  const units = unitsWithData(index, context.scope);
  // Each-year targets report one year: its breakdowns and contributors are that year's.
  const judgedSlot = judgement.judgedYear === undefined ? -1 : context.years.findIndex((window) => window.year === judgement.judgedYear);
  const judgedPoint = measurement.series[judgedSlot];
  const breakdowns = judgedPoint && measurement.breakdownsOfYear ? measurement.breakdownsOfYear(judgedSlot) : measurement.breakdowns;
  const contributors = judgedPoint ? judgedPoint.contributors : measurement.contributors;
  return {
    id: target.id,
    region: target.region,
    label: target.label,
    measure: target.measure,
    window: target.window,
    comparator: target.comparator,
    threshold: target.threshold,
    unit: target.unit,
    period: target.period,
    source: target.source,
    measuredOn: isoOfKey(context.measuredKey),
    actual: judgement.actual,
    percent: (judgement.actual / target.threshold) * 100,
    expected: judgement.expected,
    status: judgement.status,
    ...(judgement.judgedYear !== undefined ? { judgedYear: judgement.judgedYear } : {}),
    ...(judgement.baseline ? { baseline: judgement.baseline } : {}),
    ...(forecast ? { forecastExpected: forecast.expected } : {}),
    series,
    breakdowns,
    contributorKind: measurement.contributorKind,
    contributors,
    ...(units ? { unitsWithData: units } : {}),
    ...(target.measure === 'recognitions' ? { rule: countingRuleOf(target) } : {}),
    ...(target.quote ? { quote: target.quote } : {}),
    ...(target.why ? { why: target.why } : {}),
    ...(target.note ? { note: target.note } : {}),
    ...(judgement.currentYear ? { currentYear: judgement.currentYear } : {}),
    ...(measurement.recognitionDates ? { recognitionDates: measurement.recognitionDates } : {}),
  };
}
