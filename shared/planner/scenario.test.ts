import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord, StoredPhase } from '../carriers/record';
import { evaluatePlan } from './plan';
import { ScenarioSchema, applyScenario, compareScenarios, evaluateScenario, type Scenario } from './scenario';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';

/*
 * The forecast fixture again, as of 2023-06-30 (see forecast.test.ts): A1's expected end value
 * is 300,000 + f3 9,000 (2023) + f1 90,000 (2024) + f2 100,000 (2025) = 499,000.
 * Plus a Kunshan carrier under construction, to show that a Taicang scenario leaves it alone.
 */
const AS_OF = '2023-06-30';

function pipelinePhase(overrides: Partial<StoredPhase>): StoredPhase {
  return buildStoredPhase({ id: 'p1', status: 'planned', openedOn: undefined, constructionStartedOn: undefined, floorAreaM2: undefined, ...overrides });
}

function carriers(): CarrierRecord[] {
  return [
    buildCarrierRecord({ id: 'f0', phases: [buildStoredPhase({ id: 'p1', openedOn: '2021-05-01', incubationAreaM2: 300_000, floorAreaM2: undefined })] }),
    buildCarrierRecord({
      id: 'f1',
      phases: [pipelinePhase({ status: 'under_construction', constructionStartedOn: '2022-01-01', plannedOpeningOn: '2024-03-01', incubationAreaM2: 100_000 })],
    }),
    buildCarrierRecord({ id: 'f2', phases: [pipelinePhase({ constructionStartedOn: '2024-01-01', plannedOpeningOn: '2025-06-01', incubationAreaM2: 200_000 })] }),
    buildCarrierRecord({
      id: 'f3',
      phases: [pipelinePhase({ status: 'under_construction', constructionStartedOn: '2021-06-01', plannedOpeningOn: '2023-01-31', incubationAreaM2: 10_000 })],
    }),
    buildCarrierRecord({
      id: 'k1',
      region: 'kunshan',
      district: 'huaqiao',
      phases: [pipelinePhase({ status: 'under_construction', constructionStartedOn: '2022-01-01', plannedOpeningOn: '2024-03-01' })],
    }),
  ];
}

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return ScenarioSchema.parse({ name: '测试情景', region: 'taicang', edits: [], ...overrides });
}

function evaluate(edits: Scenario['edits'], name = '测试情景') {
  return evaluateScenario({ carriers: carriers(), targets: TAICANG_TARGETS, asOf: AS_OF, scenario: scenario({ name, edits }) });
}

const a1Forecast = (result: ReturnType<typeof evaluate>) => result.forecasts.find((forecast) => forecast.id === 'A1')!;

