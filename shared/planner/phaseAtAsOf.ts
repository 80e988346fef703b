import type { Phase } from '../carriers/schema';
import type { PhaseStatus } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';

/*
 * As-of replay: a phase as it stood on a date, judged by the dates it records.
 *
 * Carriers keep their history: a phase that opened on 2025-09-01 has status `open` and
 * `openedOn` 2025-09-01. Evaluated at 2025-06-30 that phase was not open yet; it was part of
 * the pipeline then. The engine (planIndex.ts, the same rule on integer date keys) and the
 * scenario slip (scenario.ts) both read a phase through these rules, so what happened after
 * as-of is treated as the plan it was at as-of:
 *
 * - `openedOn` ≤ as-of: open, or closed when `closedOn` ≤ as-of (a phase that closed after
 *   as-of was still open then);
 * - otherwise the phase is pipeline at as-of:
 *   - under construction when its construction had started by as-of: a recorded
 *     `constructionStartedOn` ≤ as-of on a phase whose status is not `planned` (on a planned
 *     phase the start date is itself a plan), or status `under_construction` without a start
 *     date (known to hold now, so taken to hold at as-of);
 *   - planned otherwise (no start yet at as-of, or no start date on a phase opened later);
 *   - its planned opening is `plannedOpeningOn ?? openedOn`: what happened is the best plan
 *     we know when no plan was recorded.
 *
 * At an as-of on or after every recorded date these give back the recorded status and
 * planned opening (the schema ties `openedOn` to open and closed phases), so nothing in the
 * past moves.
 */

/** The status phase had at `asOf`, judged by its recorded dates (see above). */
export function phaseStatusAt(phase: Phase, asOf: IsoDate): PhaseStatus {
  const opened = phase.openedOn;
  if (opened !== undefined && opened <= asOf) return phase.closedOn !== undefined && phase.closedOn <= asOf ? 'closed' : 'open';
  if (opened === undefined && phase.status === 'planned') return 'planned';
  const started = phase.constructionStartedOn;
  if (started !== undefined) return started <= asOf ? 'under_construction' : 'planned';
  return phase.status === 'under_construction' ? 'under_construction' : 'planned';
}

/** Whether phase was pipeline (planned or under construction) at `asOf`. */
export function isPipelineAt(phase: Phase, asOf: IsoDate): boolean {
  return phase.openedOn === undefined || phase.openedOn > asOf;
}

/**
 * The opening a pipeline phase was expected on at `asOf`: `plannedOpeningOn`, or for a phase
 * that opened after as-of without one, `openedOn`. Undefined for phases open at as-of or
 * without either date.
 */
export function plannedOpeningAt(phase: Phase, asOf: IsoDate): IsoDate | undefined {
  if (!isPipelineAt(phase, asOf)) return undefined;
  return phase.plannedOpeningOn ?? phase.openedOn;
}
