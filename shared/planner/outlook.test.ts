import { describe, expect, it } from 'vitest';
import { TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord } from '../carriers/record';
import { ScenarioSchema, compareScenarios, evaluateScenario, type Scenario } from './scenario';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';

/*
 * Taicang at 2024-06-30, seven tenths of the plan gone: 750,000 ㎡ opened in 2021 keeps A1 on
 * pace (expected ≈ 700,000), and a 300,000 ㎡ phase under construction due in June 2025 would
 * take it past 1,000,000 by the end. Slip that phase a year and the pace at as-of is unchanged,
 * but the period ends at 750,000.
 */
const AS_OF = '2024-06-30';

function carriers(): CarrierRecord[] {
  return [
    buildCarrierRecord({ id: 'open', phases: [buildStoredPhase({ id: 'p1', openedOn: '2021-05-01', incubationAreaM2: 750_000, floorAreaM2: undefined })] }),
    buildCarrierRecord({
      id: 'building',
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'under_construction',
          openedOn: undefined,
          constructionStartedOn: '2023-01-01',
          plannedOpeningOn: '2025-06-01',
          incubationAreaM2: 300_000,
          floorAreaM2: undefined,
        }),
      ],
    }),
  ];
}

function evaluate(edits: Scenario['edits'], asOf = AS_OF) {
  const scenario = ScenarioSchema.parse({ name: edits.length ? '方案' : '基线', region: 'taicang', baseAsOf: asOf, edits });
  return evaluateScenario({ carriers: carriers(), targets: TAICANG_TARGETS, asOf, scenario });
}

function compare(edits: Scenario['edits'], asOf = AS_OF) {
  const comparison = compareScenarios(evaluate([], asOf), evaluate(edits, asOf));
  return (id: string) => comparison.targets.find((target) => target.id === id)!;
}

const slipAll: Scenario['edits'] = [{ kind: 'slip', months: 12 }];

describe('a scenario’s status', () => {
  it('comes from its own forecast: a slip that leaves A1 short of 100 万㎡ is behind although the pace at as-of is kept', () => {
    const a1 = compare(slipAll)('A1');
    expect(a1.forecast?.expected.b).toBe(750_000);
    expect(a1.status.b).toBe('on_track');
    expect(a1.outlook).toEqual({ a: 'on_track', b: 'behind' });
  });

  it('is decided once the period has ended: the outlook is the final status and no slip moves it', () => {
    const a1 = compare(slipAll, '2026-12-04')('A1');
    expect(a1.periodClosed).toBe(true);
    expect(a1.outlook).toEqual(a1.status);
    expect(a1.actual.delta).toBe(0);
    expect(a1.tone.tone).toBe('neutral');
  });
});

describe('the colour of a scenario’s change', () => {
  it('shows a fall in what opens as bad news', () => {
    expect(compare(slipAll)('A1').tone).toEqual({ tone: 'bad' });
  });

  it('never shows the pipeline growing because openings slipped as good news', () => {
    const a4 = compare(slipAll)('A4');
    expect(a4.forecast?.expected.delta).toBeGreaterThan(0);
    expect(a4.tone).toEqual({ tone: 'neutral', reason: 'delayed_openings' });
  });

  it('shows new construction that grows the pipeline as good news', () => {
    const a4 = compare([
      {
        kind: 'add',
        carrier: {
          name: '新建孵化器',
          kind: 'incubator',
          location: { type: 'Point', coordinates: [121.13, 31.45] },
          phases: [{ label: '一期', status: 'under_construction', constructionStartedOn: '2024-03-01', plannedOpeningOn: '2027-01-01', incubationAreaM2: 50_000 }],
        },
      },
    ])('A4');
    expect(a4.forecast?.expected.delta).toBeGreaterThan(0);
    expect(a4.tone).toEqual({ tone: 'good' });
  });
});
