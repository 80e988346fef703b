import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS, SUZHOU_TARGETS, TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord } from '../carriers/record';
import { evaluateProgress, type TargetProgress } from './progress';
import type { Target } from './targets';
import { buildCarrierRecord, buildRecognition, buildStoredPhase } from '../../tests/support/plannerFixtures';

/*
 * A small Taicang, worked out by hand. Areas are incubation area unless "floor" is said.
 *
 * c1 incubator, 高新区, biomedicine; prefecture 2019 → provincial 2022 (upgraded in the period)
 *    p1 open, started 2019-05-01, opened 2021-01-01 (first day), 30,000 (floor 36,000)
 *    p2 open, started 2024-03-01, opened 2025-12-31 (last day),  20,000 (floor 25,000)
 * c2 accelerator, 港区, equipment; opened before the period and expanded inside it
 *    p1 open, started 2016-01-01, opened 2018-06-01, 50,000 (floor 60,000)
 *    p2 open, started 2022-02-01, opened 2023-09-15, 40,000 (floor 50,000)
 * c3 makerspace, 城厢镇, digital; provincial 2022
 *    p1 closed, started 2021-10-01, opened 2022-03-01, closed 2024-06-30, 2,000 (floor 2,500)
 * c4 incubator, 浏河镇, materials; prefecture 2024; nothing open yet
 *    p1 under construction, started 2023-05-01, planned 2026-06-30, 60,000 (floor 80,000)
 *    p2 planned, planned start 2026-03-01, planned 2027-12-31, 40,000 (floor 50,000)
 * c5 incubator, 高新区, no industry
 *    p1 under construction, no start date, planned 2025-06-30, 15,000 (floor 18,000)
 * c7 makerspace, 沙溪镇, digital; county 2021, prefecture 2023
 *    p1 open, no start date, opened 2020-12-31 (the day before the period), 1,000
 * c8 accelerator, 璜泾镇, aerospace
 *    p1 open, started 2022-06-01, opened 2024-04-01, 5,000 (floor 6,000)
 * k1 a Kunshan incubator opened 2022-05-01 with 99,999: never part of a Taicang number.
 */
