import { z } from 'zod';
import type { CarrierRecord, StoredPhase } from '../carriers/record';
import {
  CarrierKindSchema,
  CarrierNameSchema,
  DistrictSchema,
  IndustriesSchema,
  IsoDateSchema,
  PhasesSchema,
  PointSchema,
  RegionIdSchema,
  type Phase,
} from '../carriers/schema';
import { addMonths, type IsoDate } from '../dates';
import { REGIONS, type Region } from '../regions';
import type { PlanInput, PlanResult } from './evaluate';
import { phaseStatusAt, plannedOpeningAt } from './phaseAtAsOf';
import { evaluatePlan } from './plan';
import { ForecastWeightsSchema } from './pipelineForecast';
import { regionAndDescendantsIn } from './regionScope';
import type { TargetStatus } from './pace';
import { outlookOf, toneOf, type Tone } from './outlook';
import type { Measure } from './targets';
import { MAX_PHASE_REFS, MAX_SCENARIO_EDITS, MAX_SCENARIO_NAME_LENGTH, MAX_SLIP_MONTHS } from './limits';

/*
 * What-if scenarios: edits applied to a copy of the carriers, then the same evaluation as the
 * baseline. Messages are keys from ./messages.ts.
 */

/** `carrierId:phaseId` names one phase; a bare `carrierId` names all of a carrier's phases. */
export const PhaseRefSchema = z
  .string({ message: 'scenario.phaseRef.format' })
  .regex(/^[A-Za-z0-9_-]{1,40}(:[A-Za-z0-9_-]{1,40})?$/, { message: 'scenario.phaseRef.format' });

const PhaseRefs = z
  .array(PhaseRefSchema, { message: 'array' })
  .min(1, { message: 'scenario.phases.required' })
  .max(MAX_PHASE_REFS, { message: 'array.tooLong' });

/**
 * Move phases not yet open by `months` (negative: earlier). Their planned opening moves, and
 * so does the construction start of a phase still planned; a phase under construction keeps
 * the start that already happened, and open or closed phases are history and do not move.
 * Without `phases`, every phase not yet open in the scenario's region moves. "Not yet open",
 * "planned" and "under construction" are judged at the scenario's as-of (see `slipPhase`).
 */
export const SlipEditSchema = z.strictObject({
  kind: z.literal('slip'),
  months: z
    .number({ message: 'scenario.slip.months' })
    .int({ message: 'scenario.slip.months' })
    .min(-MAX_SLIP_MONTHS, { message: 'scenario.slip.months' })
    .max(MAX_SLIP_MONTHS, { message: 'scenario.slip.months' })
    .refine((months) => months !== 0, { message: 'scenario.slip.months' }),
  phases: PhaseRefs.optional(),
});

/** Remove phases (or whole carriers); a carrier left without phases is removed. */
export const DropEditSchema = z.strictObject({ kind: z.literal('drop'), phases: PhaseRefs });

/** A carrier that does not exist yet, with a location, placed in the scenario's region or a region below it. */
export const HypotheticalCarrierSchema = z.strictObject({
  name: CarrierNameSchema,
  kind: CarrierKindSchema,
  /** Defaults to the scenario's region. */
  region: RegionIdSchema.optional(),
  district: DistrictSchema.optional(),
  /** WGS-84. */
  location: PointSchema,
  industries: IndustriesSchema.optional(),
  phases: PhasesSchema,
});
export type HypotheticalCarrier = z.infer<typeof HypotheticalCarrierSchema>;

export const AddEditSchema = z.strictObject({ kind: z.literal('add'), carrier: HypotheticalCarrierSchema });

export const ScenarioEditSchema = z.discriminatedUnion('kind', [SlipEditSchema, DropEditSchema, AddEditSchema], {
  message: 'scenario.edit.kind.invalid',
});
export type ScenarioEdit = z.infer<typeof ScenarioEditSchema>;

