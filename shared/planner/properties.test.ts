import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS, SEEDED_TARGETS, TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord, StoredPhase, StoredRecognition } from '../carriers/record';
import { CARRIER_KINDS, INDUSTRIES, TIERS, type PhaseStatus } from '../carriers/vocabulary';
import { findRegion } from '../regions';
import { evaluatePlan } from './plan';
import { evaluateProgress } from './progress';
import { evaluateScenario } from './scenario';
import type { Target } from './targets';
import { buildCarrierRecord } from '../../tests/support/plannerFixtures';

/*
 * Carriers as the schema allows them: dates in order (start ≤ opening ≤ closing), an opening
 * date exactly on open and closed phases, whole square metres (so sums compare exactly).
 */
const isoDate = (fromYear: number, toYear: number) =>
  fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const phaseArbitrary = fc
  .record({
    status: fc.constantFrom<PhaseStatus>('planned', 'under_construction', 'open', 'closed'),
    dates: fc.array(isoDate(2017, 2028), { minLength: 3, maxLength: 3 }),
    area: fc.integer({ min: 1, max: 200_000 }),
    extraFloor: fc.option(fc.integer({ min: 0, max: 50_000 })),
    hasStart: fc.boolean(),
    hasPlannedOpening: fc.boolean(),
  })
  .map(({ status, dates, area, extraFloor, hasStart, hasPlannedOpening }): Omit<StoredPhase, 'id' | 'label'> => {
    const [start, middle, end] = [...dates].sort() as [string, string, string];
    const floor = extraFloor === null ? {} : { floorAreaM2: area + extraFloor };
    const started = hasStart ? { constructionStartedOn: start } : {};
    const planned = hasPlannedOpening ? { plannedOpeningOn: middle } : {};
    if (status === 'open') return { status, incubationAreaM2: area, ...floor, ...started, ...planned, openedOn: middle };
    if (status === 'closed') return { status, incubationAreaM2: area, ...floor, ...started, openedOn: middle, closedOn: end };
    return { status, incubationAreaM2: area, ...floor, ...started, ...planned };
  });

const recognitionsArbitrary = fc
  .subarray([...TIERS])
  .chain((tiers) => fc.tuple(...tiers.map((tier) => fc.integer({ min: 2017, max: 2027 }).map((year) => ({ tier, year })))))
  .map((recognitions): StoredRecognition[] => recognitions.map((recognition, position) => ({ id: `r${position + 1}`, ...recognition })));

const carrierArbitrary = fc
  .record({
    kind: fc.constantFrom(...CARRIER_KINDS),
    region: fc.constantFrom('taicang', 'taicang', 'kunshan'),
    districtSeed: fc.nat(),
    industries: fc.subarray([...INDUSTRIES], { maxLength: 2 }),
    phases: fc.array(phaseArbitrary, { minLength: 1, maxLength: 3 }),
    recognitions: recognitionsArbitrary,
  })
  .map(({ kind, region, districtSeed, industries, phases, recognitions }) => {
    const districts = findRegion(region)!.districts;
    return buildCarrierRecord({
      kind,
      region,
      district: districts[districtSeed % districts.length]!.id,
      industries,
      phases: phases.map((phase, position) => ({ ...phase, id: `p${position + 1}`, label: `${position + 1}期` })),
      recognitions,
    });
  });

const carriersArbitrary = fc
  .array(carrierArbitrary, { maxLength: 12 })
  .map((carriers) => carriers.map((carrier, position): CarrierRecord => ({ ...carrier, id: `c${position}` })));

const asOfArbitrary = isoDate(2019, 2027);

const a1 = TAICANG_TARGETS.find((target) => target.id === 'A1')!;
const a3 = TAICANG_TARGETS.find((target) => target.id === 'A3')!;
/** A3 read as a period sum, to compare its years against. */
const a3Summed: Target = { ...a3, id: 'A3sum', window: 'period_sum' };

function actualOf(carriers: CarrierRecord[], target: Target, asOf: string): number {
  return evaluateProgress({ carriers, targets: [target], asOf }).targets[0]!.actual;
}