function taicang(): CarrierRecord[] {
  return [
    buildCarrierRecord({
      id: 'c1',
      kind: 'incubator',
      district: 'hitech',
      industries: ['biomedicine'],
      phases: [
        buildStoredPhase({ id: 'p1', constructionStartedOn: '2019-05-01', openedOn: '2021-01-01', incubationAreaM2: 30_000, floorAreaM2: 36_000 }),
        buildStoredPhase({ id: 'p2', label: '二期', constructionStartedOn: '2024-03-01', openedOn: '2025-12-31', incubationAreaM2: 20_000, floorAreaM2: 25_000 }),
      ],
      recognitions: [buildRecognition({ id: 'r1', tier: 'prefecture', year: 2019 }), buildRecognition({ id: 'r2', tier: 'provincial', year: 2022 })],
    }),
    buildCarrierRecord({
      id: 'c2',
      kind: 'accelerator',
      district: 'port',
      industries: ['equipment'],
      phases: [
        buildStoredPhase({ id: 'p1', constructionStartedOn: '2016-01-01', openedOn: '2018-06-01', incubationAreaM2: 50_000, floorAreaM2: 60_000 }),
        buildStoredPhase({ id: 'p2', label: '二期', constructionStartedOn: '2022-02-01', openedOn: '2023-09-15', incubationAreaM2: 40_000, floorAreaM2: 50_000 }),
      ],
    }),
    buildCarrierRecord({
      id: 'c3',
      kind: 'makerspace',
      district: 'chengxiang',
      industries: ['digital'],
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'closed',
          constructionStartedOn: '2021-10-01',
          openedOn: '2022-03-01',
          closedOn: '2024-06-30',
          incubationAreaM2: 2_000,
          floorAreaM2: 2_500,
        }),
      ],
      recognitions: [buildRecognition({ id: 'r1', tier: 'provincial', year: 2022 })],
    }),
    buildCarrierRecord({
      id: 'c4',
      kind: 'incubator',
      district: 'liuhe',
      industries: ['materials'],
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'under_construction',
          constructionStartedOn: '2023-05-01',
          openedOn: undefined,
          plannedOpeningOn: '2026-06-30',
          incubationAreaM2: 60_000,
          floorAreaM2: 80_000,
        }),
        buildStoredPhase({
          id: 'p2',
          label: '二期',
          status: 'planned',
          constructionStartedOn: '2026-03-01',
          openedOn: undefined,
          plannedOpeningOn: '2027-12-31',
          incubationAreaM2: 40_000,
          floorAreaM2: 50_000,
        }),
      ],
      recognitions: [buildRecognition({ id: 'r1', tier: 'prefecture', year: 2024 })],
    }),
    buildCarrierRecord({
      id: 'c5',
      kind: 'incubator',
      district: 'hitech',
      industries: [],
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'under_construction',
          constructionStartedOn: undefined,
          openedOn: undefined,
          plannedOpeningOn: '2025-06-30',
          incubationAreaM2: 15_000,
          floorAreaM2: 18_000,
        }),
      ],
    }),
    buildCarrierRecord({
      id: 'c7',
      kind: 'makerspace',
      district: 'shaxi',
      industries: ['digital'],
      phases: [buildStoredPhase({ id: 'p1', constructionStartedOn: undefined, openedOn: '2020-12-31', incubationAreaM2: 1_000, floorAreaM2: undefined })],
      recognitions: [buildRecognition({ id: 'r1', tier: 'county', year: 2021 }), buildRecognition({ id: 'r2', tier: 'prefecture', year: 2023 })],
    }),
    buildCarrierRecord({
      id: 'c8',
      kind: 'accelerator',
      district: 'huangjing',
      industries: ['aerospace'],
      phases: [buildStoredPhase({ id: 'p1', constructionStartedOn: '2022-06-01', openedOn: '2024-04-01', incubationAreaM2: 5_000, floorAreaM2: 6_000 })],
    }),
    buildCarrierRecord({
      id: 'k1',
      region: 'kunshan',
      district: 'huaqiao',
      phases: [buildStoredPhase({ id: 'p1', openedOn: '2022-05-01', incubationAreaM2: 99_999 })],
      recognitions: [buildRecognition({ id: 'r1', tier: 'provincial', year: 2022 })],
    }),
  ];
}

function seeded(id: string): Target {
  const target = [...TAICANG_TARGETS, ...KUNSHAN_TARGETS, ...SUZHOU_TARGETS].find((candidate) => candidate.id === id);
  if (!target) throw new Error(`no seeded target ${id}`);
  return target;
}

function progressOf(target: Target, carriers: CarrierRecord[], asOf: string): TargetProgress {
  const [progress] = evaluateProgress({ carriers, targets: [target], asOf }).targets;
  if (!progress) throw new Error('no progress');
  return progress;
}

const seriesValues = (progress: TargetProgress) => progress.series.map((point) => point.value);
const cells = (progress: TargetProgress, dimension: keyof TargetProgress['breakdowns']) =>
  progress.breakdowns[dimension].map((cell) => [cell.key, cell.value, cell.contributors.ids()]);

