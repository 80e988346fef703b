import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS, SEEDED_TARGETS, TAICANG_TARGETS } from '../../seeds/targets';
import type { CarrierRecord, StoredPhase } from '../carriers/record';
import { CARRIER_KINDS, type PhaseStatus } from '../carriers/vocabulary';
import { addDays } from '../dates';
import { dateKey } from './dateKeys';
import { evaluateOnIndex } from './evaluate';
import { phaseStatusAt, plannedOpeningAt } from './phaseAtAsOf';
import { evaluatePlan } from './plan';
import { PLANNED, UNDER_CONSTRUCTION, buildPlanIndex } from './planIndex';
import { ScenarioSchema, applyScenario, evaluateScenario, type Scenario } from './scenario';
import type { Target } from './targets';
import { buildCarrierRecord, buildStoredPhase, seedRecords } from '../../tests/support/plannerFixtures';

/*
 * As-of replay (phaseAtAsOf.ts): a phase is judged by its state at as-of, not by the status it
 * has now. Hand-worked fixture, Taicang, weights under construction 0.9, planned 0.5:
 *
 * h0 open since 2021-05-01, 300,000
 * h1 status open: started 2024-03-01, opened 2025-09-01, no planned opening, 100,000
 * h2 status open: started 2025-08-01, opened 2025-10-15, planned opening 2025-11-30, 40,000
 * h3 status closed: opened 2022-03-01, closed 2025-08-01, 20,000
 *
 * At 2025-06-30 h1 and h2 had not opened: h1 had started (under construction, expected on
 * its actual opening 2025-09-01); h2 had not (planned, expected on its recorded plan
 * 2025-11-30). h3 was still open.
 */
const BEFORE = '2025-06-30';
const AFTER = '2025-12-31';

function fixture(): CarrierRecord[] {
  const phase = (overrides: Partial<StoredPhase>) => buildStoredPhase({ id: 'p1', floorAreaM2: undefined, ...overrides });
  return [
    buildCarrierRecord({ id: 'h0', phases: [phase({ constructionStartedOn: undefined, openedOn: '2021-05-01', incubationAreaM2: 300_000 })] }),
    buildCarrierRecord({ id: 'h1', phases: [phase({ constructionStartedOn: '2024-03-01', openedOn: '2025-09-01', incubationAreaM2: 100_000 })] }),
    buildCarrierRecord({
      id: 'h2',
      phases: [phase({ constructionStartedOn: '2025-08-01', plannedOpeningOn: '2025-11-30', openedOn: '2025-10-15', incubationAreaM2: 40_000 })],
    }),
    buildCarrierRecord({
      id: 'h3',
      phases: [phase({ status: 'closed', constructionStartedOn: undefined, openedOn: '2022-03-01', closedOn: '2025-08-01', incubationAreaM2: 20_000 })],
    }),
  ];
}

/** Open incubation area at the end of 2025, for Taicang (K2's measure). */
const { baseline: _kunshanBaseline, ...k2 } = KUNSHAN_TARGETS.find((target) => target.id === 'K2')!;
const OPEN_STOCK: Target = { ...k2, id: 'T-open', region: 'taicang' };
const TARGETS = [...TAICANG_TARGETS, OPEN_STOCK];

function scenario(edits: Scenario['edits']): Scenario {
  return ScenarioSchema.parse({ name: '延期', region: 'taicang', edits });
}

function evaluate(carriers: CarrierRecord[], asOf: string, edits: Scenario['edits'] = []) {
  return evaluateScenario({ carriers, targets: TARGETS, asOf, scenario: scenario(edits) });
}

const forecastOf = (result: ReturnType<typeof evaluate>, id: string) => result.forecasts.find((forecast) => forecast.id === id)!;
const progressOf = (result: ReturnType<typeof evaluate>, id: string) => result.progress.find((progress) => progress.id === id)!;

