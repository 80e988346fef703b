import type { IsoDate } from '../dates';
import { evaluateTargets, type PlanInput } from './evaluate';
import type { TargetForecast } from './pipelineForecast';

export {
  DEFAULT_FORECAST_WEIGHTS,
  ForecastWeightsSchema,
  hasForecast,
  type ForecastWeights,
  type ForecastYear,
  type TargetForecast,
} from './pipelineForecast';

export interface ForecastReport {
  asOf: IsoDate;
  /** One forecast per area target, in the order of the input targets. */
  targets: TargetForecast[];
}

/**
 * Where each area target is heading by the end of its period, from the phases not yet open
 * and their planned dates, weighted by status (see pipelineForecast.ts for the rules).
 */
export function evaluateForecast(input: PlanInput): ForecastReport {
  const result = evaluateTargets(input);
  return { asOf: result.asOf, targets: result.forecasts };
}