describe('A1, incubation area opened over the period', () => {
  const a1 = progressOf(seeded('A1'), taicang(), '2025-12-31');

  it('adds the phases opened on the first and on the last day of the period, a closed phase and an expansion', () => {
    // c1p1 30,000 (2021-01-01) + c3p1 2,000 (2022, closed since) + c2p2 40,000 (2023)
    // + c8p1 5,000 (2024) + c1p2 20,000 (2025-12-31) = 97,000.
    // Not counted: c2p1 (2018), c7p1 (2020-12-31), pipeline phases, Kunshan's 99,999.
    expect(a1.actual).toBe(97_000);
    expect(a1.contributors.ids()).toEqual(['c1:p1', 'c3:p1', 'c2:p2', 'c8:p1', 'c1:p2']);
  });

  it('gives a per-year series whose years add up to the period', () => {
    // 2021: 30,000; 2022: 2,000; 2023: 40,000; 2024: 5,000; 2025: 20,000 → 97,000.
    expect(seriesValues(a1)).toEqual([30_000, 2_000, 40_000, 5_000, 20_000]);
    expect(a1.series.map((point) => point.contributors.ids())).toEqual([['c1:p1'], ['c3:p1'], ['c2:p2'], ['c8:p1'], ['c1:p2']]);
  });

  it('reports 9.7 % and, the period being over, behind', () => {
    // 97,000 / 1,000,000 = 9.7 %; expected = the whole threshold once the period has ended.
    expect(a1.percent).toBeCloseTo(9.7, 10);
    expect(a1.expected).toBe(1_000_000);
    expect(a1.status).toBe('behind');
  });

  it('breaks the area down by district, kind, tier held at the end and first industry, with ids per cell', () => {
    // 高新区 c1p1 + c1p2 = 50,000; 港区 40,000; 璜泾镇 5,000; 城厢镇 2,000 (largest first).
    expect(cells(a1, 'district')).toEqual([
      ['hitech', 50_000, ['c1:p1', 'c1:p2']],
      ['port', 40_000, ['c2:p2']],
      ['huangjing', 5_000, ['c8:p1']],
      ['chengxiang', 2_000, ['c3:p1']],
    ]);
    // makerspace c3 2,000; incubator c1 50,000; accelerator c2 + c8 = 45,000 (chain order).
    expect(cells(a1, 'kind')).toEqual([
      ['makerspace', 2_000, ['c3:p1']],
      ['incubator', 50_000, ['c1:p1', 'c1:p2']],
      ['accelerator', 45_000, ['c2:p2', 'c8:p1']],
    ]);
    // Tier at 2025-12-31: c1 and c3 provincial (50,000 + 2,000); c2 and c8 none (40,000 + 5,000).
    expect(cells(a1, 'tier')).toEqual([
      ['provincial', 52_000, ['c1:p1', 'c3:p1', 'c1:p2']],
      ['none', 45_000, ['c2:p2', 'c8:p1']],
    ]);
    expect(cells(a1, 'industry').map(([key, value]) => [key, value])).toEqual([
      ['biomedicine', 50_000],
      ['equipment', 40_000],
      ['aerospace', 5_000],
      ['digital', 2_000],
    ]);
    expect(a1.breakdowns.unit).toEqual([]);
    expect(a1.unitsWithData).toBeUndefined();
  });

  it('counts only what had opened by as-of when the period is still running', () => {
    // At 2023-06-30: c1p1 30,000 + c3p1 2,000 = 32,000; c2p2 opens 2023-09-15, after as-of.
    const midway = progressOf(seeded('A1'), taicang(), '2023-06-30');
    expect(midway.actual).toBe(32_000);
    expect(midway.measuredOn).toBe('2023-06-30');
    expect(seriesValues(midway)).toEqual([30_000, 2_000, 0, null, null]);
    expect(midway.series.map((point) => point.state)).toEqual(['complete', 'complete', 'current', 'future', 'future']);
  });
});

