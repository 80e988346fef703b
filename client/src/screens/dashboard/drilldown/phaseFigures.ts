import type { Measure } from '@shared/planner';
import type { IsoDate } from '@shared/dates';
import type { ContributorItem } from '@shared/api/contributors';

export type PhaseDateKind = 'opened' | 'started' | 'planned';

/** The date of a phase that places it in a measure: opening, construction start, or planned opening for the pipeline. */
export function dateKindOf(measure: Measure): PhaseDateKind {
  if (measure === 'construction_started_floor_area') return 'started';
  if (measure === 'pipeline_incubation_area') return 'planned';
  return 'opened';
}

/** The area and the date of a phase that count for a measure: what the clicked number adds up. */
export function phaseFigures(phase: NonNullable<ContributorItem['phase']>, measure: Measure): { area: number | null; date: IsoDate | null } {
  switch (dateKindOf(measure)) {
    case 'started':
      // A phase without a floor area counts its incubation area (shared/planner README).
      return { area: phase.floorAreaM2 ?? phase.incubationAreaM2, date: phase.constructionStartedOn };
    case 'planned':
      return { area: phase.incubationAreaM2, date: phase.plannedOpeningOn };
    case 'opened':
      return { area: phase.incubationAreaM2, date: phase.openedOn };
  }
}
