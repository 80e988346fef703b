/** Tier rules as data and the check of a carrier against them (no I/O). */
export { checkTier, nextTier, summarize, type TierCheckInput } from './check';
export { FIGURE_LABELS, figuresFrom, REPORT_FIGURE_NAMES, type FigureKey, type ReportFigureName, type ReportFigures } from './figures';
export { METRICS, operatingStart, type MetricId, type MetricUnit } from './metrics';
export { RULE_SETS, ruleSetsInForce } from './rules';
export type { Bilingual, Criterion, CriterionResult, CriterionStatus, RuleSet, RuleSetSummary, Test, TierCheck } from './types';