describe('planner properties', () => {
  it('per-year values add up to the period value, for every flow and recognition target', () => {
    const flows = [a1, a3Summed, ...TAICANG_TARGETS.filter((target) => target.measure === 'recognitions'), KUNSHAN_TARGETS[2]!];
    fc.assert(
      fc.property(carriersArbitrary, asOfArbitrary, (carriers, asOf) => {
        for (const progress of evaluateProgress({ carriers, targets: flows, asOf }).targets) {
          const years = progress.series.reduce((sum, point) => sum + (point.value ?? 0), 0);
          expect(years).toBe(progress.actual);
          expect(progress.series.reduce((sum, point) => sum + point.contributors.count, 0)).toBe(progress.contributors.count);
        }
      }),
    );
  });

  it('the A3 each-year series adds up to the floor area started over the period', () => {
    fc.assert(
      fc.property(carriersArbitrary, asOfArbitrary, (carriers, asOf) => {
        const [perYear, summed] = evaluateProgress({ carriers, targets: [a3, a3Summed], asOf }).targets;
        expect(perYear!.series.reduce((sum, point) => sum + (point.value ?? 0), 0)).toBe(summed!.actual);
      }),
    );
  });

  it('breakdown cells add up to the number they break down', () => {
    fc.assert(
      fc.property(carriersArbitrary, asOfArbitrary, (carriers, asOf) => {
        for (const progress of evaluateProgress({ carriers, targets: SEEDED_TARGETS, asOf }).targets) {
          for (const dimension of ['district', 'kind', 'tier', 'industry'] as const) {
            expect(progress.breakdowns[dimension].reduce((sum, cell) => sum + cell.value, 0)).toBe(progress.actual);
            expect(progress.breakdowns[dimension].reduce((sum, cell) => sum + cell.contributors.count, 0)).toBe(progress.contributors.count);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('adding a phase opened inside the period never lowers A1, and adds its area once it has opened', () => {
    fc.assert(
      fc.property(carriersArbitrary, asOfArbitrary, isoDate(2021, 2025), fc.integer({ min: 1, max: 200_000 }), (carriers, asOf, openedOn, area) => {
        const before = actualOf(carriers, a1, asOf);
        const extra = buildCarrierRecord({ id: 'extra', phases: [{ id: 'p1', label: '一期', status: 'open', openedOn, incubationAreaM2: area }] });
        const after = actualOf([...carriers, extra], a1, asOf);
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after - before).toBe(openedOn <= asOf ? area : 0);
      }),
    );
  });

  it('moving a phase outside the period removes exactly its area from A1', () => {
    fc.assert(
      fc.property(
        carriersArbitrary,
        isoDate(2021, 2025),
        fc.oneof(isoDate(2015, 2020), isoDate(2026, 2027)),
        fc.integer({ min: 1, max: 200_000 }),
        (carriers, inside, outside, area) => {
          const asOf = '2027-12-31';
          const moved = (openedOn: string) =>
            buildCarrierRecord({ id: 'moved', phases: [{ id: 'p1', label: '一期', status: 'open', openedOn, incubationAreaM2: area }] });
          const withInside = actualOf([...carriers, moved(inside)], a1, asOf);
          const withOutside = actualOf([...carriers, moved(outside)], a1, asOf);
          expect(withInside - withOutside).toBe(area);
        },
      ),
    );
  });

  it('a scenario with no edits equals the baseline exactly', () => {
    fc.assert(
      fc.property(carriersArbitrary, asOfArbitrary, fc.constantFrom('taicang', 'kunshan'), (carriers, asOf, region) => {
        const targets = SEEDED_TARGETS.filter((target) => target.region === region);
        const baseline = evaluatePlan({ carriers, targets, asOf });
        const scenario = evaluateScenario({ carriers, targets, asOf, scenario: { name: '无调整', region, edits: [] } });
        expect(JSON.stringify([scenario.progress, scenario.forecasts])).toBe(JSON.stringify([baseline.progress, baseline.forecasts]));
      }),
      { numRuns: 50 },
    );
  });
});