describe('the pace, 时间过半、任务过半', () => {
  // 2021-01-01 … 2023-06-30 is 365 + 365 + 181 = 911 of the period's 1,826 days.
  const share = 911 / 1_826;
  const withThreshold = (threshold: number): Target => ({ ...seeded('A1'), id: 'T', threshold });

  it('expects the threshold times the elapsed share of the period', () => {
    const progress = progressOf(seeded('A1'), taicang(), '2023-06-30');
    // 1,000,000 × 911 / 1,826 = 498,904.71…
    expect(progress.expected).toBeCloseTo(1_000_000 * share, 6);
    expect(progress.expected).toBeCloseTo(498_904.71, 2);
  });

  it('is on track when the actual reaches the expected', () => {
    // threshold 60,000 → expected 29,934.28; actual 32,000 ≥ expected.
    expect(progressOf(withThreshold(60_000), taicang(), '2023-06-30').status).toBe('on_track');
  });

  it('is at risk when the actual reaches 80 % of the expected', () => {
    // threshold 70,000 → expected 34,923.33, 80 % = 27,938.66 ≤ 32,000 < 34,923.33.
    expect(progressOf(withThreshold(70_000), taicang(), '2023-06-30').status).toBe('at_risk');
  });

  it('is behind below 80 % of the expected when the forecast does not reach the threshold either', () => {
    // threshold 100,000 → expected 49,890.47, 80 % = 39,912.38 > 32,000;
    // forecast: 32,000 + c5p1 15,000 × 0.9 (under construction, planned 2025-06-30)
    // + the phases that opened after as-of, in their state at as-of (as-of replay):
    //   c2p2 started 2022-02-01 → under construction, expected on its opening 2023-09-15: 40,000 × 0.9
    //   c8p1 started 2022-06-01 → under construction, expected 2024-04-01:               5,000 × 0.9
    //   c1p2 starts 2024-03-01, after as-of → planned, expected 2025-12-31:             20,000 × 0.5
    // = 32,000 + 13,500 + 36,000 + 4,500 + 10,000 = 96,000 < 100,000.
    const progress = progressOf(withThreshold(100_000), taicang(), '2023-06-30');
    expect(progress.forecastExpected).toBe(96_000);
    expect(progress.status).toBe('behind');
  });

  it('is at risk, not behind, when the expected forecast reaches the threshold', () => {
    // One open phase of 100,000 (2021) and one under construction of 500,000 planned for 2024.
    // threshold 500,000 → expected 249,452.36, 80 % = 199,561.89 > 100,000, but the forecast
    // 100,000 + 500,000 × 0.9 = 550,000 ≥ 500,000.
    const carriers = [
      buildCarrierRecord({
        id: 'x',
        phases: [
          buildStoredPhase({ id: 'p1', openedOn: '2021-06-01', constructionStartedOn: '2020-01-01', incubationAreaM2: 100_000, floorAreaM2: undefined }),
          buildStoredPhase({
            id: 'p2',
            label: '二期',
            status: 'under_construction',
            openedOn: undefined,
            constructionStartedOn: '2022-01-01',
            plannedOpeningOn: '2024-06-01',
            incubationAreaM2: 500_000,
            floorAreaM2: undefined,
          }),
        ],
      }),
    ];
    const progress = progressOf(withThreshold(500_000), carriers, '2023-06-30');
    expect(progress.actual).toBe(100_000);
    expect(progress.forecastExpected).toBe(550_000);
    expect(progress.status).toBe('at_risk');
  });

  it('is met as soon as the actual satisfies the comparator, even before the period ends', () => {
    expect(progressOf(withThreshold(32_000), taicang(), '2023-06-30').status).toBe('met');
    expect(progressOf({ ...withThreshold(32_000), comparator: 'more_than' }, taicang(), '2023-06-30').status).not.toBe('met');
  });

  it('expects nothing before the period starts', () => {
    const progress = progressOf(seeded('A1'), taicang(), '2020-06-30');
    expect([progress.actual, progress.expected, progress.status]).toEqual([0, 0, 'on_track']);
    expect(progress.series.every((point) => point.state === 'future' && point.value === null)).toBe(true);
  });
});

