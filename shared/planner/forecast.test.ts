import { describe, expect, it } from 'vitest';
import { TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord } from '../carriers/record';
import type { StoredPhase } from '../carriers/record';
import { evaluateForecast, type TargetForecast } from './forecast';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';

/*
 * One Taicang carrier per phase, as of 2023-06-30, worked out by hand
 * (weights: under construction 0.9, planned 0.5; pessimistic = weight²: 0.81, 0.25):
 *
 * f0 open since 2021-05-01, 300,000, no start date                      → actual of A1
 * f1 under construction since 2022-01-01, planned 2024-03-01, 100,000 (floor 120,000)
 * f2 planned, planned start 2024-01-01, planned 2025-06-01, 200,000 (floor 250,000)
 * f3 under construction since 2021-06-01, planned 2023-01-31 (overdue), 10,000 (floor 12,000)
 * f4 planned, no dates at all, 50,000
 * f5 planned, no start date, planned 2026-03-01 (after the period), 70,000
 */
const AS_OF = '2023-06-30';

function pipelinePhase(overrides: Partial<StoredPhase>): StoredPhase {
  return buildStoredPhase({ status: 'planned', openedOn: undefined, constructionStartedOn: undefined, floorAreaM2: undefined, ...overrides });
}

function carriers(): CarrierRecord[] {
  const phases: Record<string, StoredPhase> = {
    f0: buildStoredPhase({ openedOn: '2021-05-01', constructionStartedOn: undefined, incubationAreaM2: 300_000, floorAreaM2: undefined }),
    f1: pipelinePhase({ status: 'under_construction', constructionStartedOn: '2022-01-01', plannedOpeningOn: '2024-03-01', incubationAreaM2: 100_000, floorAreaM2: 120_000 }),
    f2: pipelinePhase({ constructionStartedOn: '2024-01-01', plannedOpeningOn: '2025-06-01', incubationAreaM2: 200_000, floorAreaM2: 250_000 }),
    f3: pipelinePhase({ status: 'under_construction', constructionStartedOn: '2021-06-01', plannedOpeningOn: '2023-01-31', incubationAreaM2: 10_000, floorAreaM2: 12_000 }),
    f4: pipelinePhase({ incubationAreaM2: 50_000 }),
    f5: pipelinePhase({ plannedOpeningOn: '2026-03-01', incubationAreaM2: 70_000 }),
  };
  return Object.entries(phases).map(([id, phase]) => buildCarrierRecord({ id, phases: [{ ...phase, id: 'p1' }] }));
}

function forecastOf(id: string, asOf = AS_OF): TargetForecast {
  const forecast = evaluateForecast({ carriers: carriers(), targets: TAICANG_TARGETS, asOf }).targets.find((target) => target.id === id);
  if (!forecast) throw new Error(`no forecast for ${id}`);
  return forecast;
}

const pick = (forecast: TargetForecast, field: 'actual' | 'expected' | 'optimistic' | 'pessimistic' | 'toFind') =>
  forecast.years.map((year) => year[field]);

describe('the forecast of A1, area opened over the period', () => {
  const a1 = forecastOf('A1');

  it('weights each phase not yet open by its status, at its planned opening', () => {
    // expected    = 300,000 + f3 10,000 × 0.9 + f1 100,000 × 0.9  + f2 200,000 × 0.5  = 499,000
    // optimistic  = 300,000 + 10,000        + 100,000             + 200,000            = 610,000
    // pessimistic = 300,000 + 10,000 × 0.81 + 100,000 × 0.81      + 200,000 × 0.25     = 439,100
    expect([a1.actual, a1.expected, a1.optimistic, a1.pessimistic]).toEqual([300_000, 499_000, 610_000, 439_100]);
    expect(a1.reaches).toEqual({ expected: false, optimistic: false, pessimistic: false });
  });

  it('expects an overdue phase the day after as-of, and leaves out phases planned after the period', () => {
    // f3 (planned 2023-01-31, not open at 2023-06-30) lands in 2023; f5 (2026) is outside.
    expect(pick(a1, 'expected')).toEqual([300_000, 0, 9_000, 90_000, 100_000]);
    expect(a1.pipeline.ids()).toEqual(['f1:p1', 'f2:p1', 'f3:p1']);
  });

  it('lists the phases it cannot place for want of a planned opening', () => {
    expect(a1.undated.ids()).toEqual(['f4:p1']);
  });

  it('spreads the shortfall evenly over the remaining years', () => {
    // 1,000,000 − 499,000 = 501,000 over 2023, 2024, 2025 → 167,000 a year.
    expect(a1.shortfall).toBe(501_000);
    expect(pick(a1, 'toFind')).toEqual([0, 0, 167_000, 167_000, 167_000]);
  });

  it('honours weights the planner sets', () => {
    // planned 1, under construction 1 → the optimistic figure; pessimistic stays weight² = 1.
    const forecast = evaluateForecast({
      carriers: carriers(),
      targets: TAICANG_TARGETS,
      asOf: AS_OF,
      weights: { planned: 1, under_construction: 1 },
    }).targets[0]!;
    expect([forecast.expected, forecast.pessimistic]).toEqual([610_000, 610_000]);
  });
});

