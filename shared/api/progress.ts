import type { IsoDate } from '../dates';
import type { Contributors, TargetForecast, TargetProgress } from '../planner';
import type { ClosingView } from './closings';

/** Whose figures a progress answer counts: verified records only, or with pending reports overlaid. */
export type Basis = 'verified' | 'reported';

/**
 * The API sends `{count}` in place of every Contributors (the ids behind a number are
 * fetched one number at a time, from the drill-down endpoint).
 */
export type WithCounts<T> = T extends Contributors
  ? { count: number }
  : T extends readonly (infer Item)[]
    ? WithCounts<Item>[]
    : T extends object
      ? { [Key in keyof T]: WithCounts<T[Key]> }
      : T;

export type ProgressTarget = WithCounts<TargetProgress> & {
  /** The period has ended at as-of: the figures are final. */
  periodClosed: boolean;
  /** Once a planner closed the period: the frozen figure and any correction since. */
  closing?: ClosingView;
};
export type ProgressForecast = WithCounts<TargetForecast>;

/** `GET /api/regions/:id/progress` */
export interface ProgressReply {
  region: string;
  asOf: IsoDate;
  basis: Basis;
  targets: ProgressTarget[];
  forecasts: ProgressForecast[];
}