describe('A2, incubation area opened in each year', () => {
  const perYear = (threshold: number): Target => ({ ...seeded('A2'), threshold });

  it('is behind for good once a completed year missed the threshold', () => {
    // 200,000 a year: 2021 had 30,000, so A2 is behind from 2022 on.
    const progress = progressOf(seeded('A2'), taicang(), '2022-01-15');
    expect(progress.status).toBe('behind');
    expect(progress.series[0]?.meetsThreshold).toBe(false);
  });

  it('judges the current year against its pro-rated pace when every completed year was met', () => {
    // threshold 2,000: 2021 30,000 ✓, 2022 2,000 ✓, 2023 40,000 ✓; at 2023-12-31 the next year
    // to judge is 2024, not started: actual 0, expected 0 → on track.
    const progress = progressOf(perYear(2_000), taicang(), '2023-12-31');
    expect(progress.judgedYear).toBe(2024);
    expect([progress.actual, progress.expected, progress.status]).toEqual([0, 0, 'on_track']);
    // At 2024-06-30: 2024 has c8p1 5,000 ≥ 2,000 × 182/366 = 994.54 → on track.
    const midYear = progressOf(perYear(2_000), taicang(), '2024-06-30');
    expect(midYear.judgedYear).toBe(2024);
    expect(midYear.actual).toBe(5_000);
    expect(midYear.expected).toBeCloseTo((2_000 * 182) / 366, 9);
    expect(midYear.status).toBe('on_track');
  });

  it('is met only when every year of the period is complete and met, and then shows the weakest year', () => {
    // Years 30,000 / 2,000 / 40,000 / 5,000 / 20,000: all ≥ 2,000; the weakest is 2022.
    const met = progressOf(perYear(2_000), taicang(), '2025-12-31');
    expect(met.status).toBe('met');
    expect([met.judgedYear, met.actual]).toEqual([2022, 2_000]);
    expect(met.series.map((point) => point.meetsThreshold)).toEqual([true, true, true, true, true]);
    // Its contributors and breakdowns are that year's: c3p1 alone.
    expect(met.contributors.ids()).toEqual(['c3:p1']);
    expect(cells(met, 'district')).toEqual([['chengxiang', 2_000, ['c3:p1']]]);
    // 2,001 fails 2022 → behind.
    expect(progressOf(perYear(2_001), taicang(), '2025-12-31').status).toBe('behind');
    // During 2025 every completed year met 2,000, but A2 is not met before 2025 is over.
    expect(progressOf(perYear(2_000), taicang(), '2025-12-30').status).not.toBe('met');
  });
});

describe('A3, floor area of carriers whose construction started', () => {
  it('counts floor area by construction start year, incubation area when no floor area is recorded', () => {
    // 2021: c3p1 2,500. 2022: c2p2 50,000 + c8p1 6,000 = 56,000. 2023: c4p1 80,000.
    // 2024: c1p2 25,000. 2025: none (c4p2 starts 2026; c5p1 has no start date).
    // Before the period: c1p1 (2019), c2p1 (2016). Once the period is over, an each-year
    // target reports its weakest year: 2025 with 0.
    const a3 = progressOf(seeded('A3'), taicang(), '2025-12-31');
    expect(seriesValues(a3)).toEqual([2_500, 56_000, 80_000, 25_000, 0]);
    expect(a3.series.map((point) => point.contributors.ids())).toEqual([['c3:p1'], ['c2:p2', 'c8:p1'], ['c4:p1'], ['c1:p2'], []]);
    expect([a3.judgedYear, a3.actual, a3.expected, a3.status]).toEqual([2025, 0, 300_000, 'behind']);
    const withoutFloorArea = taicang().map((carrier) =>
      carrier.id === 'c3' ? { ...carrier, phases: carrier.phases.map((phase) => ({ ...phase, floorAreaM2: undefined })) } : carrier,
    );
    // c3p1 has no floor area: its 2,000 ㎡ of incubation area stands in (a lower bound).
    expect(progressOf(seeded('A3'), withoutFloorArea, '2025-12-31').series[0]?.value).toBe(2_000);
  });
});