describe('the forecast of A2, area opened each year', () => {
  const a2 = forecastOf('A2');

  it('forecasts each year on its own and reports the weakest year as the end value', () => {
    // 2021 300,000 (complete), 2022 0 (complete), 2023 9,000, 2024 90,000, 2025 100,000.
    expect(pick(a2, 'expected')).toEqual([300_000, 0, 9_000, 90_000, 100_000]);
    expect(a2.expected).toBe(0);
  });

  it('asks each remaining year for its own gap; missed years cannot be helped', () => {
    // 200,000 − 9,000 = 191,000; 200,000 − 90,000 = 110,000; 200,000 − 100,000 = 100,000.
    expect(pick(a2, 'toFind')).toEqual([0, 0, 191_000, 110_000, 100_000]);
    expect(a2.shortfall).toBe(401_000);
  });
});

describe('the forecast of A3, floor area started each year', () => {
  const a3 = forecastOf('A3');

  it('reads a start date after as-of as a planned start', () => {
    // Actual: 2021 f3 12,000; 2022 f1 120,000. Planned start: f2 2024-01-01, floor 250,000 × 0.5.
    expect(pick(a3, 'actual')).toEqual([12_000, 120_000, 0, null, null]);
    expect(pick(a3, 'expected')).toEqual([12_000, 120_000, 0, 125_000, 0]);
    expect(pick(a3, 'optimistic')).toEqual([12_000, 120_000, 0, 250_000, 0]);
    expect(pick(a3, 'pessimistic')).toEqual([12_000, 120_000, 0, 62_500, 0]);
    // f4 and f5 are planned without a start date.
    expect(a3.undated.ids()).toEqual(['f4:p1', 'f5:p1']);
    // 300,000 − 0, − 125,000, − 0 for 2023, 2024, 2025.
    expect(pick(a3, 'toFind')).toEqual([0, 0, 300_000, 175_000, 300_000]);
  });
});

describe('the forecast of A4, area under construction at the end', () => {
  const a4 = forecastOf('A4');

  it('counts a phase at a year end when it has started and is not expected to have opened', () => {
    // 2023-12-31: f1 (started, opens 2024-03-01) 100,000 × 0.9 = 90,000; f2 not started; f3 opens 2023-07-01.
    // 2024-12-31: f2 (starts 2024-01-01, opens 2025-06-01) 200,000 × 0.5 = 100,000; f1 has opened.
    // 2025-12-31: f2 has opened → 0.
    // Completed years keep the actual: 2021-12-31 f3 10,000; 2022-12-31 f1 100,000 + f3 10,000.
    expect(pick(a4, 'expected')).toEqual([10_000, 110_000, 90_000, 100_000, 0]);
    expect(pick(a4, 'optimistic').slice(2)).toEqual([100_000, 200_000, 0]);
    expect(pick(a4, 'pessimistic').slice(2)).toEqual([81_000, 50_000, 0]);
    expect([a4.expected, a4.shortfall]).toEqual([0, 1_500_000]);
    expect(a4.pipeline.ids()).toEqual(['f1:p1', 'f2:p1']);
    expect(a4.undated.ids()).toEqual(['f4:p1', 'f5:p1']);
  });

  it('starts from the pipeline the dates show at as-of', () => {
    // At 2023-06-30: f1 (since 2022-01-01) 100,000 + f3 (since 2021-06-01) 10,000 = 110,000.
    expect(a4.actual).toBe(110_000);
  });
});

describe('forecasts', () => {
  it('exist for area targets only', () => {
    const ids = evaluateForecast({ carriers: carriers(), targets: TAICANG_TARGETS, asOf: AS_OF }).targets.map((forecast) => forecast.id);
    expect(ids).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('equal the actual once the period is over', () => {
    const a1 = forecastOf('A1', '2026-01-01');
    // Only f0 opened inside the period; nothing is left to forecast.
    expect([a1.actual, a1.expected, a1.optimistic, a1.pessimistic, a1.shortfall]).toEqual([300_000, 300_000, 300_000, 300_000, 700_000]);
    expect(pick(a1, 'toFind')).toEqual([0, 0, 0, 0, 0]);
  });
});