describe('a phase in its state at as-of', () => {
  it('was pipeline before it opened: under construction once started, else planned', () => {
    const [h0, h1, h2, h3] = fixture().map((carrier) => carrier.phases[0]!);
    expect([h0, h1, h2, h3].map((phase) => phaseStatusAt(phase!, BEFORE))).toEqual(['open', 'under_construction', 'planned', 'open']);
    expect([h0, h1, h2, h3].map((phase) => phaseStatusAt(phase!, AFTER))).toEqual(['open', 'open', 'open', 'closed']);
    // The planned opening at as-of: the plan if one was recorded, else the opening that happened.
    expect([h0, h1, h2, h3].map((phase) => plannedOpeningAt(phase!, BEFORE))).toEqual([undefined, '2025-09-01', '2025-11-30', undefined]);
    // A phase under construction whose recorded start is after as-of was still planned then;
    // on a planned phase the start is a plan, so a past one does not make it under construction.
    const started = buildStoredPhase({ status: 'under_construction', constructionStartedOn: '2025-08-01', openedOn: undefined });
    expect([phaseStatusAt(started, BEFORE), phaseStatusAt(started, AFTER)]).toEqual(['planned', 'under_construction']);
    const planned = buildStoredPhase({ status: 'planned', constructionStartedOn: '2025-01-01', openedOn: undefined });
    expect(phaseStatusAt(planned, BEFORE)).toBe('planned');
  });
});

describe('the forecast at an earlier as-of', () => {
  const before = evaluate(fixture(), BEFORE);

  it('counts a phase that opened after as-of with the weight of its state then', () => {
    // Actual A1 at 2025-06-30: h0 300,000 (2021) + h3 20,000 (2022) = 320,000.
    // Expected: 320,000 + h1 100,000 × 0.9 (2025-09-01) + h2 40,000 × 0.5 (2025-11-30) = 430,000.
    const a1 = forecastOf(before, 'A1');
    expect([a1.actual, a1.expected, a1.optimistic, a1.pessimistic]).toEqual([320_000, 430_000, 460_000, 320_000 + 81_000 + 10_000]);
    expect(a1.years.map((year) => year.expected)).toEqual([300_000, 20_000, 0, 0, 110_000]);
    expect(a1.pipeline.ids()).toEqual(['h1:p1', 'h2:p1']);
    // Judged by recorded status (the engine before as-of replay), the pipeline was empty.
    const byStatus = evaluateOnIndex(buildPlanIndex(fixture()), { carriers: fixture(), targets: TARGETS, asOf: BEFORE });
    expect(byStatus.forecasts.find((forecast) => forecast.id === 'A1')!.expected).toBe(320_000);
  });

  it('reads a start after as-of as a planned start, and stocks by dates', () => {
    // A3 2025: nothing started by 2025-06-30 in 2025; h2's start 2025-08-01 is planned: 40,000 × 0.5.
    expect(forecastOf(before, 'A3').years.at(-1)!.expected).toBe(20_000);
    // A4 at 2025-06-30: h1 started and not open → 100,000; at 2025-12-31 both are expected open.
    expect(progressOf(before, 'A4').actual).toBe(100_000);
    expect(forecastOf(before, 'A4').years.at(-1)!.expected).toBe(0);
    // Open at 2025-06-30: h0 300,000 + h3 20,000 (closed only on 2025-08-01); expected at the
    // end of 2025 with the openings: 320,000 + 90,000 + 20,000 = 430,000.
    expect(progressOf(before, 'T-open').actual).toBe(320_000);
    expect(forecastOf(before, 'T-open').expected).toBe(430_000);
  });
});

