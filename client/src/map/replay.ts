import { endOfYear, type IsoDate } from '@shared/dates';
import type { MapPhase } from '@shared/carriers/geojson';
import { highestTier, type Tier } from '@shared/carriers/vocabulary';

/** First and last year of the replay: the 13th plan's opening year to the end of the 14th plan. */
export const REPLAY_FIRST_YEAR = 2015;
export const REPLAY_LAST_YEAR = 2025;

/**
 * Whether a phase is in use on a date, judged by its dates rather than its status, so past
 * years replay correctly. Mirrors `isOpenOn` in shared/carriers/derive.ts for the map's compact
 * phases.
 */
export function phaseOpenOn(phase: MapPhase, date: IsoDate): boolean {
  if (!phase.o || phase.o > date) return false;
  return !phase.c || phase.c > date;
}

/** Incubation area in use on a date, ㎡. */
export function openAreaOn(phases: readonly MapPhase[], date: IsoDate): number {
  let area = 0;
  for (const phase of phases) if (phaseOpenOn(phase, date)) area += phase.a;
  return area;
}

/** Whether a carrier has any area in use on a date (a phase without area still counts). */
export function hasOpenPhaseOn(phases: readonly MapPhase[], date: IsoDate): boolean {
  return phases.some((phase) => phaseOpenOn(phase, date));
}

/** The highest tier recognised in or before a year. */
export function tierInYear(recognitions: readonly [number, Tier][], year: number): Tier | null {
  return highestTier(recognitions.filter(([recognised]) => recognised <= year).map(([, tier]) => tier));
}

/** The last day of a replayed year: a carrier shows in year Y when it is open on Y-12-31. */
export function replayDate(year: number): IsoDate {
  return endOfYear(year);
}