const scenarioFields = {
  name: z
    .string({ message: 'scenario.name.required' })
    .trim()
    .min(1, { message: 'scenario.name.required' })
    .max(MAX_SCENARIO_NAME_LENGTH, { message: 'text.tooLong' }),
  region: RegionIdSchema,
  /** The as-of date the scenario is evaluated at; defaults to the evaluation's. */
  baseAsOf: IsoDateSchema.optional(),
  /** Forecast weights for this scenario; default to the evaluation's. */
  weights: ForecastWeightsSchema.optional(),
  edits: z.array(ScenarioEditSchema, { message: 'array' }).max(MAX_SCENARIO_EDITS, { message: 'array.tooLong' }),
};

type ScenarioShape = z.infer<z.ZodObject<typeof scenarioFields>>;

/** Hypothetical carriers must lie in the scenario's region, in a district of their own region, and not be open yet. */
function checkScenarioConsistency(scenario: ScenarioShape, ctx: z.RefinementCtx): void {
  const inside = new Set(regionAndDescendantsIn(REGIONS, scenario.region));
  scenario.edits.forEach((edit, position) => {
    if (edit.kind !== 'add') return;
    const path = ['edits', position, 'carrier'];
    const regionId = edit.carrier.region ?? scenario.region;
    if (!inside.has(regionId)) ctx.addIssue({ code: 'custom', path: [...path, 'region'], message: 'scenario.carrier.outsideRegion' });
    const region = REGIONS.find((candidate) => candidate.id === regionId);
    const district = edit.carrier.district;
    if (district && region && !region.districts.some((candidate) => candidate.id === district)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'district'], message: 'carrier.district.notInRegion' });
    }
    edit.carrier.phases.forEach((phase, phasePosition) => {
      if (phase.status === 'planned' || phase.status === 'under_construction') return;
      ctx.addIssue({ code: 'custom', path: [...path, 'phases', phasePosition, 'status'], message: 'scenario.phase.notPipeline' });
    });
  });
}

/** A named set of edits to the carriers of a region, saved by planners and evaluated like the baseline. */
export const ScenarioSchema = z.strictObject(scenarioFields).superRefine(checkScenarioConsistency);
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Id prefix of carriers a scenario adds, so drill-downs can tell them from registered ones. */
export const HYPOTHETICAL_ID_PREFIX = 'hypothetical-';

/**
 * The carriers as the scenario would have them. Edits apply in order; carriers outside the
 * scenario's region and carriers no edit touches are returned as the same objects, so a
 * scenario without edits evaluates exactly like the baseline. Nothing is mutated.
 *
 * `asOf` is the date the result will be evaluated at: slips then move the phases that are
 * pipeline at that date, including those that opened after it (see `slipPhase`).
 * `evaluateScenario` passes `scenario.baseAsOf ?? input.asOf`. Without it, phases are judged
 * by their recorded status (the behaviour before as-of replay).
 */
export function applyScenario(
  carriers: readonly CarrierRecord[],
  scenario: Scenario,
  regions: readonly Region[] = REGIONS,
  asOf?: IsoDate,
): CarrierRecord[] {
  const inside = new Set(regionAndDescendantsIn(regions, scenario.region));
  const result: CarrierRecord[] = [];
  for (const carrier of carriers) {
    const edited = inside.has(carrier.region) ? editCarrier(carrier, scenario.edits, asOf) : carrier;
    if (edited) result.push(edited);
  }
  scenario.edits.forEach((edit, position) => {
    if (edit.kind === 'add') result.push(hypotheticalRecord(edit.carrier, scenario, position));
  });
  return result;
}

function refersTo(refs: readonly string[] | undefined, carrierId: string, phaseId: string): boolean {
  if (!refs) return true;
  return refs.includes(carrierId) || refs.includes(`${carrierId}:${phaseId}`);
}

