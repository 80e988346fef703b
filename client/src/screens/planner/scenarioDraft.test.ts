import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type HypotheticalCarrier } from '@shared/planner';
import { draftReducer, EMPTY_DRAFT, fromScenario, hasEdits, toScenario, type ScenarioDraft } from './scenarioDraft';

const carrier: HypotheticalCarrier = {
  name: '假设加速器',
  kind: 'accelerator',
  region: 'taicang',
  district: 'loujiang',
  location: { type: 'Point', coordinates: [121.16, 31.43] },
  phases: [{ label: '一期', status: 'planned', incubationAreaM2: 40_000, plannedOpeningOn: '2025-10-01' }],
};

function apply(...actions: Parameters<typeof draftReducer>[1][]): ScenarioDraft {
  return actions.reduce(draftReducer, EMPTY_DRAFT);
}

describe('the planner’s scenario draft', () => {
  it('makes a scenario without edits when nothing was changed, dated at the as-of', () => {
    expect(hasEdits(EMPTY_DRAFT)).toBe(false);
    expect(toScenario(EMPTY_DRAFT, 'taicang', '2025-06-30', '未命名')).toEqual({ name: '未命名', region: 'taicang', baseAsOf: '2025-06-30', edits: [] });
  });

  it('puts the slip for all first, groups phases that slip alike, then drops and additions', () => {
    const draft = apply(
      { type: 'slipRow', ref: 'c2:p1', months: 6 },
      { type: 'slipAll', months: 12 },
      { type: 'slipRow', ref: 'c1:p1', months: 6 },
      { type: 'slipRow', ref: 'c3:p2', months: -3 },
      { type: 'include', ref: 'c4:p1', included: false },
      { type: 'add', carrier },
    );
    const scenario = toScenario(draft, 'taicang', '2025-06-30', '未命名');
    expect(scenario.edits).toEqual([
      { kind: 'slip', months: 12 },
      { kind: 'slip', months: -3, phases: ['c3:p2'] },
      { kind: 'slip', months: 6, phases: ['c1:p1', 'c2:p1'] },
      { kind: 'drop', phases: ['c4:p1'] },
      { kind: 'add', carrier },
    ]);
    expect(ScenarioSchema.safeParse({ ...scenario, name: '全部推迟一年' }).success).toBe(true);
  });

  it('reads a saved scenario back into the same controls', () => {
    const draft = apply({ type: 'rename', name: '方案甲' }, { type: 'slipAll', months: 12 }, { type: 'slipRow', ref: 'c1:p1', months: 6 }, { type: 'include', ref: 'c4:p1', included: false }, { type: 'add', carrier });
    const saved = { id: 'abc', version: 2 };
    expect(fromScenario(toScenario(draft, 'taicang', '2025-06-30', '未命名'), saved)).toEqual({ ...draft, saved });
  });

  it('keeps slips within the schema’s five years and forgets a slip set back to zero', () => {
    expect(apply({ type: 'slipAll', months: 99 }).slipAllMonths).toBe(60);
    expect(apply({ type: 'slipAll', months: -99 }).slipAllMonths).toBe(-60);
    expect(apply({ type: 'slipRow', ref: 'c1:p1', months: 6 }, { type: 'slipRow', ref: 'c1:p1', months: 0 }).rowSlips).toEqual({});
    expect(apply({ type: 'include', ref: 'c1:p1', included: false }, { type: 'include', ref: 'c1:p1', included: true }).dropped).toEqual([]);
  });
});
