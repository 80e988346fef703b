/**
 * The planning engine (issue #6): targets as data, progress and pace, forecast, scenarios and
 * chain balance. Pure functions, no I/O: the server and the browser run the same code.
 */
export {
  COMPARATORS,
  COUNTING_RULES,
  DEFAULT_COUNTING_RULE,
  MAX_TARGET_READINGS,
  MEASURES,
  TargetNoteSchema,
  TargetReadingIdSchema,
  TargetReadingSchema,
  TargetBaselineSchema,
  TargetFilterSchema,
  TargetListSchema,
  TargetPeriodSchema,
  TargetSchema,
  UNITS,
  WINDOWS,
  isAreaMeasure,
  countingRuleOf,
  readingInUse,
  satisfies,
  unitOf,
  withReading,
  windowsFor,
  type Comparator,
  type CountingRule,
  type Measure,
  type Target,
  type TargetBaseline,
  type TargetFilter,
  type TargetNote,
  type TargetPeriod,
  type TargetReading,
  type Unit,
  type Window,
} from './targets';
export { PLANNER_MESSAGES } from './messages';
export * from './limits';
export { Contributors } from './contributors';
export type { PlanInput, PlanResult } from './evaluate';
export { evaluatePlan } from './plan';
export { evaluateProgress } from './progress';
export type { ProgressPoint, ProgressReport, ReadingResult, TargetProgress } from './report';
export { DEFAULT_YEAR_ONLY_PLACEMENTS, YEAR_ONLY_PLACEMENTS, type YearOnlyPlacement, type YearOnlyPlacements } from './recognitionDates';
export {
  DEFAULT_FORECAST_WEIGHTS,
  ForecastWeightsSchema,
  evaluateForecast,
  hasForecast,
  type ForecastReport,
  type ForecastWeights,
  type ForecastYear,
  type TargetForecast,
} from './forecast';
export { AT_RISK_SHARE_OF_PACE, TARGET_STATUSES, elapsedShare, type CurrentYear, type PaceBaseline, type TargetStatus } from './pace';
export type { ContributorKind, RecognitionDates, SeriesPoint } from './measurement';
export type { YearState } from './context';
export { DIMENSIONS, type BreakdownCell, type Breakdowns, type Dimension } from './tally';
export type { UnitsWithData } from './regionScope';
export {
  AddEditSchema,
  DropEditSchema,
  HYPOTHETICAL_ID_PREFIX,
  HypotheticalCarrierSchema,
  PhaseRefSchema,
  ScenarioEditSchema,
  ScenarioSchema,
  SlipEditSchema,
  applyScenario,
  compareScenarios,
  evaluateScenario,
  slipPhase,
  type Delta,
  type HypotheticalCarrier,
  type Scenario,
  type ScenarioComparison,
  type ScenarioEdit,
  type ScenarioInput,
  type ScenarioResult,
  type TargetComparison,
} from './scenario';
export {
  ChainReferenceSchema,
  DEFAULT_CHAIN_REFERENCE,
  evaluateChain,
  type ChainBalance,
  type ChainInput,
  type ChainLink,
  type ChainReference,
  type ChainSplit,
} from './chain';
export { outlookOf, toneOf, type DeltaTone, type Tone, type ToneReason } from './outlook';
export { isPipelineAt, phaseStatusAt, plannedOpeningAt } from './phaseAtAsOf';
