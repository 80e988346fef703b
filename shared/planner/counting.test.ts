import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS, TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord, StoredRecognition } from '../carriers/record';
import { tierRank, type CarrierKind, type Tier } from '../carriers/vocabulary';
import { evaluateProgress } from './progress';
import type { TargetProgress } from './report';
import type { CountingRule, Target } from './targets';
import { buildCarrierRecord, buildStoredPhase, seedRecords } from '../../tests/support/plannerFixtures';

/*
 * Counting rules (issue #18). Six carriers, each one rule's edge case:
 * - a: county 2020, first reaches prefecture in 2022, provincial 2024 (year-only);
 * - b: already prefecture in 2019, provincial in 2023;
 * - c: prefecture since 2018, closes on 2024-05-01;
 * - d: a makerspace recognised prefecture on a dated document, 2024-03-15;
 * - e: recognised prefecture in 2024, year only;
 * - f: a makerspace recognised provincial on 2021-11-20, its first recognition;
 * - g: an accelerator recognised prefecture in 2022 (no C or K target counts accelerators).
 */
function recognition(id: string, tier: Tier, year: number, recognizedOn?: string): StoredRecognition {
  return { id, tier, year, ...(recognizedOn ? { recognizedOn } : {}) };
}

function histories(region: 'taicang' | 'kunshan'): CarrierRecord[] {
  const open = (openedOn: string) => [buildStoredPhase({ constructionStartedOn: undefined, openedOn })];
  const carrier = (id: string, kind: CarrierKind, phases: CarrierRecord['phases'], recognitions: StoredRecognition[]) =>
    buildCarrierRecord({ id, kind, region, district: 'hitech', phases, recognitions });
  return [
    carrier('a', 'incubator', open('2018-04-01'), [recognition('r1', 'county', 2020), recognition('r2', 'prefecture', 2022), recognition('r3', 'provincial', 2024)]),
    carrier('b', 'incubator', open('2015-09-01'), [recognition('r1', 'prefecture', 2019), recognition('r2', 'provincial', 2023)]),
    carrier(
      'c',
      'makerspace',
      [buildStoredPhase({ constructionStartedOn: undefined, openedOn: '2016-03-01', status: 'closed', closedOn: '2024-05-01' })],
      [recognition('r1', 'prefecture', 2018)],
    ),
    carrier('d', 'makerspace', open('2020-06-01'), [recognition('r1', 'prefecture', 2024, '2024-03-15')]),
    carrier('e', 'incubator', open('2020-10-01'), [recognition('r1', 'prefecture', 2024)]),
    carrier('f', 'makerspace', open('2019-05-01'), [recognition('r1', 'provincial', 2021, '2021-11-20')]),
    carrier('g', 'accelerator', open('2019-05-01'), [recognition('r1', 'prefecture', 2022)]),
  ];
}

