import type { ProgressForecast, ProgressTarget } from '@shared/api/progress';

/** The figures of the cumulative chart and its table, m², one entry per year of the period. */
export interface CumulativeSeries {
  years: number[];
  /** Period sums: the area each year added (what a year's drill-down lists); stocks: the stock. */
  added: (number | null)[];
  /** The running total (period sums) or the stock (stocks) at each year's end; null for years not started. */
  actual: (number | null)[];
  expected: (number | null)[];
  optimistic: (number | null)[];
  pessimistic: (number | null)[];
  /** Area no known phase covers, per remaining year: what must still be found. */
  toFind: (number | null)[];
}

function runningSum(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/**
 * The chart draws the forecast from the end of the last complete year, where it meets what
 * happened, so the band opens out of the actual line instead of starting in mid-air.
 */
export function cumulativeSeries(target: ProgressTarget, forecast: ProgressForecast | undefined): CumulativeSeries {
  const isSum = target.window === 'period_sum';
  const years = target.series.map((point) => point.year);
  const added = target.series.map((point) => (point.state === 'future' ? null : point.value));
  const sums = runningSum(added.map((value) => value ?? 0));
  const actual = target.series.map((point, index) => (point.state === 'future' ? null : isSum ? sums[index]! : point.value));
  const forecastYears = forecast?.years ?? [];
  const lastComplete = target.series.reduce((last, point, index) => (point.state === 'complete' ? index : last), -1);
  const start = Math.max(lastComplete, 0);
  const pick = (field: 'expected' | 'optimistic' | 'pessimistic') => {
    const values = forecastYears.map((year) => year[field]);
    const totals = isSum ? runningSum(values) : values;
    return years.map((_, index) => (forecastYears.length > 0 && index >= start ? (totals[index] ?? null) : null));
  };
  return {
    years,
    added,
    actual,
    expected: pick('expected'),
    optimistic: pick('optimistic'),
    pessimistic: pick('pessimistic'),
    toFind: years.map((_, index) => {
      const year = forecastYears[index];
      return year && year.state !== 'complete' ? year.toFind : null;
    }),
  };
}