/** The carrier after the edits, the same object if none applies, or null when all its phases are dropped. */
function editCarrier(carrier: CarrierRecord, edits: readonly ScenarioEdit[], asOf: IsoDate | undefined): CarrierRecord | null {
  let phases: StoredPhase[] = carrier.phases;
  for (const edit of edits) {
    if (edit.kind === 'drop') phases = phases.filter((phase) => !refersTo(edit.phases, carrier.id, phase.id));
    if (edit.kind === 'slip') {
      phases = phases.map((phase) => (refersTo(edit.phases, carrier.id, phase.id) ? slipPhase(phase, edit.months, asOf) : phase));
    }
  }
  if (phases.length === 0) return null;
  const unchanged = phases.length === carrier.phases.length && phases.every((phase, position) => phase === carrier.phases[position]);
  return unchanged ? carrier : { ...carrier, phases };
}

/**
 * Moves a phase not yet open by whole months (see SlipEditSchema), judging the phase in its
 * state at `asOf` (phaseAtAsOf.ts); without `asOf`, by its recorded status.
 *
 * - Open or closed at as-of (`openedOn` ≤ as-of): history, returned unchanged.
 * - Pipeline at as-of: its planned opening (`plannedOpeningOn ?? openedOn`) moves; its
 *   construction start moves only if it was planned at as-of (a start on or before as-of
 *   happened and stays); a planned opening never moves before the start.
 * - With `asOf`, the moved phase is written as the pipeline phase it was then: its status at
 *   as-of (planned or under construction), and for a phase that opened after as-of no
 *   `openedOn` or `closedOn`: in the scenario those did not happen on the recorded dates.
 */
export function slipPhase<P extends Phase>(phase: P, months: number, asOf?: IsoDate): P {
  const status = asOf === undefined ? phase.status : phaseStatusAt(phase, asOf);
  if (status !== 'planned' && status !== 'under_construction') return phase;
  const started = status === 'planned' && phase.constructionStartedOn ? addMonths(phase.constructionStartedOn, months) : phase.constructionStartedOn;
  const opening = asOf === undefined ? phase.plannedOpeningOn : plannedOpeningAt(phase, asOf);
  const planned = opening ? addMonths(opening, months) : undefined;
  const plannedOpeningOn = planned && started && planned < started ? started : planned;
  // At an as-of, the moved phase is the pipeline phase it was then (its later opening and
  // closing did not happen in the scenario).
  const { openedOn: _opened, closedOn: _closed, ...pipeline } = phase;
  const base = asOf === undefined ? phase : ({ ...pipeline, status } as P);
  return {
    ...base,
    ...(started !== undefined ? { constructionStartedOn: started } : {}),
    ...(plannedOpeningOn !== undefined ? { plannedOpeningOn } : {}),
  };
}

