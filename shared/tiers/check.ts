import { tierAt } from '../carriers/derive';
import type { CarrierRecord } from '../carriers/record';
import { TIERS, tierRank, type Tier } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';
import { FIGURE_LABELS, type ReportFigures } from './figures';
import { computeMetric, METRICS, operatingStart, type MetricInput } from './metrics';
import { ruleSetsInForce, RULE_SETS } from './rules';
import type { Bilingual, Criterion, CriterionResult, CriterionStatus, RuleSet, RuleSetSummary, Test, TierCheck } from './types';
import { formatRequirement, formatValue, joinWords, shortfall } from './words';

/** What the check needs: the carrier's record, its latest verified report (if any), the date. */
export interface TierCheckInput {
  carrier: CarrierRecord;
  report?: ReportFigures;
  asOf: IsoDate;
  /** 国科发区〔2018〕300号 第十条 relief for 艰苦边远地区; never assumed, only when flagged. */
  remoteArea?: boolean;
  /** Rule sets to use instead of RULE_SETS (tests). */
  ruleSets?: readonly RuleSet[];
}

/** The tier above `tier` (county → prefecture → provincial → national), or the lowest for none. */
export function nextTier(tier: Tier | null): Tier | null {
  const ascending = [...TIERS].sort((a, b) => tierRank(a) - tierRank(b));
  if (tier === null) return ascending[0]!;
  return ascending.find((candidate) => tierRank(candidate) > tierRank(tier)) ?? null;
}

type TestOutcome =
  | { status: 'met' | 'unmet'; actual: number; required: number; test: Test }
  | { status: 'unknown'; reason: Bilingual; required: number; test: Test };

function missingReason(missing: readonly string[] | 'operatingSince'): Bilingual {
  if (missing === 'operatingSince') return { zh: '缺少运营起始日期（且无已投用分期）', en: 'No operating start date (and no opened phase)' };
  const names = missing.map((name) => FIGURE_LABELS[name as keyof typeof FIGURE_LABELS] ?? { zh: name, en: name });
  return {
    zh: `缺少已核实年报数据：${names.map((name) => name.zh).join('、')}`,
    en: `Missing from the verified report: ${names.map((name) => name.en).join(', ')}`,
  };
}

function runTest(test: Test, input: MetricInput, factor: number): TestOutcome {
  const required = test.op === 'gte' ? test.value * factor : test.value;
  const outcome = computeMetric(test.metric, input);
  if ('missing' in outcome) return { status: 'unknown', reason: missingReason(outcome.missing), required, test };
  const met = test.op === 'gte' ? outcome.value >= required - 1e-9 : outcome.value <= required + 1e-9;
  return { status: met ? 'met' : 'unmet', actual: outcome.value, required, test };
}

function judge(join: Criterion['join'], outcomes: TestOutcome[]): CriterionStatus {
  const statuses = outcomes.map((outcome) => outcome.status);
  if (join === 'or') {
    if (statuses.includes('met')) return 'met';
    return statuses.includes('unknown') ? 'unknown' : 'unmet';
  }
  if (join === 'unclear') {
    if (statuses.every((status) => status === 'met')) return 'met';
    if (statuses.every((status) => status === 'unmet')) return 'unmet';
    return 'unknown';
  }
  if (statuses.includes('unmet')) return 'unmet';
  return statuses.includes('unknown') ? 'unknown' : 'met';
}

const NONE: Bilingual = { zh: '—', en: '—' };