describe('A4, incubation area under construction and not yet open', () => {
  const a4 = progressOf(seeded('A4'), taicang(), '2025-12-31');

  it('reads the stock at the end of the period, counting an undated phase under construction from as-of on', () => {
    // 2025-12-31: c4p1 60,000 (started 2023-05-01, not open) + c5p1 15,000 (under construction,
    // no start date, counted on dates from as-of on) = 75,000. c1p2 opened that very day: not
    // pipeline any more. c4p2 is planned to start in 2026.
    expect(a4.actual).toBe(75_000);
    expect(a4.contributors.ids()).toEqual(['c4:p1', 'c5:p1']);
  });

  it('gives the stock at each year end', () => {
    // 2021-12-31: c3p1 (2021-10-01 → 2022-03-01) 2,000.
    // 2022-12-31: c2p2 (2022-02-01 → 2023-09-15) 40,000 + c8p1 (2022-06-01 → 2024-04-01) 5,000 = 45,000.
    // 2023-12-31: c4p1 60,000 + c8p1 5,000 = 65,000.
    // 2024-12-31: c4p1 60,000 + c1p2 (2024-03-01 → 2025-12-31) 20,000 = 80,000.
    // 2025-12-31: 75,000 (above).
    expect(seriesValues(a4)).toEqual([2_000, 45_000, 65_000, 80_000, 75_000]);
    expect(a4.series[1]?.contributors.ids()).toEqual(['c2:p2', 'c8:p1']);
  });

  it('starts its pace from the data the day before the period when the target documents no baseline', () => {
    // 2020-12-31: c1p1 started 2019-05-01 and opened the next day: 30,000.
    expect(a4.baseline).toEqual({ value: 30_000, on: '2020-12-31', from: 'data' });
    // At 2023-06-30 (911 / 1,826 of the period): 30,000 + (1,500,000 − 30,000) × 911 / 1,826.
    const midway = progressOf(seeded('A4'), taicang(), '2023-06-30');
    expect(midway.expected).toBeCloseTo(30_000 + 1_470_000 * (911 / 1_826), 6);
    // Stock at 2023-06-30: c2p2 40,000 + c8p1 5,000 + c4p1 60,000 = 105,000; c5p1 counts from as-of on: + 15,000.
    expect(midway.actual).toBe(120_000);
  });

  it('leaves an undated phase under construction out of past dates', () => {
    // Evaluated at 2026-06-30, the period's end (2025-12-31) is in the past: c5p1 is not counted.
    expect(progressOf(seeded('A4'), taicang(), '2026-06-30').actual).toBe(60_000);
  });
});

describe('recognitions, C1 – C3 and C5', () => {
  const at = (id: string) => progressOf(seeded(id), taicang(), '2025-12-31');

  it('C1 counts incubators recognised at exactly prefecture tier in the period', () => {
    // c4 prefecture 2024 → 1. c1's prefecture recognition was in 2019, before the period.
    const c1 = at('C1');
    expect(c1.actual).toBe(1);
    expect(c1.contributors.ids()).toEqual(['c4:r1']);
    expect(c1.contributorKind).toBe('recognition');
  });

  it('C2 and C3 count provincial recognitions of incubators and of makerspaces', () => {
    // C2: c1 provincial 2022 (the upgrade from prefecture 2019). C3: c3 provincial 2022.
    expect([at('C2').actual, at('C2').contributors.ids()]).toEqual([1, ['c1:r2']]);
    expect([at('C3').actual, at('C3').contributors.ids()]).toEqual([1, ['c3:r1']]);
  });

  it('C5 counts each makerspace or incubator once, at its first recognition at prefecture or higher in the period', () => {
    // c1 provincial 2022; c3 provincial 2022; c7 prefecture 2023 (its county 2021 does not
    // count); c4 prefecture 2024. Accelerators are outside C5. Total 4.
    const c5 = at('C5');
    expect(c5.actual).toBe(4);
    expect(seriesValues(c5)).toEqual([0, 2, 1, 1, 0]);
    expect(cells(c5, 'tier')).toEqual([
      ['provincial', 2, ['c1:r2', 'c3:r1']],
      ['prefecture', 2, ['c7:r2', 'c4:r1']],
    ]);
    // Pace at 2023-06-30: 40 × 911 / 1,826. c7's 2023 recognition carries only its year, so
    // it counts from 2023-12-31 (the default placement) and is awaited, not counted, at mid-year.
    const midway = progressOf(seeded('C5'), taicang(), '2023-06-30');
    expect(midway.actual).toBe(2);
    expect(midway.recognitionDates).toEqual({ yearOnly: 2, awaitingYearEnd: 1 });
    expect(midway.expected).toBeCloseTo(40 * (911 / 1_826), 9);
    expect(midway.status).toBe('behind');
  });

  it('counts a carrier upgraded twice within the period once for 市级以上', () => {
    // prefecture 2021 → provincial 2023: one new 市级以上 carrier (2021), one new prefecture,
    // one new provincial.
    const upgraded = [
      buildCarrierRecord({
        id: 'u',
        phases: [buildStoredPhase()],
        recognitions: [buildRecognition({ id: 'r1', tier: 'prefecture', year: 2021 }), buildRecognition({ id: 'r2', tier: 'provincial', year: 2023 })],
      }),
    ];
    const results = evaluateProgress({ carriers: upgraded, targets: TAICANG_TARGETS, asOf: '2025-12-31' }).targets;
    const actual = (id: string) => results.find((result) => result.id === id)?.actual;
    expect([actual('C1'), actual('C2'), actual('C5')]).toEqual([1, 1, 1]);
    expect(results.find((result) => result.id === 'C5')?.series[0]?.contributors.ids()).toEqual(['u:r1']);
  });
});

