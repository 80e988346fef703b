import type { Contributors } from './contributors';
import type { YearState } from './context';
import type { Breakdowns } from './tally';

/** What the contributor ids of a measurement name. */
export type ContributorKind = 'phase' | 'recognition' | 'carrier';

/** One year of a target's series: the flow in that year, or the stock at its end (as-of if earlier). */
export interface SeriesPoint {
  year: number;
  state: YearState;
  /** Null for years that have not started at as-of. */
  value: number | null;
  contributors: Contributors;
}

/** The numbers one pass produces for a target, before pace and status are judged. */
export interface Measurement {
  contributorKind: ContributorKind;
  /** Flows: the sum over the period up to as-of. Stocks: the stock at the measurement date. */
  total: number;
  contributors: Contributors;
  series: SeriesPoint[];
  breakdowns: Breakdowns;
  /** Stocks only: the stock the data shows at the baseline date (the day before the period). */
  baselineFromData?: number;
  /**
   * Recognition measures: how many counted recognitions carry only a year (placed on the day
   * their region counts them from), and how many year-only ones of as-of's year in the range
   * count only from a later day (they will count once the year ends).
   */
  recognitionDates?: RecognitionDates;
  /** Flows only: the breakdowns of one year of the series (for each-year targets). */
  breakdownsOfYear?: (slot: number) => Breakdowns;
}

/** How much of a recognition figure rests on year-only recognitions. */
export interface RecognitionDates {
  yearOnly: number;
  awaitingYearEnd: number;
}
