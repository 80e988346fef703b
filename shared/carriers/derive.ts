import { yearOf, type IsoDate } from '../dates';
import { OVERSEAS_DISTRICT_ID } from '../regions';
import type { CarrierDerived, CarrierFlag, CarrierRecord } from './record';
import type { Phase, Recognition } from './schema';
import { highestTier, type Tier } from './vocabulary';

/** The highest tier recognised in or before the year of `asOf`. */
export function tierAt(recognitions: readonly Recognition[], asOf: IsoDate): Tier | null {
  const year = yearOf(asOf);
  return highestTier(recognitions.filter((recognition) => recognition.year <= year).map((recognition) => recognition.tier));
}

/**
 * Whether a phase is in use on a date, judged by its dates rather than its status so that
 * past dates replay correctly: opened on or before `asOf` and not closed by then.
 */
export function isOpenOn(phase: Phase, asOf: IsoDate): boolean {
  if (!phase.openedOn || phase.openedOn > asOf) return false;
  return !phase.closedOn || phase.closedOn > asOf;
}

/** Incubation area in use on a date. */
export function openIncubationAreaM2(phases: readonly Phase[], asOf: IsoDate): number {
  return phases.reduce((sum, phase) => sum + (isOpenOn(phase, asOf) ? (phase.incubationAreaM2 ?? 0) : 0), 0);
}

/**
 * A phase still planned or under construction whose planned opening has passed: the record
 * is out of date or the project late, and either way the pipeline should not count on it
 * silently. `status` is the phase's status on `asOf` (its recorded one for today).
 */
export function isOverdueOpening(phase: Pick<Phase, 'plannedOpeningOn'> & { status: Phase['status'] }, asOf: IsoDate): boolean {
  if (phase.status !== 'planned' && phase.status !== 'under_construction') return false;
  return phase.plannedOpeningOn !== undefined && phase.plannedOpeningOn < asOf;
}

/** Incubation area of phases that are planned or under construction (the pipeline). */
export function pipelineIncubationAreaM2(phases: readonly Phase[]): number {
  return phases.reduce(
    (sum, phase) => sum + (phase.status === 'planned' || phase.status === 'under_construction' ? (phase.incubationAreaM2 ?? 0) : 0),
    0,
  );
}

export function carrierFlags(carrier: Pick<CarrierRecord, 'location' | 'locationApproximate' | 'district'>): CarrierFlag[] {
  const flags: CarrierFlag[] = [];
  if (!carrier.location) flags.push('no_location');
  else if (carrier.locationApproximate) flags.push('approximate_location');
  if (carrier.district === OVERSEAS_DISTRICT_ID) flags.push('abroad');
  return flags;
}

export function deriveCarrier(carrier: CarrierRecord, asOf: IsoDate): CarrierDerived {
  return {
    currentTier: tierAt(carrier.recognitions, asOf),
    openIncubationAreaM2: openIncubationAreaM2(carrier.phases, asOf),
    pipelineIncubationAreaM2: pipelineIncubationAreaM2(carrier.phases),
    flags: carrierFlags(carrier),
  };
}