describe('slipping at an as-of', () => {
  it('moves a phase that opened after as-of out of 2025, lowering A1 by exactly its weighted area', () => {
    // h1 + 12 months: expected 2026-09-01, outside the period → 430,000 − 100,000 × 0.9 = 340,000.
    const slipped = evaluate(fixture(), BEFORE, [{ kind: 'slip', months: 12, phases: ['h1:p1'] }]);
    const a1 = forecastOf(slipped, 'A1');
    expect(a1.expected).toBe(340_000);
    expect(forecastOf(evaluate(fixture(), BEFORE), 'A1').expected - a1.expected).toBe(100_000 * 0.9);
    expect(a1.years.at(-1)!.expected).toBe(20_000);
    // Nothing that had happened by as-of changes.
    expect(a1.actual).toBe(320_000);
    expect(progressOf(slipped, 'A4').actual).toBe(100_000);
  });

  it('moves every phase pipeline at as-of when no phase is named', () => {
    // h1 (2026-09-01) and h2 (2026-11-30) leave the period: 430,000 − 90,000 − 20,000 = 320,000.
    expect(forecastOf(evaluate(fixture(), BEFORE, [{ kind: 'slip', months: 12 }]), 'A1').expected).toBe(320_000);
  });

  it('writes the moved phase as the pipeline phase it was at as-of', () => {
    const base = fixture();
    const applied = applyScenario(base, scenario([{ kind: 'slip', months: 12 }]), undefined, BEFORE);
    // h1 had started: the start stays, the opening that happened becomes a plan a year later.
    expect(applied[1]!.phases[0]).toEqual({
      id: 'p1',
      label: '一期',
      status: 'under_construction',
      constructionStartedOn: '2024-03-01',
      plannedOpeningOn: '2026-09-01',
      incubationAreaM2: 100_000,
    });
    // h2 had not started: its start moves too, and so does its recorded plan.
    const h2 = applied[2]!.phases[0]!;
    expect([h2.status, h2.constructionStartedOn, h2.plannedOpeningOn, h2.openedOn]).toEqual(['planned', '2026-08-01', '2026-11-30', undefined]);
    // Open at as-of (h0; h3, closed only later): history, the same objects.
    expect(applied[0]).toBe(base[0]);
    expect(applied[3]).toBe(base[3]);
  });

  it('changes nothing once the phase is open at as-of', () => {
    // At 2025-12-31 h1 and h2 are open: A1 = 300,000 + 20,000 + 100,000 + 40,000 = 460,000.
    const base = fixture();
    const baseline = evaluate(base, AFTER);
    const slipped = evaluate(base, AFTER, [{ kind: 'slip', months: 12 }]);
    expect(forecastOf(baseline, 'A1').actual).toBe(460_000);
    expect(forecastOf(slipped, 'A1').expected).toBe(460_000);
    expect(JSON.stringify([slipped.progress, slipped.forecasts])).toBe(JSON.stringify([baseline.progress, baseline.forecasts]));
    applyScenario(base, scenario([{ kind: 'slip', months: 12 }]), undefined, AFTER).forEach((carrier, position) => expect(carrier).toBe(base[position]));
  });

  it('judges by recorded status when applyScenario is given no as-of', () => {
    const base = fixture();
    applyScenario(base, scenario([{ kind: 'slip', months: 12 }])).forEach((carrier, position) => expect(carrier).toBe(base[position]));
  });
});

/*
 * Properties. History dates (starts of phases past planning, openings, closings) are drawn up
 * to a bound; plans (planned starts and openings) anywhere in 2017–2028.
 */
const DAY0 = '2017-01-01';
const DAYS = 12 * 366;
const dayOffset = fc.integer({ min: 0, max: DAYS });
const dayOf = (offset: number) => addDays(DAY0, offset);

function phaseArbitrary(lastHistoryDay: number) {
  const history = fc.integer({ min: 0, max: lastHistoryDay });
  return fc
    .record({
      status: fc.constantFrom<PhaseStatus>('planned', 'under_construction', 'open', 'closed'),
      history: fc.array(history, { minLength: 3, maxLength: 3 }),
      plans: fc.array(dayOffset, { minLength: 2, maxLength: 2 }),
      area: fc.integer({ min: 1, max: 200_000 }),
      hasStart: fc.boolean(),
      hasPlannedOpening: fc.boolean(),
    })
    .map(({ status, history, plans, area, hasStart, hasPlannedOpening }): Omit<StoredPhase, 'id' | 'label'> => {
      const [start, opened, closed] = [...history].sort((a, b) => a - b).map(dayOf) as [string, string, string];
      const [plannedStart, plannedOpening] = [...plans].sort((a, b) => a - b).map(dayOf) as [string, string];
      if (status === 'planned') {
        return { status, incubationAreaM2: area, ...(hasStart ? { constructionStartedOn: plannedStart } : {}), ...(hasPlannedOpening ? { plannedOpeningOn: plannedOpening } : {}) };
      }
      // As the schema asks, a planned opening is not before the start.
      const planned = hasPlannedOpening ? { plannedOpeningOn: hasStart && plannedOpening < start ? start : plannedOpening } : {};
      const started = hasStart ? { constructionStartedOn: start } : {};
      if (status === 'under_construction') return { status, incubationAreaM2: area, ...started, ...planned };
      if (status === 'open') return { status, incubationAreaM2: area, ...started, ...planned, openedOn: opened };
      return { status, incubationAreaM2: area, ...started, ...planned, openedOn: opened, closedOn: closed };
    });
}

function carriersArbitrary(lastHistoryDay: number) {
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...CARRIER_KINDS),
        region: fc.constantFrom('taicang', 'taicang', 'kunshan'),
        phases: fc.array(phaseArbitrary(lastHistoryDay), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 10 },
    )
    .map((drafts) =>
      drafts.map(({ kind, region, phases }, position) =>
        buildCarrierRecord({
          id: `c${position}`,
          kind,
          region,
          district: region === 'kunshan' ? 'huaqiao' : 'hitech',
          phases: phases.map((phase, k) => ({ ...phase, id: `p${k + 1}`, label: `${k + 1}期` })),
        }),
      ),
    );
}

