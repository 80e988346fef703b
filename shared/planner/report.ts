import type { IsoDate } from '../dates';
import type { LocalizedName } from '../regions';
import type { Contributors } from './contributors';
import type { ContributorKind, RecognitionDates, SeriesPoint } from './measurement';
import type { CurrentYear, PaceBaseline, TargetStatus } from './pace';
import type { UnitsWithData } from './regionScope';
import type { Breakdowns } from './tally';
import type { Comparator, CountingRule, Measure, TargetNote, TargetPeriod, Unit, Window } from './targets';

/*
 * What an evaluation reports, apart from the code that computes it (evaluate.ts) and the
 * public functions that return it (progress.ts, plan.ts), so neither imports the other.
 */

/** A series point of a target; each-year targets also say whether the year met the threshold. */
export interface ProgressPoint extends SeriesPoint {
  meetsThreshold?: boolean | null;
}

/**
 * How far one target is at as-of. Areas in m², counts in carriers (家).
 *
 * - `actual`: flows, the sum over the period up to as-of; stocks, the stock on `measuredOn`
 *   (the period's end, or as-of if earlier); each-year targets, the value of `judgedYear`
 *   (the current year during the period, the weakest year after it).
 * - `percent`: actual / threshold × 100.
 * - `expected` and `status`: see pace.ts `judge` and README.md (时间过半、任务过半).
 * - `series`: one point per calendar year of the period.
 * - `breakdowns`: by district, kind, tier, industry and, for a parent region, child unit.
 * - `contributors`: the phases (`carrierId:phaseId`), recognitions (`carrierId:recognitionId`)
 *   or carriers behind `actual`; every series point and breakdown cell has its own. For
 *   each-year targets the breakdowns and contributors are those of `judgedYear`, like `actual`.
 * - `unitsWithData`: for a parent region (Suzhou), how many child units have any carriers.
 */
export interface TargetProgress {
  id: string;
  region: string;
  label: LocalizedName;
  measure: Measure;
  window: Window;
  comparator: Comparator;
  threshold: number;
  unit: Unit;
  period: TargetPeriod;
  source: string;
  measuredOn: IsoDate;
  actual: number;
  percent: number;
  expected: number;
  status: TargetStatus;
  judgedYear?: number;
  baseline?: PaceBaseline;
  /** Area targets: the expected end value of the forecast (see forecast.ts). */
  forecastExpected?: number;
  series: ProgressPoint[];
  breakdowns: Breakdowns;
  contributorKind: ContributorKind;
  contributors: Contributors;
  unitsWithData?: UnitsWithData;
  /** Recognition targets: the counting rule of the reading in use. */
  rule?: CountingRule;
  /** The plan's sentence, why it is read this way, and what exactly is counted (from the target). */
  quote?: string;
  why?: TargetNote;
  note?: TargetNote;
  /** Each-year targets judged on a missed year during the period: the current year beside it. */
  currentYear?: CurrentYear;
  /** Recognition figures: how much rests on year-only recognitions (see measurement.ts). */
  recognitionDates?: RecognitionDates;
  /** The reading in use, when the target lists readings. */
  reading?: { id: string; label: LocalizedName };
  /** Every reading the target lists, each with its own figure and status. */
  readings?: ReadingResult[];
}

/** One reading of a target, evaluated like the target itself. */
export interface ReadingResult {
  id: string;
  label: LocalizedName;
  why: TargetNote;
  /** Recognition readings: their counting rule; otherwise the measure they read. */
  rule: CountingRule | Measure;
  measure: Measure;
  window: Window;
  threshold: number;
  unit: Unit;
  actual: number;
  expected: number;
  status: TargetStatus;
  judgedYear?: number;
  inUse: boolean;
  recognitionDates?: RecognitionDates;
  contributorCount: number;
}

export interface ProgressReport {
  asOf: IsoDate;
  targets: TargetProgress[];
}