describe('C4, incubators holding prefecture tier or higher', () => {
  it('counts incubators in operation whose highest recognition by then is prefecture or higher', () => {
    // At 2025-12-31: c1 (provincial, open) counts; c4 (prefecture 2024) has nothing open yet
    // and does not; c5 has no recognition. 1 > 20 is false → behind.
    const c4 = progressOf(seeded('C4'), taicang(), '2025-12-31');
    expect(c4.actual).toBe(1);
    expect(c4.contributors.ids()).toEqual(['c1:r2']);
    expect(cells(c4, 'tier')).toEqual([['provincial', 1, ['c1:r2']]]);
    // Year ends: c1 is prefecture from 2019 and open from 2021-01-01, so 1 in every year.
    expect(seriesValues(c4)).toEqual([1, 1, 1, 1, 1]);
    expect(c4.series[0]?.contributors.ids()).toEqual(['c1:r1']);
    // 2020-12-31: c1 is prefecture but nothing of it is open until the next day.
    expect(c4.baseline).toEqual({ value: 0, on: '2020-12-31', from: 'data' });
    expect(c4.status).toBe('behind');
  });
});

/*
 * Kunshan, worked out by hand.
 * k1 incubator, 花桥镇: p1 open 2019-03-01 100,000; p2 open 2022-07-01 50,000 (expansion)
 * k2 makerspace, 玉山镇: p1 closed, opened 2021-05-01, closed 2023-05-01, 3,000;
 *    prefecture 2021 → provincial 2023
 * k3 accelerator, 开发区: p1 under construction since 2023-01-01, planned 2024-12-31, 80,000
 */
function kunshan(): CarrierRecord[] {
  return [
    buildCarrierRecord({
      id: 'k1',
      region: 'kunshan',
      district: 'huaqiao',
      kind: 'incubator',
      phases: [
        buildStoredPhase({ id: 'p1', constructionStartedOn: '2018-01-01', openedOn: '2019-03-01', incubationAreaM2: 100_000, floorAreaM2: undefined }),
        buildStoredPhase({ id: 'p2', label: '二期', constructionStartedOn: '2021-01-01', openedOn: '2022-07-01', incubationAreaM2: 50_000, floorAreaM2: undefined }),
      ],
    }),
    buildCarrierRecord({
      id: 'k2',
      region: 'kunshan',
      district: 'yushan',
      kind: 'makerspace',
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'closed',
          constructionStartedOn: undefined,
          openedOn: '2021-05-01',
          closedOn: '2023-05-01',
          incubationAreaM2: 3_000,
          floorAreaM2: undefined,
        }),
      ],
      recognitions: [buildRecognition({ id: 'r1', tier: 'prefecture', year: 2021 }), buildRecognition({ id: 'r2', tier: 'provincial', year: 2023 })],
    }),
    buildCarrierRecord({
      id: 'k3',
      region: 'kunshan',
      district: 'ketdz',
      kind: 'accelerator',
      phases: [
        buildStoredPhase({
          id: 'p1',
          status: 'under_construction',
          constructionStartedOn: '2023-01-01',
          openedOn: undefined,
          plannedOpeningOn: '2024-12-31',
          incubationAreaM2: 80_000,
          floorAreaM2: undefined,
        }),
      ],
    }),
  ];
}

