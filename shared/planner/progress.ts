import type { IsoDate } from '../dates';
import type { LocalizedName } from '../regions';
import type { Contributors } from './contributors';
import { evaluateTargets, type PlanInput } from './evaluate';
import type { ContributorKind, SeriesPoint } from './measurement';
import type { PaceBaseline, TargetStatus } from './pace';
import type { UnitsWithData } from './regionScope';
import type { Breakdowns } from './tally';
import type { Comparator, Measure, TargetPeriod, Unit, Window } from './targets';

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
}

export interface ProgressReport {
  asOf: IsoDate;
  targets: TargetProgress[];
}

/**
 * Progress of each target at `asOf` over the given carriers (pure; the same code runs in the
 * browser). A parent region's targets count the carriers of its descendants.
 */
export function evaluateProgress(input: PlanInput): ProgressReport {
  const result = evaluateTargets(input);
  return { asOf: result.asOf, targets: result.progress };
}
