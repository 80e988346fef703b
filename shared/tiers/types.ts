import type { CarrierKind, Tier } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';
import type { MetricId } from './metrics';

/** Both languages of a text the UI shows. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * How sure the rule text is (shared tier-rules.md): V verbatim in the rule itself, V2
 * verbatim from a secondary restatement. Only these two are used as thresholds.
 */
export type Verification = 'V' | 'V2';

/** One comparison of a figure with a published threshold. */
export interface Test {
  metric: MetricId;
  op: 'gte' | 'lte';
  /** In the metric's unit (ratios 0–1, money 千元, areas ㎡). */
  value: number;
}

/**
 * A criterion of a rule set. Either a test (or several joined), or — where the threshold
 * was never published or seen — `unknown` with the reason, which the check shows as it is.
 */
export interface Criterion {
  id: string;
  label: Bilingual;
  /** `and`: every test; `or`: any test; `unclear`: the rule's join was not found, so a split answer stays unknown. */
  join?: 'and' | 'or' | 'unclear';
  tests?: Test[];
  unknown?: Bilingual;
  /** Lowered by the remote-area factor of the rule set, when the carrier is flagged remote. */
  relief?: boolean;
  verification?: Verification;
  /** The rule's own words, as quoted in the source. */
  quote?: string;
  note?: Bilingual;
}

/** A rule set in force for one kind and tier over a span of dates. */
export interface RuleSet {
  id: string;
  kind: CarrierKind;
  tier: Tier;
  /** A variant of the same tier's rule (e.g. 专业孵化器), chosen by `appliesWhen`. */
  variant?: { id: string; label: Bilingual; appliesWhen: Test };
  name: Bilingual;
  issuer: Bilingual;
  documentNumber: string;
  effectiveFrom: IsoDate;
  /** Inclusive; absent while in force. */
  effectiveTo?: IsoDate;
  /** Where the dates and numbers were read, and how sure they are. */
  source: string;
  dateNote?: Bilingual;
  /** 国科发区〔2018〕300号 第十条: thresholds marked `relief` may be 20 % lower in remote areas. */
  remoteAreaFactor?: number;
  criteria: Criterion[];
}

export type CriterionStatus = 'met' | 'unmet' | 'unknown';

/** One criterion as checked for a carrier. */
export interface CriterionResult {
  id: string;
  label: Bilingual;
  status: CriterionStatus;
  /** The (first) threshold, in the metric's unit; null when none was published. */
  required: number | null;
  /** The carrier's (first) figure; null when unknown. */
  actual: number | null;
  unit: string | null;
  /** Both read as text: "≥ 50 家", "38 家". */
  requiredText: Bilingual;
  actualText: Bilingual;
  /** What is missing, in words ("在孵企业 还差 12 家"); null unless unmet. */
  lacks: Bilingual | null;
  /** Why it is unknown (threshold not published, or a figure not reported); null otherwise. */
  reason: Bilingual | null;
  verification: Verification | null;
}

export interface TierCheck {
  carrierId: string;
  asOf: IsoDate;
  current: Tier | null;
  next: Tier | null;
  /** The rule set in force for the next tier at as-of, or null (none known, or at the top). */
  ruleSet: RuleSetSummary | null;
  criteria: CriterionResult[];
  counts: Record<CriterionStatus, number>;
  /** The report the figures came from, or null when the carrier has no verified report. */
  reportYear: number | null;
  /** Set when the check ran with the remote-area relief. */
  remoteArea: boolean;
  notes: Bilingual[];
}

export type RuleSetSummary = Omit<RuleSet, 'criteria'>;
