/**
 * The planning engine (issue #6): targets as data, progress and pace, forecast, scenarios and
 * chain balance. Pure functions, no I/O: the server and the browser run the same code.
 */
export {
  COMPARATORS,
  MEASURES,
  TargetBaselineSchema,
  TargetFilterSchema,
  TargetListSchema,
  TargetPeriodSchema,
  TargetSchema,
  UNITS,
  WINDOWS,
  isAreaMeasure,
  satisfies,
  unitOf,
  windowsFor,
  type Comparator,
  type Measure,
  type Target,
  type TargetBaseline,
  type TargetFilter,
  type TargetPeriod,
  type Unit,
  type Window,
} from './targets';
export { PLANNER_MESSAGES } from './messages';
export * from './limits';
export { Contributors } from './contributors';
export type { PlanInput, PlanResult } from './evaluate';
export { evaluatePlan } from './plan';
export { evaluateProgress, type ProgressPoint, type ProgressReport, type TargetProgress } from './progress';
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
export { AT_RISK_SHARE_OF_PACE, TARGET_STATUSES, elapsedShare, type PaceBaseline, type TargetStatus } from './pace';
export type { ContributorKind, SeriesPoint } from './measurement';
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
export { isPipelineAt, phaseStatusAt, plannedOpeningAt } from './phaseAtAsOf';
