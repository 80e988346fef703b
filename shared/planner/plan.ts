import { evaluateTargets, type PlanInput, type PlanResult } from './evaluate';

export type { PlanInput, PlanResult } from './evaluate';

/** Progress and forecast together, from one index over the carriers: what the planner screen shows. */
export function evaluatePlan(input: PlanInput): PlanResult {
  return evaluateTargets(input);
}
