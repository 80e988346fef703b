import type { IsoDate } from '../dates';
import type { PhaseStatus } from './vocabulary';

/*
 * Phase states that must agree with the calendar (issue #18). A phase still `planned` has
 * not started: a construction start on or before today contradicts it. Such a phase is
 * either under construction (the start happened) or its start is a plan that slipped; the
 * person entering it says which. The schema cannot know today, so the commands and the
 * import run this with the day in China.
 */

/** A phase-state problem, as a field error without its localized message. */
export interface PhaseStateIssue {
  /** `phases.<n>.constructionStartedOn`, as the API's field errors name it. */
  path: string;
  code: 'phase.constructionStartedOn.plannedInPast';
}

/** Planned phases whose construction start is not after `today`. */
export function phaseStateIssues(phases: readonly { status: PhaseStatus; constructionStartedOn?: IsoDate }[], today: IsoDate): PhaseStateIssue[] {
  const issues: PhaseStateIssue[] = [];
  phases.forEach((phase, position) => {
    if (phase.status === 'planned' && phase.constructionStartedOn !== undefined && phase.constructionStartedOn <= today) {
      issues.push({ path: `phases.${position}.constructionStartedOn`, code: 'phase.constructionStartedOn.plannedInPast' });
    }
  });
  return issues;
}