describe('Kunshan K1 – K3: stocks with a documented baseline', () => {
  it('K2 reads the open incubation area at the end of each year, a closed phase leaving the stock', () => {
    // 2021: k1p1 100,000 + k2p1 3,000 = 103,000. 2022: + k1p2 50,000 = 153,000.
    // 2023 on: k2p1 closed 2023-05-01 → 150,000. k3p1 is not open.
    const k2 = progressOf(seeded('K2'), kunshan(), '2025-12-31');
    expect(seriesValues(k2)).toEqual([103_000, 153_000, 150_000, 150_000, 150_000]);
    expect(k2.actual).toBe(150_000);
    expect(k2.contributors.ids()).toEqual(['k1:p1', 'k1:p2']);
    expect(k2.baseline).toEqual({ value: 4_223_800, on: '2020-12-31', from: 'target' });
    expect(k2.status).toBe('behind');
  });

  it('K1 paces from the documented 140 carriers of 2020 towards 176', () => {
    // At 2023-06-30: k1 in operation; k2 closed 2023-05-01 → 1 carrier.
    // expected = 140 + (176 − 140) × 911 / 1,826 = 157.96…
    const k1 = progressOf(seeded('K1'), kunshan(), '2023-06-30');
    expect(k1.actual).toBe(1);
    expect(k1.contributorKind).toBe('carrier');
    expect(k1.contributors.ids()).toEqual(['k1']);
    expect(k1.expected).toBeCloseTo(140 + 36 * (911 / 1_826), 9);
    expect(seriesValues(k1)).toEqual([2, 2, 1, null, null]);
    expect(k1.status).toBe('behind');
  });

  it('K3 counts the upgraded makerspace once, in 2021', () => {
    const k3 = progressOf(seeded('K3'), kunshan(), '2025-12-31');
    expect([k3.actual, k3.contributors.ids(), seriesValues(k3)]).toEqual([1, ['k2:r1'], [1, 0, 0, 0, 0]]);
  });
});

describe('a parent region', () => {
  it('counts the carriers of its child units and says how many units have data (S1)', () => {
    // Provincial or higher, in operation, at 2023-12-31: Taicang c1 (provincial 2022) and
    // Kunshan k1 of the Taicang fixture (provincial 2022). c3 is provincial but closed 2024-06-30,
    // so at 2023-12-31 it is still open and counts too: 3.
    const s1 = progressOf(seeded('S1'), taicang(), '2023-12-31');
    expect(s1.actual).toBe(3);
    expect(s1.unitsWithData).toEqual({ total: 9, withData: 2, units: ['taicang', 'kunshan'] });
    expect(cells(s1, 'unit')).toEqual([
      ['taicang', 2, ['c1:r2', 'c3:r1']],
      ['kunshan', 1, ['k1:r1']],
    ]);
    // Districts of child regions are named with their region; equal values go by key.
    expect(cells(s1, 'district').map(([key]) => key)).toEqual(['kunshan/huaqiao', 'taicang/chengxiang', 'taicang/hitech']);
  });
});

describe('the region tree', () => {
  it('can be given by the caller', () => {
    // A tree where Suzhou holds only Taicang: Kunshan's carrier falls outside S1.
    const regions = [
      { id: 'suzhou', name: { zh: '苏州市', en: 'Suzhou' }, level: 'prefecture' as const, parent: null, districts: [] },
      { id: 'taicang', name: { zh: '太仓市', en: 'Taicang' }, level: 'county' as const, parent: 'suzhou', districts: [] },
    ];
    const [s1] = evaluateProgress({ carriers: taicang(), targets: [seeded('S1')], asOf: '2023-12-31', regions }).targets;
    expect([s1!.actual, s1!.unitsWithData]).toEqual([2, { total: 1, withData: 1, units: ['taicang'] }]);
  });
});

describe('targets that measure the same thing', () => {
  it('share one pass without sharing series objects', () => {
    const [a1, a2] = evaluateProgress({ carriers: taicang(), targets: [seeded('A1'), seeded('A2')], asOf: '2025-12-31' }).targets;
    expect(seriesValues(a1!)).toEqual(seriesValues(a2!));
    expect(a1!.series[0]).not.toHaveProperty('meetsThreshold');
    expect(a2!.series[0]?.meetsThreshold).toBe(false);
  });
});
