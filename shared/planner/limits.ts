/** Limits on planner inputs, shared by the API, the forms and the engine. */

/** Largest threshold a target may carry: well above Suzhou's whole stock of incubation area. */
export const MAX_TARGET_THRESHOLD = 100_000_000;
/** A target spans at most 20 calendar years, which bounds its per-year series. */
export const MAX_TARGET_PERIOD_YEARS = 20;
export const MAX_TARGET_LABEL_LENGTH = 120;
export const MAX_SCENARIO_NAME_LENGTH = 100;
export const MAX_SCENARIO_EDITS = 200;
/** Phases named by one slip or drop edit. */
export const MAX_PHASE_REFS = 500;
/** A slip moves dates by at most five years either way. */
export const MAX_SLIP_MONTHS = 60;
