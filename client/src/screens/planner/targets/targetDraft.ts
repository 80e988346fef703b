import { CARRIER_KINDS, type CarrierKind, type Tier } from '@shared/carriers/vocabulary';
import { unitOf, windowsFor, type Comparator, type Measure, type Target, type Window } from '@shared/planner/targets';
import { parseNumberInput } from '../../../ui/forms/NumberField';

/** The target form as typed: text boxes hold strings until the target is built. */
export interface TargetDraft {
  id: string;
  labelZh: string;
  labelEn: string;
  measure: Measure;
  window: Window;
  comparator: Comparator;
  threshold: string;
  kinds: CarrierKind[];
  minTier: Tier | '';
  maxTier: Tier | '';
  from: string;
  to: string;
  baselineValue: string;
  baselineOn: string;
  source: string;
  /**
   * How the target counts, which the form does not edit (rule, the plan's sentence, why,
   * readings and the reading in use; issue #18): kept as they were, so saving the form
   * loses none of them, as long as the measure they were written for stays.
   */
  counting?: { measure: Measure; fields: Pick<Target, 'rule' | 'quote' | 'why' | 'note' | 'readings' | 'reading'> };
}

/** A new target: incubation area opened over a five-year plan, every kind counted. */
export function emptyTargetDraft(): TargetDraft {
  return {
    id: '',
    labelZh: '',
    labelEn: '',
    measure: 'opened_incubation_area',
    window: 'period_sum',
    comparator: 'at_least',
    threshold: '',
    kinds: [...CARRIER_KINDS],
    minTier: '',
    maxTier: '',
    from: '',
    to: '',
    baselineValue: '',
    baselineOn: '',
    source: '',
  };
}

export function draftFromTarget(target: Target): TargetDraft {
  return {
    id: target.id,
    labelZh: target.label.zh,
    labelEn: target.label.en,
    measure: target.measure,
    window: target.window,
    comparator: target.comparator,
    threshold: String(target.threshold),
    kinds: [...target.filter.kinds],
    minTier: target.filter.minTier ?? '',
    maxTier: target.filter.maxTier ?? '',
    from: target.period.from,
    to: target.period.to,
    baselineValue: target.baseline ? String(target.baseline.value) : '',
    baselineOn: target.baseline?.on ?? '',
    source: target.source,
    counting: { measure: target.measure, fields: countingFields(target) },
  };
}

function countingFields(target: Target): NonNullable<TargetDraft['counting']>['fields'] {
  const { rule, quote, why, note, readings, reading } = target;
  return { ...(rule ? { rule } : {}), ...(quote ? { quote } : {}), ...(why ? { why } : {}), ...(note ? { note } : {}), ...(readings ? { readings } : {}), ...(reading ? { reading } : {}) };
}

/** A new measure keeps the window when it fits, else takes the measure's first. */
export function withMeasure(draft: TargetDraft, measure: Measure): TargetDraft {
  const windows = windowsFor(measure);
  return { ...draft, measure, window: windows.includes(draft.window) ? draft.window : windows[0]! };
}

/**
 * The target the draft describes, for the shared TargetSchema to judge (it names every
 * bad field). The unit follows the measure; a baseline is sent only for a stock target and
 * only when one of its boxes is filled.
 */
export function targetFromDraft(draft: TargetDraft, region: string): unknown {
  const withBaseline = draft.window === 'stock_at_end' && (draft.baselineValue.trim() !== '' || draft.baselineOn.trim() !== '');
  return {
    id: draft.id.trim(),
    region,
    label: { zh: draft.labelZh, en: draft.labelEn },
    measure: draft.measure,
    filter: {
      kinds: CARRIER_KINDS.filter((kind) => draft.kinds.includes(kind)),
      ...(draft.minTier ? { minTier: draft.minTier } : {}),
      ...(draft.maxTier ? { maxTier: draft.maxTier } : {}),
    },
    window: draft.window,
    comparator: draft.comparator,
    threshold: parseNumberInput(draft.threshold),
    unit: unitOf(draft.measure),
    period: { from: draft.from.trim(), to: draft.to.trim() },
    ...(withBaseline ? { baseline: { value: parseNumberInput(draft.baselineValue), on: draft.baselineOn.trim() } } : {}),
    source: draft.source,
    ...(draft.counting && draft.counting.measure === draft.measure ? draft.counting.fields : {}),
  };
}