function checkCriterion(criterion: Criterion, input: MetricInput, relief: number): CriterionResult {
  const base = { id: criterion.id, label: criterion.label, verification: criterion.verification ?? null };
  if (!criterion.tests || criterion.tests.length === 0) {
    const reason = criterion.unknown ?? { zh: '门槛未公布', en: 'No published threshold' };
    return { ...base, status: 'unknown', required: null, actual: null, unit: null, requiredText: { zh: '未公布', en: 'not published' }, actualText: NONE, lacks: null, reason };
  }
  const factor = criterion.relief ? relief : 1;
  const outcomes = criterion.tests.map((test) => runTest(test, input, factor));
  const status = judge(criterion.join, outcomes);
  const join = criterion.join === 'or' ? 'or' : 'and';
  const first = outcomes[0]!;
  const unit = METRICS[first.test.metric].unit;
  const requiredText = joinWords(
    outcomes.map((outcome) => {
      const text = formatRequirement(outcome.test.op, outcome.required, METRICS[outcome.test.metric].unit);
      return outcomes.length > 1 ? { zh: `${METRICS[outcome.test.metric].label.zh} ${text.zh}`, en: `${METRICS[outcome.test.metric].label.en} ${text.en}` } : text;
    }),
    join,
  );
  const actualText = joinWords(
    outcomes.map((outcome) => {
      const text = outcome.status === 'unknown' ? { zh: '未知', en: 'unknown' } : formatValue(outcome.actual, METRICS[outcome.test.metric].unit);
      return outcomes.length > 1 ? { zh: `${METRICS[outcome.test.metric].label.zh} ${text.zh}`, en: `${METRICS[outcome.test.metric].label.en} ${text.en}` } : text;
    }),
    'and',
  );
  const failed = outcomes.filter((outcome): outcome is Extract<TestOutcome, { status: 'met' | 'unmet' }> => outcome.status === 'unmet');
  const lacks =
    status === 'unmet'
      ? joinWords(
          failed.map((outcome) => shortfall(METRICS[outcome.test.metric].label, outcome.actual, outcome.test.op, outcome.required, METRICS[outcome.test.metric].unit)),
          join,
        )
      : null;
  const unknowns = outcomes.filter((outcome): outcome is Extract<TestOutcome, { status: 'unknown' }> => outcome.status === 'unknown');
  const reason =
    status === 'unknown'
      ? criterion.join === 'unclear' && unknowns.length === 0
        ? (criterion.note ?? { zh: '条件的组合方式未查到', en: 'How the conditions combine was not found' })
        : joinWords(unknowns.map((outcome) => outcome.reason), 'and')
      : null;
  return {
    ...base,
    status,
    required: first.required,
    actual: first.status === 'unknown' ? null : first.actual,
    unit,
    requiredText,
    actualText,
    lacks,
    reason,
  };
}

/** A rule set without its criteria, as the check's answer names it. */
export function summarize(set: RuleSet): RuleSetSummary {
  const { criteria: _criteria, ...summary } = set;
  return summary;
}

/** Among sets in force for one kind and tier, the variant whose condition holds, else the plain one. */
function chooseSet(sets: RuleSet[], input: MetricInput): RuleSet | null {
  const variant = sets.find((set) => {
    if (!set.variant) return false;
    return runTest(set.variant.appliesWhen, input, 1).status === 'met';
  });
  return variant ?? sets.find((set) => !set.variant) ?? null;
}

function countStatuses(criteria: CriterionResult[]): Record<CriterionStatus, number> {
  const counts = { met: 0, unmet: 0, unknown: 0 };
  for (const criterion of criteria) counts[criterion.status] += 1;
  return counts;
}

/**
 * A carrier's tier at a date, the next tier up and every criterion of the rule set in force
 * for that tier: required, actual, met / unmet / unknown, and what it lacks in words.
 * Figures come from the latest verified report, areas from it or else from the record.
 * A threshold the sources do not give is never invented: its criterion stays unknown.
 */
export function checkTier(input: TierCheckInput): TierCheck {
  const { carrier, report, asOf } = input;
  const current = tierAt(carrier.recognitions, asOf);
  const next = nextTier(current);
  const remoteArea = input.remoteArea === true;
  const notes: Bilingual[] = [];
  const metricInput: MetricInput = report ? { carrier, report, asOf } : { carrier, asOf };
  const start = operatingStart(carrier);
  if (start && !start.declared) notes.push({ zh: `未填写运营起始日期，按最早投用分期（${start.date}）计算运营年限`, en: `No operating start date: years in operation counted from the first phase opened (${start.date})` });
  if (!report) notes.push({ zh: '暂无已核实的年度统计，需年报数据的条件为“未知”', en: 'No verified yearly report: criteria that need its figures are unknown' });
  const base = { carrierId: carrier.id, asOf, current, next, reportYear: report?.year ?? null, remoteArea, notes };
  if (next === null) return { ...base, ruleSet: null, criteria: [], counts: countStatuses([]) };

  const set = chooseSet(ruleSetsInForce(carrier.kind, next, asOf, input.ruleSets ?? RULE_SETS), metricInput);
  if (!set) {
    const criteria: CriterionResult[] = [
      checkCriterion(
        {
          id: `${carrier.kind}-${next}`,
          label: { zh: '认定条件', en: 'Recognition conditions' },
          unknown: { zh: '该日期没有已收录的该级别认定规则', en: 'No rule for this tier is on file for this date' },
        },
        metricInput,
        1,
      ),
    ];
    return { ...base, ruleSet: null, criteria, counts: countStatuses(criteria) };
  }
  const relief = remoteArea && set.remoteAreaFactor ? set.remoteAreaFactor : 1;
  if (remoteArea && !set.remoteAreaFactor) notes.push({ zh: '该规则没有边远地区放宽条款', en: 'This rule has no remote-area relief' });
  const criteria = set.criteria.map((criterion) => checkCriterion(criterion, metricInput, relief));
  return { ...base, ruleSet: summarize(set), criteria, counts: countStatuses(criteria) };
}
