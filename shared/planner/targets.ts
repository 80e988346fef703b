import { z } from 'zod';
import { IsoDateSchema } from '../carriers/schema';
import { MAX_NOTE_LENGTH } from '../carriers/limits';
import { CARRIER_KINDS, TIERS, tierRank } from '../carriers/vocabulary';
import { REGION_IDS } from '../regions';
import { yearOf } from '../dates';
import { MAX_TARGET_LABEL_LENGTH, MAX_TARGET_PERIOD_YEARS, MAX_TARGET_THRESHOLD } from './limits';

/*
 * A target is data, not code: a region, a measure, a filter, a window, a comparator and a
 * threshold over a period (issue #6). Messages are keys from ./messages.ts and
 * shared/validation/messages.ts.
 */

/**
 * What a target counts. Areas are m², counts are carriers (家) unless noted.
 *
 * - `opened_incubation_area`: incubation area of phases by their `openedOn` (新投用孵化面积,
 *   Taicang A1/A2). A phase that later closed still counts in the year it opened.
 * - `construction_started_floor_area`: floor area of phases by their `constructionStartedOn`
 *   (年新建载体面积, A3); a phase without a floor area counts its incubation area, a lower
 *   bound since incubation area ≤ floor area.
 * - `pipeline_incubation_area`: incubation area under construction and not yet open at a
 *   date (在建、新建载体孵化面积, A4). See README for the rule on undated phases.
 * - `open_incubation_area`: incubation area in use at a date (Kunshan 累计科创空间, K2).
 * - `carrier_count`: carriers in operation (at least one phase open) at a date (K1).
 * - `carriers_with_tier`: carriers in operation whose highest recognition by then lies in
 *   the filter's tier range (C4 苏州市级以上孵化器, S1 省级以上孵化载体).
 * - `recognitions`: carriers newly recognised in the period at a tier in the filter's range,
 *   each carrier counted once, in the year of its first qualifying recognition (C1–C3, C5, K3).
 */
export const MEASURES = [
  'opened_incubation_area',
  'construction_started_floor_area',
  'pipeline_incubation_area',
  'open_incubation_area',
  'carrier_count',
  'carriers_with_tier',
  'recognitions',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * How the period is read: `period_sum` adds up the flow over the period; `each_year` asks the
 * threshold of every calendar year in it; `stock_at_end` reads the stock at the period's end;
 * `recognitions_in_period` counts recognitions whose year falls in the period.
 */
export const WINDOWS = ['period_sum', 'each_year', 'stock_at_end', 'recognitions_in_period'] as const;
export type Window = (typeof WINDOWS)[number];

/** `at_least`: ≥ threshold (…以上, 达到); `more_than`: > threshold (突破, 超, ＞). */
export const COMPARATORS = ['at_least', 'more_than'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const UNITS = ['m2', 'count'] as const;
export type Unit = (typeof UNITS)[number];

interface MeasureRule {
  unit: Unit;
  windows: readonly Window[];
  requiresMinTier: boolean;
  isArea: boolean;
}

const MEASURE_RULES: Record<Measure, MeasureRule> = {
  opened_incubation_area: { unit: 'm2', windows: ['period_sum', 'each_year'], requiresMinTier: false, isArea: true },
  construction_started_floor_area: { unit: 'm2', windows: ['period_sum', 'each_year'], requiresMinTier: false, isArea: true },
  pipeline_incubation_area: { unit: 'm2', windows: ['stock_at_end'], requiresMinTier: false, isArea: true },
  open_incubation_area: { unit: 'm2', windows: ['stock_at_end'], requiresMinTier: false, isArea: true },
  carrier_count: { unit: 'count', windows: ['stock_at_end'], requiresMinTier: false, isArea: false },
  carriers_with_tier: { unit: 'count', windows: ['stock_at_end'], requiresMinTier: true, isArea: false },
  recognitions: { unit: 'count', windows: ['recognitions_in_period'], requiresMinTier: true, isArea: false },
};

/** The unit a measure is expressed in. */
export function unitOf(measure: Measure): Unit {
  return MEASURE_RULES[measure].unit;
}

/** The windows that make sense for a measure (flows sum or go per year, stocks are read at a date). */
export function windowsFor(measure: Measure): readonly Window[] {
  return MEASURE_RULES[measure].windows;
}

/** Area measures are the ones the pipeline forecast covers. */
export function isAreaMeasure(measure: Measure): boolean {
  return MEASURE_RULES[measure].isArea;
}

/** Whether a value meets a threshold under a comparator. */
export function satisfies(value: number, comparator: Comparator, threshold: number): boolean {
  return comparator === 'at_least' ? value >= threshold : value > threshold;
}

const LabelText = z
  .string({ message: 'target.label.required' })
  .trim()
  .min(1, { message: 'target.label.required' })
  .max(MAX_TARGET_LABEL_LENGTH, { message: 'text.tooLong' });

const TierSchema = z.enum(TIERS, { message: 'recognition.tier.invalid' });

const Threshold = z
  .number({ message: 'target.threshold.number' })
  .refine(Number.isFinite, { message: 'target.threshold.number' })
  .refine((value) => value > 0, { message: 'target.threshold.positive' })
  .refine((value) => value <= MAX_TARGET_THRESHOLD, { message: 'target.threshold.max' });

/** Which carriers a target counts: their kinds and, optionally, a tier range (inclusive). */
export const TargetFilterSchema = z.strictObject(
  {
    kinds: z
      .array(z.enum(CARRIER_KINDS, { message: 'carrier.kind.invalid' }), { message: 'array' })
      .min(1, { message: 'target.filter.kinds.required' })
      .max(CARRIER_KINDS.length, { message: 'target.filter.kinds.duplicate' }),
    /** Lowest tier counted: `prefecture` reads 市级以上 (national and provincial count too). */
    minTier: TierSchema.optional(),
    /** Highest tier counted: set it equal to `minTier` for an exact tier (新认定苏州市级孵化器). */
    maxTier: TierSchema.optional(),
  },
  { message: 'target.filter.required' },
);
export type TargetFilter = z.infer<typeof TargetFilterSchema>;

/** A stock documented at a date before the period (e.g. Kunshan 2020: 140 carriers), used for the pace. */
export const TargetBaselineSchema = z.strictObject(
  {
    value: z
      .number({ message: 'target.baseline.number' })
      .refine((value) => Number.isFinite(value) && value >= 0, { message: 'target.baseline.number' }),
    on: IsoDateSchema,
  },
  { message: 'target.baseline.invalid' },
);
export type TargetBaseline = z.infer<typeof TargetBaselineSchema>;

export const TargetPeriodSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }, { message: 'target.period.required' });
export type TargetPeriod = z.infer<typeof TargetPeriodSchema>;

