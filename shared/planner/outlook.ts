import type { TargetForecast } from './pipelineForecast';
import type { TargetStatus } from './pace';
import type { TargetProgress } from './report';
import { satisfies, type Measure } from './targets';

/*
 * A scenario is a question about the end of the period ("if these phases slip, do we still
 * make 100 万㎡?"), so its status comes from its own forecast, not from the pace at as-of: a
 * scenario whose A1 forecast ends at 84.3 万㎡ is not 进度正常 just because the openings so far
 * keep pace.
 */

/**
 * Where a target ends if the scenario's forecast holds:
 * - what is already decided stays: `met`, a closed period, an each-year target with a missed year;
 * - `on_track` when the expected forecast reaches the threshold;
 * - `at_risk` when only the optimistic one does;
 * - `behind` when not even the optimistic one does.
 * Targets without a forecast (recognitions) keep their pace status.
 */
export function outlookOf(progress: TargetProgress, forecast: TargetForecast | undefined, periodClosed: boolean): TargetStatus {
  if (progress.status === 'met' || periodClosed || !forecast) return progress.status;
  if (forecast.window === 'each_year' && forecast.years.some((year) => year.state === 'complete' && !satisfies(year.actual ?? 0, forecast.comparator, forecast.threshold))) {
    return 'behind';
  }
  if (forecast.reaches.expected) return 'on_track';
  if (forecast.reaches.optimistic) return 'at_risk';
  return 'behind';
}

/** How a difference between two evaluations reads for the plan. */
export type DeltaTone = 'good' | 'bad' | 'neutral';

/** Why a difference is not coloured by its sign alone. */
export type ToneReason = 'delayed_openings';

export interface Tone {
  tone: DeltaTone;
  reason?: ToneReason;
}

/**
 * The colour of a change in one target's end value:
 * - no change: neutral;
 * - a rise is good and a fall bad for targets to reach (every comparator here is "at least");
 * - except a pipeline stock (在建、新建, measured by what is not yet open) that rises while the
 *   openings of the same scenario fall: that is the same area opening later, not new work, so
 *   it is never shown as good news (it reads neutral, with the reason).
 */
export function toneOf(measure: Measure, delta: number, openingsFell: boolean): Tone {
  if (delta === 0) return { tone: 'neutral' };
  if (measure.startsWith('pipeline_') && delta > 0 && openingsFell) return { tone: 'neutral', reason: 'delayed_openings' };
  return { tone: delta > 0 ? 'good' : 'bad' };
}