const targetOf = (targets: readonly Target[], id: string): Target => {
  const found = targets.find((target) => target.id === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
};

function progress(carriers: CarrierRecord[], targets: Target[], asOf: string, yearOnlyRecognitions?: Record<string, 'yearEnd' | 'yearStart'>) {
  const report = evaluateProgress({ carriers, targets, asOf, ...(yearOnlyRecognitions ? { yearOnlyRecognitions } : {}) });
  return (id: string): TargetProgress => {
    const found = report.targets.find((target) => target.id === id);
    if (!found) throw new Error(`no progress for ${id}`);
    return found;
  };
}

const readingFigures = (result: TargetProgress) => Object.fromEntries((result.readings ?? []).map((reading) => [reading.id, reading.actual]));

describe('K3 on the rule fixtures at the end of the period', () => {
  const k3 = progress(histories('kunshan'), KUNSHAN_TARGETS, '2025-12-31')('K3');

  it('counts by default the carriers first reaching prefecture tier: f (2021), a (2022), d and e (2024), not b, already prefecture in 2019', () => {
    expect(k3.rule).toBe('firstReachesTier');
    expect(k3.reading?.id).toBe('firstReaches');
    expect(k3.actual).toBe(4);
    expect(k3.contributors.ids().sort()).toEqual(['a:r2', 'd:r1', 'e:r1', 'f:r1']);
    expect(k3.series.map((point) => point.value)).toEqual([1, 1, 0, 2, 0]);
  });

  it('shows the net change (holders a, b, d, e, f at the end less b and c at the start, c closing), the carriers recognised (5) and the recognitions (6) beside it', () => {
    expect(readingFigures(k3)).toEqual({ firstReaches: 4, netChange: 3, distinct: 5, recognitions: 6 });
    expect(k3.readings?.filter((reading) => reading.inUse).map((reading) => reading.id)).toEqual(['firstReaches']);
    expect(k3.readings?.map((reading) => reading.rule)).toEqual(['firstReachesTier', 'netChangeOfHolders', 'distinctCarriers', 'recognitionsAtTier']);
  });

  it('counts by the reading a planner puts in use', () => {
    const netChange = { ...targetOf(KUNSHAN_TARGETS, 'K3'), reading: 'netChange' };
    const result = progress(histories('kunshan'), [netChange], '2025-12-31')('K3');
    expect(result.rule).toBe('netChangeOfHolders');
    expect(result.actual).toBe(3);
    expect(result.readings?.find((reading) => reading.inUse)?.id).toBe('netChange');
  });
});

describe('C1–C5 on the rule fixtures at the end of the period', () => {
  const at = progress(histories('taicang'), TAICANG_TARGETS, '2025-12-31');

  it('C1–C3 count recognitions at exactly their tier: prefecture incubators a and e; provincial incubators b and a; provincial makerspace f', () => {
    expect([at('C1').actual, at('C1').contributors.ids().sort()]).toEqual([2, ['a:r2', 'e:r1']]);
    expect([at('C2').actual, at('C2').contributors.ids().sort()]).toEqual([2, ['a:r3', 'b:r2']]);
    expect([at('C3').actual, at('C3').contributors.ids()]).toEqual([1, ['f:r1']]);
    expect(at('C1').rule).toBe('recognitionsAtTier');
  });

  it('C4 counts incubators in operation holding prefecture or higher at the end: a, b and e', () => {
    expect(at('C4').actual).toBe(3);
  });

  it('C5 counts the carriers recognised by default (5) and shows every other reading', () => {
    const c5 = at('C5');
    expect(c5.rule).toBe('distinctCarriers');
    expect(c5.actual).toBe(5);
    // firstReaches: a, d, e, f; recognitions: a twice, b, d, e, f; Taicang tier: a (prefecture
    // 2022) counts when recognised, but first reached a tier in 2020; stock: all but c (closed).
    expect(readingFigures(c5)).toEqual({ distinct: 5, firstReaches: 4, recognitions: 6, countyDistinct: 5, countyFirstReaches: 3, stockAtEnd: 5 });
  });
});

describe('year-only and dated recognitions at a mid-year as-of (2024-06-30)', () => {
  it('counts a dated 2024 recognition from its date and a year-only one from 31 December', () => {
    const k3 = progress(histories('kunshan'), KUNSHAN_TARGETS, '2024-06-30')('K3');
    expect(k3.contributors.ids().sort()).toEqual(['a:r2', 'd:r1', 'f:r1']);
    expect(k3.actual).toBe(3);
    // a's 2022 recognition counted carries only its year; e's prefecture and a's provincial
    // recognition of 2024 carry only the year and wait for 31 December.
    expect(k3.recognitionDates).toEqual({ yearOnly: 1, awaitingYearEnd: 2 });
    // Holders then: a, b, d, f (c closed on 2024-05-01; e not yet) less b and c at the start.
    expect(readingFigures(k3)).toMatchObject({ firstReaches: 3, netChange: 2 });
  });

  it('counts year-only recognitions from 1 January for a region set so', () => {
    const k3 = progress(histories('kunshan'), KUNSHAN_TARGETS, '2024-06-30', { kunshan: 'yearStart' })('K3');
    expect(k3.contributors.ids().sort()).toEqual(['a:r2', 'd:r1', 'e:r1', 'f:r1']);
    expect(k3.recognitionDates).toEqual({ yearOnly: 2, awaitingYearEnd: 0 });
    const taicang = progress(histories('taicang'), TAICANG_TARGETS, '2024-06-30', { kunshan: 'yearStart' });
    expect(taicang('C1').contributors.ids()).toEqual(['a:r2']);
  });
});

describe('the seeded plans (issue #18 figures)', () => {
  const end = progress(seedRecords(), [...TAICANG_TARGETS, ...KUNSHAN_TARGETS], '2025-12-31');

  it('K3 reads 30 carriers first reaching prefecture tier, behind, with 26 (net change) and 43 (carriers recognised) shown', () => {
    const k3 = end('K3');
    expect([k3.actual, k3.status]).toEqual([30, 'behind']);
    expect(readingFigures(k3)).toEqual({ firstReaches: 30, netChange: 26, distinct: 43, recognitions: 46 });
    expect(k3.readings?.map((reading) => reading.status)).toEqual(['behind', 'behind', 'met', 'met']);
  });

  it('C5 reads 32 by default, 26 strictly new, 44 recognitions, 37 and 30 with 市级 as Taicang tier, 50 as a stock', () => {
    const c5 = end('C5');
    expect([c5.actual, c5.status]).toEqual([32, 'behind']);
    expect(readingFigures(c5)).toEqual({ distinct: 32, firstReaches: 26, recognitions: 44, countyDistinct: 37, countyFirstReaches: 30, stockAtEnd: 50 });
  });

  it('K1 counts 175 carriers in operation and 170 recognised ones, and says what it counts', () => {
    const k1 = end('K1');
    expect(readingFigures(k1)).toEqual({ operating: 175, recognised: 170 });
    expect(k1.note?.zh).toContain('不论是否获得认定');
    expect(end('K2').note?.zh).toContain('已关闭的空间从累计中减去');
  });

  it('A2 and A3 at 2024-06-30 judge the missed 2022 and show 2024 beside it', () => {
    const mid = progress(seedRecords(), TAICANG_TARGETS, '2024-06-30');
    const a2 = mid('A2');
    expect([a2.judgedYear, a2.actual, a2.status]).toEqual([2022, 140_000, 'behind']);
    expect(a2.currentYear).toMatchObject({ year: 2024, value: 128_000, onPace: true });
    const a3 = mid('A3');
    expect([a3.judgedYear, a3.actual]).toEqual([2022, 215_000]);
    expect(a3.currentYear).toMatchObject({ year: 2024, value: 206_000 });
    // The contributors are those of the judged year, like the figure.
    const series2022 = a2.series.find((point) => point.year === 2022);
    expect(a2.contributors.ids()).toEqual(series2022?.contributors.ids());
  });
});

/*
 * Brute force: the rules as the issue states them, counted directly over random histories,
 * against the engine.
 */
const RULES: CountingRule[] = ['firstReachesTier', 'distinctCarriers', 'recognitionsAtTier', 'netChangeOfHolders'];
const FROM = '2021-01-01';
const TO = '2025-12-31';
const BASELINE = '2020-12-31';

const countsFrom = (r: StoredRecognition) => r.recognizedOn ?? `${r.year}-12-31`;

function bruteForce(carriers: CarrierRecord[], rule: CountingRule, minTier: Tier, asOf: string): number {
  const last = asOf < TO ? asOf : TO;
  if (last < FROM) return 0; // before the period nothing counts yet
  const scoped = carriers.filter((carrier) => carrier.region === 'kunshan' && (carrier.kind === 'incubator' || carrier.kind === 'makerspace'));
  const inRange = (r: StoredRecognition) => tierRank(r.tier) >= tierRank(minTier);
  const inWindow = (date: string) => date >= FROM && date <= last;
  if (rule === 'recognitionsAtTier') return scoped.flatMap((c) => c.recognitions).filter((r) => inRange(r) && inWindow(countsFrom(r))).length;
  if (rule === 'distinctCarriers') return scoped.filter((c) => c.recognitions.some((r) => inRange(r) && inWindow(countsFrom(r)))).length;
  if (rule === 'firstReachesTier') {
    return scoped.filter((c) => {
      const dates = c.recognitions.filter(inRange).map(countsFrom).sort();
      return dates.length > 0 && inWindow(dates[0]!);
    }).length;
  }
  const holds = (c: CarrierRecord, day: string) =>
    c.phases.some((phase) => phase.openedOn !== undefined && phase.openedOn <= day && (phase.closedOn === undefined || day < phase.closedOn)) &&
    c.recognitions.some((r) => inRange(r) && countsFrom(r) <= day);
  return scoped.filter((c) => holds(c, last)).length - scoped.filter((c) => holds(c, BASELINE)).length;
}

const day = (fromYear: number, toYear: number) =>
  fc.date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const recognitionArbitrary = fc
  .record({ tier: fc.constantFrom<Tier>('county', 'prefecture', 'provincial', 'national'), on: day(2017, 2027), dated: fc.boolean() })
  .map(({ tier, on, dated }) => ({ tier, year: Number(on.slice(0, 4)), ...(dated ? { recognizedOn: on } : {}) }));

const carrierArbitrary = fc.record({
  kind: fc.constantFrom<CarrierKind>('incubator', 'makerspace', 'accelerator'),
  region: fc.constantFrom('kunshan', 'kunshan', 'taicang'),
  opened: day(2015, 2026),
  closed: fc.option(day(2017, 2027)),
  recognitions: fc.array(recognitionArbitrary, { maxLength: 4 }),
});

type CarrierSpec = typeof carrierArbitrary extends fc.Arbitrary<infer T> ? T : never;

function records(drawn: CarrierSpec[]): CarrierRecord[] {
  return drawn.map((spec, n) => {
    const closedOn = spec.closed !== null && spec.closed > spec.opened ? spec.closed : undefined;
    const phase = closedOn
      ? buildStoredPhase({ constructionStartedOn: undefined, openedOn: spec.opened, status: 'closed', closedOn })
      : buildStoredPhase({ constructionStartedOn: undefined, openedOn: spec.opened });
    return buildCarrierRecord({
      id: `h${n}`,
      kind: spec.kind,
      region: spec.region,
      district: 'hitech',
      phases: [phase],
      recognitions: spec.recognitions.map((r, k) => ({ ...r, id: `r${k}` })),
    });
  });
}

describe('every counting rule agrees with a brute-force count over random histories', () => {
  it.each(RULES)('%s', (rule) => {
    const k3 = targetOf(KUNSHAN_TARGETS, 'K3');
    fc.assert(
      fc.property(
        fc.array(carrierArbitrary, { maxLength: 12 }),
        day(2020, 2026),
        fc.constantFrom<Tier>('county', 'prefecture', 'provincial'),
        (drawn, asOf, minTier) => {
          const carriers = records(drawn);
          const { readings: _readings, reading: _reading, ...plain } = k3;
          const target: Target = { ...plain, rule, filter: { kinds: ['makerspace', 'incubator'], minTier } };
          const actual = progress(carriers, [target], asOf)('K3').actual;
          expect(actual).toBe(bruteForce(carriers, rule, minTier, asOf));
        },
      ),
      { seed: 18, numRuns: 150 },
    );
  });
});