const targetFields = {
  id: z.string({ message: 'target.id.format' }).regex(/^[A-Za-z][A-Za-z0-9_-]{0,19}$/, { message: 'target.id.format' }),
  region: z.enum(REGION_IDS, { message: 'target.region.invalid' }),
  label: z.strictObject({ zh: LabelText, en: LabelText }, { message: 'target.label.required' }),
  measure: z.enum(MEASURES, { message: 'target.measure.invalid' }),
  filter: TargetFilterSchema,
  window: z.enum(WINDOWS, { message: 'target.window.invalid' }),
  comparator: z.enum(COMPARATORS, { message: 'target.comparator.invalid' }),
  threshold: Threshold,
  unit: z.enum(UNITS, { message: 'target.unit.invalid' }),
  period: TargetPeriodSchema,
  /** Only for `stock_at_end`; without it the pace starts from the stock the data shows the day before the period. */
  baseline: TargetBaselineSchema.optional(),
  /** Document and clause, in Chinese: 《太仓市“十四五”科技创新规划》表2 第13行. */
  source: z
    .string({ message: 'target.source.required' })
    .trim()
    .min(1, { message: 'target.source.required' })
    .max(MAX_NOTE_LENGTH, { message: 'text.tooLong' }),
};

type TargetShape = z.infer<z.ZodObject<typeof targetFields>>;

/** Rules that span fields: the window and unit must fit the measure, the period must run forward. */
function checkTargetConsistency(target: TargetShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const rule = MEASURE_RULES[target.measure];
  if (!rule.windows.includes(target.window)) issue(['window'], 'target.window.notForMeasure');
  if (rule.unit !== target.unit) issue(['unit'], 'target.unit.notForMeasure');
  if (rule.unit === 'count' && !Number.isInteger(target.threshold)) issue(['threshold'], 'target.threshold.integer');
  if (rule.requiresMinTier && !target.filter.minTier) issue(['filter', 'minTier'], 'target.filter.minTier.required');
  const { minTier, maxTier } = target.filter;
  if (minTier && maxTier && tierRank(maxTier) < tierRank(minTier)) issue(['filter', 'maxTier'], 'target.filter.tierRange');
  const seen = new Set<string>();
  target.filter.kinds.forEach((kind, index) => {
    if (seen.has(kind)) issue(['filter', 'kinds', index], 'target.filter.kinds.duplicate');
    seen.add(kind);
  });
  const { from, to } = target.period;
  if (from > to) issue(['period', 'to'], 'target.period.order');
  else if (yearOf(to) - yearOf(from) + 1 > MAX_TARGET_PERIOD_YEARS) issue(['period', 'to'], 'target.period.tooLong');
  if (target.baseline && target.window !== 'stock_at_end') issue(['baseline'], 'target.baseline.onlyForStock');
  if (target.baseline && target.baseline.on >= from) issue(['baseline', 'on'], 'target.baseline.notBeforePeriod');
}

/** A planner's target as the API accepts it and the engine reads it. */
export const TargetSchema = z.strictObject(targetFields).superRefine(checkTargetConsistency);
export type Target = z.infer<typeof TargetSchema>;

/** Several targets at once (a region's list); ids must be unique within it. */
export const TargetListSchema = z
  .array(TargetSchema, { message: 'array' })
  .superRefine((targets, ctx) => {
    const seen = new Set<string>();
    targets.forEach((target, index) => {
      if (seen.has(target.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'target.id.duplicate' });
      seen.add(target.id);
    });
  });
