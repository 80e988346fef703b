import { randomBytes } from 'node:crypto';
import { carrierFields } from '@shared/carriers/fields/carrier';
import type { FieldSpec } from '@shared/fields/table';
import type { CarrierCreate } from '@shared/carriers/schema';
import type { CarrierRecord, StoredPhase, StoredRecognition } from '@shared/carriers/record';
import { toWgs84 } from '@shared/geo/datum';

/** The fields of a carrier that an editor controls, as they are stored. */
export type EditableFields = Omit<CarrierRecord, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'provenance'> & {
  provenance: { source?: string; synthetic: boolean };
};

function newId(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** 7 decimals ≈ 1 cm: more digits are noise from datum conversion. */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/**
 * Turns a validated submission into stored fields. Every field of the carrier table is
 * copied as submitted (a blank text clears it, a missing list is empty); then the few that
 * are stored differently: coordinates converted to WGS-84 from the datum they were copied
 * in, and every phase and recognition given a stable id.
 */
export function toStoredFields(input: CarrierCreate): EditableFields {
  const stored: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries<FieldSpec>(carrierFields)) {
    if (spec.stored === false || !spec.input) continue;
    const value = (input as Record<string, unknown>)[key];
    if (value !== undefined && value !== '') stored[key] = value;
    else if (spec.absent !== undefined) stored[key] = spec.absent;
  }
  const datum = input.locationDatum ?? 'wgs84';
  const location = input.location
    ? { type: 'Point' as const, coordinates: toWgs84(input.location.coordinates, datum).map(roundCoordinate) as [number, number] }
    : null;
  return {
    ...(stored as Omit<EditableFields, 'location' | 'phases' | 'recognitions' | 'provenance'>),
    location,
    locationSourceDatum: location ? datum : undefined,
    phases: input.phases.map((phase): StoredPhase => ({ ...phase, id: phase.id ?? newId('ph') })),
    recognitions: (input.recognitions ?? []).map((recognition): StoredRecognition => ({ ...recognition, id: recognition.id ?? newId('rc') })),
    provenance: { source: input.provenance?.source, synthetic: input.provenance?.synthetic ?? false },
  };
}

/**
 * A stored carrier written back as a submission, so a partial edit can be merged onto it
 * and validated whole: every field the API accepts, as stored. Its coordinates are already
 * WGS-84.
 */
export function toSubmission(record: CarrierRecord): CarrierCreate {
  const submission: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries<FieldSpec>(carrierFields)) {
    if (!spec.input || spec.stored === false) continue;
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) submission[key] = value;
  }
  submission.locationDatum = 'wgs84';
  submission.provenance = withoutUndefined({ source: record.provenance.source, synthetic: record.provenance.synthetic });
  return submission as CarrierCreate;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
