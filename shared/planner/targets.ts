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
 * - `recognitions`: recognitions in the period at a tier in the filter's range, counted by the
 *   target's counting rule (`COUNTING_RULES`; C1–C3, C5, K3).
 * - `construction_started_incubation_area`: incubation area of phases by their
 *   `constructionStartedOn`, opened since or not (A4 read as the period's new builds).
 */
export const MEASURES = [
  'opened_incubation_area',
  'construction_started_floor_area',
  'pipeline_incubation_area',
  'open_incubation_area',
  'carrier_count',
  'carriers_with_tier',
  'recognitions',
  'construction_started_incubation_area',
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
  construction_started_incubation_area: { unit: 'm2', windows: ['period_sum', 'each_year'], requiresMinTier: false, isArea: true },
};

/**
 * How a recognition target counts (issue #18). A recognition counts from its document date
 * (认定文件日期), or, with only a year, from the day its region places year-only recognitions
 * (recognitionDates.ts, 31 December by default); it counts when that date lies in the period
 * and not after as-of.
 *
 * - `firstReachesTier`: a carrier counts once, when it first holds a tier in the range — its
 *   earliest recognition in the range ever lies inside the period. A carrier that was
 *   prefecture before the period and becomes provincial in it adds nothing: it was a holder
 *   already (新增…市级及以上, K3).
 * - `distinctCarriers`: a carrier counts once, at its first recognition in the range inside
 *   the period, whatever it held before (a prefecture carrier recognised provincial counts).
 * - `recognitionsAtTier`: every recognition in the range inside the period counts (认定次数);
 *   with an exact tier (C1–C3) this is "recognised at that tier in the period".
 * - `netChangeOfHolders`: carriers in operation holding a tier in the range at the end, less
 *   those at the day before the period (净增): closures and lapses subtract.
 */
export const COUNTING_RULES = ['firstReachesTier', 'distinctCarriers', 'recognitionsAtTier', 'netChangeOfHolders'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

/** The rule of a recognition target that names none (targets stored before rules were data). */
export const DEFAULT_COUNTING_RULE: CountingRule = 'distinctCarriers';

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

const NoteText = z
  .string({ message: 'target.note.required' })
  .trim()
  .min(1, { message: 'target.note.required' })
  .max(MAX_NOTE_LENGTH, { message: 'text.tooLong' });

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

/** A target's note, in both languages: what is counted and how it compares with the source's figure. */
export const TargetNoteSchema = z.strictObject({ zh: NoteText, en: NoteText }, { message: 'target.note.invalid' });
export type TargetNote = z.infer<typeof TargetNoteSchema>;

/** Ids of readings: short and stable, so a planner's choice survives edits of the labels. */
export const TargetReadingIdSchema = z.string({ message: 'target.reading.id' }).regex(/^[a-z][A-Za-z0-9_-]{0,29}$/, { message: 'target.reading.id' });

/**
 * One honest reading of the plan's words: what it changes on the target (a counting rule, a
 * measure, window, filter or threshold; the rest is the target's own), its label and why it is
 * a reading at all. The target's own fields are the reading in use; each reading lists the
 * fields that make it, so any of them can be put in use (`reading`).
 */
export const TargetReadingSchema = z.strictObject(
  {
    id: TargetReadingIdSchema,
    label: z.strictObject({ zh: LabelText, en: LabelText }, { message: 'target.label.required' }),
    why: TargetNoteSchema,
    rule: z.enum(COUNTING_RULES, { message: 'target.rule.invalid' }).optional(),
    measure: z.enum(MEASURES, { message: 'target.measure.invalid' }).optional(),
    window: z.enum(WINDOWS, { message: 'target.window.invalid' }).optional(),
    filter: TargetFilterSchema.optional(),
    threshold: Threshold.optional(),
  },
  { message: 'target.reading.invalid' },
);
export type TargetReading = z.infer<typeof TargetReadingSchema>;

/** Readings a target may list. */
export const MAX_TARGET_READINGS = 6;

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
  /** Recognition targets: how recognitions are counted (COUNTING_RULES); `distinctCarriers` when absent. */
  rule: z.enum(COUNTING_RULES, { message: 'target.rule.invalid' }).optional(),
  /** The plan's sentence the target reads, as written. */
  quote: NoteText.optional(),
  /** Why the target is read this way (the rule, the measure). */
  why: TargetNoteSchema.optional(),
  /** What exactly is counted, and how it compares with the source's own figure (K1, K2). */
  note: TargetNoteSchema.optional(),
  /** Every reading the plan's words allow; the one in use is `reading`. */
  readings: z.array(TargetReadingSchema, { message: 'array' }).max(MAX_TARGET_READINGS, { message: 'target.readings.tooMany' }).optional(),
  /** The id of the reading in use; its fields are applied to the target's own. Absent: the first reading. */
  reading: TargetReadingIdSchema.optional(),
};

type TargetShape = z.infer<z.ZodObject<typeof targetFields>>;

/** The fields that decide what a target counts, the ones a reading may set. */
type CountingShape = Pick<TargetShape, 'measure' | 'window' | 'unit' | 'threshold' | 'filter' | 'rule' | 'baseline'>;

function checkCounting(target: CountingShape, at: (string | number)[], issue: (path: (string | number)[], message: string) => void): void {
  const rule = MEASURE_RULES[target.measure];
  if (!rule.windows.includes(target.window)) issue([...at, 'window'], 'target.window.notForMeasure');
  if (rule.unit !== target.unit) issue([...at, 'unit'], 'target.unit.notForMeasure');
  if (rule.unit === 'count' && !Number.isInteger(target.threshold)) issue([...at, 'threshold'], 'target.threshold.integer');
  if (rule.requiresMinTier && !target.filter.minTier) issue([...at, 'filter', 'minTier'], 'target.filter.minTier.required');
  if (target.rule && target.measure !== 'recognitions') issue([...at, 'rule'], 'target.rule.onlyForRecognitions');
  const { minTier, maxTier } = target.filter;
  if (minTier && maxTier && tierRank(maxTier) < tierRank(minTier)) issue([...at, 'filter', 'maxTier'], 'target.filter.tierRange');
  const seen = new Set<string>();
  target.filter.kinds.forEach((kind, index) => {
    if (seen.has(kind)) issue([...at, 'filter', 'kinds', index], 'target.filter.kinds.duplicate');
    seen.add(kind);
  });
  if (target.baseline && target.window !== 'stock_at_end') issue([...at, 'baseline'], 'target.baseline.onlyForStock');
}

/** Rules that span fields: the window and unit must fit the measure, the period must run forward, every reading must make a valid target. */
function checkTargetConsistency(target: TargetShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  checkCounting(target, [], issue);
  const { from, to } = target.period;
  if (from > to) issue(['period', 'to'], 'target.period.order');
  else if (yearOf(to) - yearOf(from) + 1 > MAX_TARGET_PERIOD_YEARS) issue(['period', 'to'], 'target.period.tooLong');
  if (target.baseline && target.baseline.on >= from) issue(['baseline', 'on'], 'target.baseline.notBeforePeriod');
  const ids = new Set<string>();
  (target.readings ?? []).forEach((reading, position) => {
    if (ids.has(reading.id)) issue(['readings', position, 'id'], 'target.reading.duplicate');
    ids.add(reading.id);
    // A reading that changes the measure reads the unit of that measure and drops a stock's baseline.
    checkCounting(withReading(target, reading), ['readings', position], issue);
  });
  if (target.reading !== undefined && !ids.has(target.reading)) issue(['reading'], 'target.reading.unknown');
}

/**
 * The target as one reading counts it: the reading's fields over the target's own. A reading
 * that changes the measure takes that measure's unit, keeps a baseline only for a stock and a
 * counting rule only for recognitions.
 */
export function withReading<T extends CountingShape>(target: T, reading: TargetReading): T {
  const measure = reading.measure ?? target.measure;
  const window = reading.window ?? target.window;
  const rule = measure === 'recognitions' ? (reading.rule ?? target.rule) : undefined;
  const { rule: _rule, baseline, ...rest } = target;
  return {
    ...rest,
    measure,
    window,
    unit: MEASURE_RULES[measure].unit,
    filter: reading.filter ?? target.filter,
    threshold: reading.threshold ?? target.threshold,
    ...(rule ? { rule } : {}),
    ...(baseline && window === 'stock_at_end' ? { baseline } : {}),
  } as T;
}

/** The reading in use: the one `reading` names, else the first; undefined for a target without readings. */
export function readingInUse(target: Pick<Target, 'readings' | 'reading'>): TargetReading | undefined {
  const readings = target.readings ?? [];
  return readings.find((reading) => reading.id === target.reading) ?? readings[0];
}

/** The rule a recognition target counts by. */
export function countingRuleOf(target: Pick<Target, 'rule'>): CountingRule {
  return target.rule ?? DEFAULT_COUNTING_RULE;
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