function issuesOf(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('a scenario without edits', () => {
  it('returns the same carrier objects and evaluates exactly like the baseline', () => {
    const base = carriers();
    const applied = applyScenario(base, scenario());
    expect(applied).toHaveLength(base.length);
    applied.forEach((carrier, position) => expect(carrier).toBe(base[position]));
    const baseline = evaluatePlan({ carriers: base, targets: TAICANG_TARGETS, asOf: AS_OF });
    const result = evaluateScenario({ carriers: base, targets: TAICANG_TARGETS, asOf: AS_OF, scenario: scenario() });
    expect(JSON.stringify({ progress: result.progress, forecasts: result.forecasts })).toBe(
      JSON.stringify({ progress: baseline.progress, forecasts: baseline.forecasts }),
    );
  });
});

describe('slipping phases', () => {
  it('moves every phase not yet open in the region by N months, planned starts included', () => {
    const base = carriers();
    const applied = applyScenario(base, scenario({ edits: [{ kind: 'slip', months: 12 }] }));
    const phase = (id: string) => applied.find((carrier) => carrier.id === id)!.phases[0]!;
    // Under construction: the start already happened and stays; the planned opening moves.
    expect([phase('f1').constructionStartedOn, phase('f1').plannedOpeningOn]).toEqual(['2022-01-01', '2025-03-01']);
    // Planned: both the planned start and the planned opening move.
    expect([phase('f2').constructionStartedOn, phase('f2').plannedOpeningOn]).toEqual(['2025-01-01', '2026-06-01']);
    // Open phases are history and Kunshan is outside the scenario: both untouched, same objects.
    expect(applied[0]).toBe(base[0]);
    expect(applied[4]).toBe(base[4]);
    expect(phase('k1').plannedOpeningOn).toBe('2024-03-01');
    // The input is not changed.
    expect(base[1]!.phases[0]!.plannedOpeningOn).toBe('2024-03-01');
  });

  it('recomputes the forecast: a year later, f2 leaves the period', () => {
    // f3 overdue 2023-01-31 → 2024-01-31: 9,000 in 2024; f1 → 2025-03-01: 90,000 in 2025;
    // f2 → 2026-06-01: outside. 300,000 + 9,000 + 90,000 = 399,000.
    const forecast = a1Forecast(evaluate([{ kind: 'slip', months: 12 }]));
    expect(forecast.expected).toBe(399_000);
    expect(forecast.years.map((year) => year.expected)).toEqual([300_000, 0, 0, 9_000, 90_000]);
  });

  it('moves only the chosen phases, earlier when N is negative', () => {
    // f2 six months earlier: start 2023-07-01, opening 2024-12-01 → 2024 gets f1 90,000 + f2 100,000.
    const result = evaluate([{ kind: 'slip', months: -6, phases: ['f2:p1'] }]);
    const forecast = a1Forecast(result);
    expect(forecast.expected).toBe(499_000);
    expect(forecast.years.map((year) => year.expected)).toEqual([300_000, 0, 9_000, 190_000, 0]);
  });

  it('never moves a planned opening before the construction start', () => {
    // f1 started 2022-01-01 and stays; its opening 2024-03-01 − 36 months would be 2021-03-01.
    const applied = applyScenario(carriers(), scenario({ edits: [{ kind: 'slip', months: -36, phases: ['f1'] }] }));
    expect(applied.find((carrier) => carrier.id === 'f1')!.phases[0]!.plannedOpeningOn).toBe('2022-01-01');
  });
});

describe('dropping phases', () => {
  it('removes a phase, and a carrier left without phases', () => {
    // Without f1: 499,000 − 90,000 = 409,000.
    const result = evaluate([{ kind: 'drop', phases: ['f1:p1'] }]);
    expect(a1Forecast(result).expected).toBe(409_000);
    const applied = applyScenario(carriers(), scenario({ edits: [{ kind: 'drop', phases: ['f1:p1', 'f2'] }] }));
    expect(applied.map((carrier) => carrier.id)).toEqual(['f0', 'f3', 'k1']);
  });
});

describe('adding a hypothetical carrier', () => {
  const addition: Scenario['edits'][number] = {
    kind: 'add',
    carrier: {
      name: '假设的港区孵化器',
      kind: 'incubator',
      district: 'port',
      location: { type: 'Point', coordinates: [121.23, 31.6] },
      industries: ['equipment'],
      phases: [{ label: '一期', status: 'under_construction', constructionStartedOn: '2023-03-01', plannedOpeningOn: '2025-03-01', incubationAreaM2: 400_000 }],
    },
  };

  it('places it in the scenario region and counts it like any other carrier', () => {
    // 499,000 + 400,000 × 0.9 = 859,000 expected; the A4 pipeline gains it from its start.
    const result = evaluate([addition]);
    const forecast = a1Forecast(result);
    expect(forecast.expected).toBe(859_000);
    expect(forecast.pipeline.ids()).toContain('hypothetical-1:p1');
    const a4 = result.progress.find((progress) => progress.id === 'A4')!;
    // At 2023-06-30: f1 100,000 + f3 10,000 + the new carrier 400,000 = 510,000.
    expect(a4.actual).toBe(510_000);
    const added = applyScenario(carriers(), scenario({ edits: [addition] })).at(-1)!;
    expect([added.id, added.region, added.district, added.provenance.synthetic]).toEqual(['hypothetical-1', 'taicang', 'port', true]);
  });
});

describe('comparing two scenarios', () => {
  it('gives per-target deltas, b − a', () => {
    const comparison = compareScenarios(evaluate([], '基准'), evaluate([{ kind: 'slip', months: 12 }], '全部延期一年'));
    expect([comparison.a, comparison.b]).toEqual(['基准', '全部延期一年']);
    expect(comparison.targets.map((target) => target.id)).toEqual(TAICANG_TARGETS.map((target) => target.id));
    const a1 = comparison.targets.find((target) => target.id === 'A1')!;
    // Nothing that has happened changes; the forecast loses 100,000 and the shortfall grows by as much.
    expect(a1.actual).toEqual({ a: 300_000, b: 300_000, delta: 0 });
    expect(a1.forecast?.expected).toEqual({ a: 499_000, b: 399_000, delta: -100_000 });
    expect(a1.forecast?.shortfall).toEqual({ a: 501_000, b: 601_000, delta: 100_000 });
    expect(comparison.targets.find((target) => target.id === 'C1')?.forecast).toBeUndefined();
  });
});

describe('the scenario schema', () => {
  it('accepts the edits planners make', () => {
    expect(issuesOf(ScenarioSchema, { name: '延期', region: 'taicang', baseAsOf: '2024-06-30', edits: [{ kind: 'slip', months: 6 }] })).toEqual([]);
  });

  it('refuses a slip of 0 months or beyond five years', () => {
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'slip', months: 0 }] })).toEqual([['edits.0.months', 'scenario.slip.months']]);
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'slip', months: 61 }] })).toEqual([['edits.0.months', 'scenario.slip.months']]);
  });

  it('refuses an unknown edit and a malformed phase reference', () => {
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'grow' }] })).toEqual([['edits.0.kind', 'scenario.edit.kind.invalid']]);
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'drop', phases: ['a:b:c'] }] })).toEqual([['edits.0.phases.0', 'scenario.phaseRef.format']]);
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'drop', phases: [] }] })).toEqual([['edits.0.phases', 'scenario.phases.required']]);
  });

  it('requires hypothetical carriers to be inside the region, in one of its districts, and not open yet', () => {
    const carrier = {
      name: '假设',
      kind: 'incubator',
      location: { type: 'Point', coordinates: [121.1, 31.4] },
      phases: [{ label: '一期', status: 'open', openedOn: '2024-01-01', incubationAreaM2: 1_000 }],
    };
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'add', carrier: { ...carrier, region: 'kunshan', district: 'port' } }] })).toEqual([
      ['edits.0.carrier.region', 'scenario.carrier.outsideRegion'],
      ['edits.0.carrier.district', 'carrier.district.notInRegion'],
      ['edits.0.carrier.phases.0.status', 'scenario.phase.notPipeline'],
    ]);
  });

  it('requires a location for a hypothetical carrier', () => {
    const carrier = { name: '假设', kind: 'incubator', phases: [{ label: '一期', status: 'planned', incubationAreaM2: 1_000 }] };
    expect(issuesOf(ScenarioSchema, { name: 'x', region: 'taicang', edits: [{ kind: 'add', carrier }] }).map(([path]) => path)).toEqual(['edits.0.carrier.location']);
  });
});
