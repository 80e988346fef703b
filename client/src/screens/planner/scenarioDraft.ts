import {
  MAX_PHASE_REFS,
  MAX_SLIP_MONTHS,
  type ForecastWeights,
  type HypotheticalCarrier,
  type Scenario,
  type ScenarioEdit,
} from '@shared/planner';
import type { IsoDate } from '@shared/dates';

/**
 * What the planner is editing, in the shape of the workspace's controls: one slip for all
 * pipeline phases, a slip and an include box per phase, hypothetical carriers and weights.
 * `toScenario` turns it into the shared planner's Scenario; `fromScenario` reads a saved one back.
 */
export interface ScenarioDraft {
  name: string;
  /** Months every pipeline phase moves (0: none). */
  slipAllMonths: number;
  /** Months a single phase (`carrierId:phaseId`) moves on top of the slip for all. */
  rowSlips: Readonly<Record<string, number>>;
  /** Phases left out of the scenario (`carrierId:phaseId`). */
  dropped: readonly string[];
  additions: readonly HypotheticalCarrier[];
  /** Forecast weights of this scenario; null: the planner's defaults. */
  weights: ForecastWeights | null;
  /** The saved scenario this draft was loaded from or saved as, for updates. */
  saved: { id: string; version: number } | null;
}

export const EMPTY_DRAFT: ScenarioDraft = { name: '', slipAllMonths: 0, rowSlips: {}, dropped: [], additions: [], weights: null, saved: null };

/** Slips are whole months within the schema's range; anything else is no slip. */
export function clampMonths(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.max(-MAX_SLIP_MONTHS, Math.min(MAX_SLIP_MONTHS, Math.trunc(value)));
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * The draft as the shared planner's Scenario, evaluated at `asOf` (kept as `baseAsOf`, so a
 * saved scenario reopens at the date it was made for). The slip for all comes first, so a
 * phase's own slip adds to it; phases sharing a slip go in one edit.
 */
export function toScenario(draft: ScenarioDraft, region: string, asOf: IsoDate, fallbackName: string): Scenario {
  const edits: ScenarioEdit[] = [];
  const slipAll = clampMonths(draft.slipAllMonths);
  if (slipAll !== 0) edits.push({ kind: 'slip', months: slipAll });
  const refsByMonths = new Map<number, string[]>();
  for (const [ref, value] of Object.entries(draft.rowSlips)) {
    const months = clampMonths(value);
    if (months === 0) continue;
    refsByMonths.set(months, [...(refsByMonths.get(months) ?? []), ref]);
  }
  for (const [months, refs] of [...refsByMonths].sort(([a], [b]) => a - b)) {
    for (const phases of chunks(refs.sort(), MAX_PHASE_REFS)) edits.push({ kind: 'slip', months, phases });
  }
  for (const phases of chunks([...draft.dropped].sort(), MAX_PHASE_REFS)) edits.push({ kind: 'drop', phases });
  for (const carrier of draft.additions) edits.push({ kind: 'add', carrier });
  return {
    name: draft.name.trim() || fallbackName,
    region,
    baseAsOf: asOf,
    ...(draft.weights ? { weights: draft.weights } : {}),
    edits,
  };
}

/** A saved scenario read back into the workspace's controls (edits of the same kind add up). */
export function fromScenario(scenario: Scenario, saved: ScenarioDraft['saved']): ScenarioDraft {
  let slipAllMonths = 0;
  const rowSlips: Record<string, number> = {};
  const dropped = new Set<string>();
  const additions: HypotheticalCarrier[] = [];
  for (const edit of scenario.edits) {
    if (edit.kind === 'slip' && !edit.phases) slipAllMonths += edit.months;
    if (edit.kind === 'slip' && edit.phases) for (const ref of edit.phases) rowSlips[ref] = (rowSlips[ref] ?? 0) + edit.months;
    if (edit.kind === 'drop') for (const ref of edit.phases) dropped.add(ref);
    if (edit.kind === 'add') additions.push(edit.carrier);
  }
  return { name: scenario.name, slipAllMonths, rowSlips, dropped: [...dropped], additions, weights: scenario.weights ?? null, saved };
}

export type DraftAction =
  | { type: 'rename'; name: string }
  | { type: 'slipAll'; months: number }
  | { type: 'slipRow'; ref: string; months: number }
  | { type: 'include'; ref: string; included: boolean }
  | { type: 'add'; carrier: HypotheticalCarrier }
  | { type: 'remove'; index: number }
  | { type: 'weights'; weights: ForecastWeights | null }
  | { type: 'saved'; saved: ScenarioDraft['saved']; name: string }
  | { type: 'load'; draft: ScenarioDraft }
  | { type: 'reset' };

export function draftReducer(draft: ScenarioDraft, action: DraftAction): ScenarioDraft {
  switch (action.type) {
    case 'rename':
      return { ...draft, name: action.name };
    case 'slipAll':
      return { ...draft, slipAllMonths: clampMonths(action.months) };
    case 'slipRow': {
      const { [action.ref]: _previous, ...rest } = draft.rowSlips;
      const months = clampMonths(action.months);
      return { ...draft, rowSlips: months === 0 ? rest : { ...rest, [action.ref]: months } };
    }
    case 'include': {
      const others = draft.dropped.filter((ref) => ref !== action.ref);
      return { ...draft, dropped: action.included ? others : [...others, action.ref] };
    }
    case 'add':
      return { ...draft, additions: [...draft.additions, action.carrier] };
    case 'remove':
      return { ...draft, additions: draft.additions.filter((_, index) => index !== action.index) };
    case 'weights':
      return { ...draft, weights: action.weights };
    case 'saved':
      return { ...draft, saved: action.saved, name: action.name };
    case 'load':
      return action.draft;
    case 'reset':
      return EMPTY_DRAFT;
  }
}

/** Whether the draft changes anything at all (an empty scenario equals the baseline). */
export function hasEdits(draft: ScenarioDraft): boolean {
  return (
    draft.slipAllMonths !== 0 || Object.keys(draft.rowSlips).length > 0 || draft.dropped.length > 0 || draft.additions.length > 0 || draft.weights !== null
  );
}
