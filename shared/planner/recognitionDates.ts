/*
 * When a recognition counts. A recognition may carry its document date (认定文件日期); most
 * records know only the year. Lists of recognised carriers are mostly published late in the
 * year, so a year-only recognition counts from the end of its year by default: at 2024-06-30
 * a 2024 recognition without a date has not happened yet as far as the plan can tell.
 * A region whose lists come out early can count year-only recognitions from 1 January
 * instead (issue #18).
 */

/** Where a year-only recognition is placed in its year. */
export const YEAR_ONLY_PLACEMENTS = ['yearEnd', 'yearStart'] as const;
export type YearOnlyPlacement = (typeof YEAR_ONLY_PLACEMENTS)[number];

/** The placement of each region's year-only recognitions; a region not listed uses `yearEnd`. */
export type YearOnlyPlacements = Readonly<Partial<Record<string, YearOnlyPlacement>>>;

/** Every region counts year-only recognitions from 31 December unless set otherwise here. */
export const DEFAULT_YEAR_ONLY_PLACEMENTS: YearOnlyPlacements = {};

/** MMDD of the day a year-only recognition counts from, for a carrier's region. */
export type YearOnlyDay = (region: string) => number;

/** The MMDD (1231 or 0101) a year-only recognition of a carrier in `region` counts from. */
export function yearOnlyRecognitionDay(placements: YearOnlyPlacements = DEFAULT_YEAR_ONLY_PLACEMENTS): YearOnlyDay {
  return (region) => ((placements[region] ?? 'yearEnd') === 'yearEnd' ? 1231 : 101);
}