function hypotheticalRecord(carrier: HypotheticalCarrier, scenario: Scenario, position: number): CarrierRecord {
  const id = `${HYPOTHETICAL_ID_PREFIX}${position + 1}`;
  const stamp = scenario.baseAsOf ?? '';
  return {
    id,
    name: carrier.name,
    kind: carrier.kind,
    region: carrier.region ?? scenario.region,
    ...(carrier.district ? { district: carrier.district } : {}),
    location: carrier.location,
    locationApproximate: false,
    industries: carrier.industries ?? [],
    phases: carrier.phases.map((phase, phasePosition) => ({ ...phase, id: phase.id ?? `p${phasePosition + 1}` })),
    recognitions: [],
    ratings: [],
    owners: [],
    provenance: { synthetic: true, source: `scenario: ${scenario.name}` },
    version: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export type ScenarioInput = PlanInput & { scenario: Scenario };

/** A scenario's evaluation: progress and forecast of the scenario region's targets. */
export interface ScenarioResult extends PlanResult {
  name: string;
  region: string;
}

/**
 * Applies the scenario and evaluates the targets of its region at `scenario.baseAsOf` (or the
 * input's as-of) with the scenario's weights (or the input's). Slips are judged at that same
 * as-of: they move what was pipeline then, including phases that opened later.
 */
export function evaluateScenario(input: ScenarioInput): ScenarioResult {
  const { scenario } = input;
  const regions = input.regions ?? REGIONS;
  const weights = scenario.weights ?? input.weights;
  const asOf = scenario.baseAsOf ?? input.asOf;
  const result = evaluatePlan({
    carriers: applyScenario(input.carriers, scenario, regions, asOf),
    targets: input.targets.filter((target) => target.region === scenario.region),
    asOf,
    regions,
    ...(weights ? { weights } : {}),
  });
  return { name: scenario.name, region: scenario.region, ...result };
}

/** Two values and how far the second is from the first (b − a). */
export interface Delta {
  a: number;
  b: number;
  delta: number;
}

function delta(a: number, b: number): Delta {
  return { a, b, delta: b - a };
}

/** How one target differs between two evaluations. */
export interface TargetComparison {
  id: string;
  actual: Delta;
  expected: Delta;
  /** The pace status at as-of, as the dashboard shows it. */
  status: { a: TargetStatus; b: TargetStatus };
  /** Where each side ends if its own forecast holds (see outlook.ts): what a scenario shows. */
  outlook: { a: TargetStatus; b: TargetStatus };
  /** Whether the period has ended at as-of on both sides: then no scenario can move it. */
  periodClosed: boolean;
  /** How the change in the end value reads (see outlook.ts). */
  tone: Tone;
  /** Area targets: the forecast's end values and shortfall. */
  forecast?: { expected: Delta; optimistic: Delta; pessimistic: Delta; shortfall: Delta };
}

export interface ScenarioComparison {
  a: string;
  b: string;
  targets: TargetComparison[];
}

/** Measures of area that opens: when their forecast falls, the same area sits longer in the pipeline. */
const OPENING_MEASURES: ReadonlySet<Measure> = new Set(['opened_incubation_area', 'open_incubation_area']);

/** Per-target deltas between two evaluations (b − a), for the targets both contain, in a's order. */
export function compareScenarios(a: ScenarioResult, b: ScenarioResult): ScenarioComparison {
  const progressOfB = new Map(b.progress.map((target) => [target.id, target]));
  const forecastOfA = new Map(a.forecasts.map((forecast) => [forecast.id, forecast]));
  const forecastOfB = new Map(b.forecasts.map((forecast) => [forecast.id, forecast]));
  const openingsFell = a.forecasts.some(
    (forecast) => OPENING_MEASURES.has(forecast.measure) && (forecastOfB.get(forecast.id)?.expected ?? forecast.expected) < forecast.expected,
  );
  const targets: TargetComparison[] = [];
  for (const target of a.progress) {
    const other = progressOfB.get(target.id);
    if (!other) continue;
    const forecastA = forecastOfA.get(target.id);
    const forecastB = forecastOfB.get(target.id);
    const closedA = a.asOf >= target.period.to;
    const closedB = b.asOf >= other.period.to;
    const endDelta = forecastA && forecastB ? forecastB.expected - forecastA.expected : other.actual - target.actual;
    const comparison: TargetComparison = {
      id: target.id,
      actual: delta(target.actual, other.actual),
      expected: delta(target.expected, other.expected),
      status: { a: target.status, b: other.status },
      outlook: { a: outlookOf(target, forecastA, closedA), b: outlookOf(other, forecastB, closedB) },
      periodClosed: closedA && closedB,
      tone: toneOf(target.measure, endDelta, openingsFell),
    };
    if (forecastA && forecastB) {
      comparison.forecast = {
        expected: delta(forecastA.expected, forecastB.expected),
        optimistic: delta(forecastA.optimistic, forecastB.optimistic),
        pessimistic: delta(forecastA.pessimistic, forecastB.pessimistic),
        shortfall: delta(forecastA.shortfall, forecastB.shortfall),
      };
    }
    targets.push(comparison);
  }
  return { a: a.name, b: b.name, targets };
}