/** The records as they would have read at as-of: later openings and closings undone, pipeline phases in their state then. */
function rewind(carriers: CarrierRecord[], asOf: string): CarrierRecord[] {
  return carriers.map((carrier) => ({
    ...carrier,
    phases: carrier.phases.map((phase): StoredPhase => {
      const { openedOn, closedOn, plannedOpeningOn: _plan, ...rest } = phase;
      const status = phaseStatusAt(phase, asOf);
      const plannedOpeningOn = plannedOpeningAt(phase, asOf);
      if (status === 'planned' || status === 'under_construction') return { ...rest, status, ...(plannedOpeningOn ? { plannedOpeningOn } : {}) };
      // Open or closed at as-of: a closing after as-of had not happened yet.
      const plan = phase.plannedOpeningOn ? { plannedOpeningOn: phase.plannedOpeningOn } : {};
      return { ...rest, ...plan, status, openedOn: openedOn!, ...(status === 'closed' ? { closedOn: closedOn! } : {}) };
    }),
  }));
}

const json = (result: { progress: unknown; forecasts: unknown }) => JSON.stringify([result.progress, result.forecasts]);

describe('as-of replay properties', () => {
  it('at an as-of after every recorded date, the evaluation equals the one by recorded status (nothing in the past moves)', () => {
    const asOfOffset = fc.integer({ min: 4 * 365, max: 9 * 365 });
    fc.assert(
      fc.property(
        asOfOffset.chain((offset) => fc.tuple(fc.constant(dayOf(offset)), carriersArbitrary(offset))),
        fc.constantFrom('taicang', 'kunshan'),
        ([asOf, carriers], region) => {
          const targets = SEEDED_TARGETS.filter((target) => target.region === region);
          const input = { carriers, targets, asOf };
          expect(json(evaluatePlan(input))).toBe(json(evaluateOnIndex(buildPlanIndex(carriers), input)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('evaluating history at an as-of equals evaluating the records as they read then, scenarios included', () => {
    fc.assert(
      fc.property(carriersArbitrary(DAYS), dayOffset, fc.constantFrom(6, -6, 12), (carriers, offset, months) => {
        const asOf = dayOf(offset);
        const rewound = rewind(carriers, asOf);
        expect(json(evaluatePlan({ carriers, targets: TARGETS, asOf }))).toBe(json(evaluatePlan({ carriers: rewound, targets: TARGETS, asOf })));
        const slip = scenario([{ kind: 'slip', months }]);
        const slipped = (records: CarrierRecord[]) => evaluateScenario({ carriers: records, targets: TARGETS, asOf, scenario: slip });
        expect(json(slipped(carriers))).toBe(json(slipped(rewound)));
      }),
      { numRuns: 60 },
    );
  });

  it('the index states the same rule as phaseStatusAt and plannedOpeningAt', () => {
    fc.assert(
      fc.property(carriersArbitrary(DAYS), dayOffset, (carriers, offset) => {
        const asOf = dayOf(offset);
        const index = buildPlanIndex(carriers, dateKey(asOf));
        const pipeline = new Set(index.pipelinePhases);
        carriers.flatMap((carrier) => carrier.phases).forEach((phase, p) => {
          const status = phaseStatusAt(phase, asOf);
          const isPipeline = status === 'planned' || status === 'under_construction';
          expect(pipeline.has(p)).toBe(isPipeline);
          if (!isPipeline) return;
          expect(index.phaseStatus[p]).toBe(status === 'planned' ? PLANNED : UNDER_CONSTRUCTION);
          const opening = plannedOpeningAt(phase, asOf);
          expect(index.phasePlannedOpening[p]).toBe(opening ? dateKey(opening) : 0);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the seed data (issue #8: slipping the pipeline at mid-2025)', () => {
  it('at 2025-06-30, slipping every pipeline phase by 12 months lowers the expected A1', () => {
    const carriers = seedRecords();
    const evaluateAt = (edits: Scenario['edits']) =>
      evaluateScenario({ carriers, targets: TAICANG_TARGETS, asOf: BEFORE, scenario: scenario(edits) }).forecasts.find((forecast) => forecast.id === 'A1')!;
    const baseline = evaluateAt([]);
    const slipped = evaluateAt([{ kind: 'slip', months: 12 }]);
    // Phases that opened in the second half of 2025 are the pipeline at mid-2025.
    expect(baseline.expected).toBeGreaterThan(baseline.actual);
    expect(slipped.expected).toBeLessThan(baseline.expected);
    expect(slipped.actual).toBe(baseline.actual);
  });
});
