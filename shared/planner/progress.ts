import { evaluateTargets, type PlanInput } from './evaluate';
import type { ProgressReport } from './report';

export type { ProgressPoint, ProgressReport, ReadingResult, TargetProgress } from './report';

/**
 * Progress of each target at `asOf` over the given carriers (pure; the same code runs in the
 * browser). A parent region's targets count the carriers of its descendants.
 */
export function evaluateProgress(input: PlanInput): ProgressReport {
  const result = evaluateTargets(input);
  return { asOf: result.asOf, targets: result.progress };
}
