import { randomBytes } from 'node:crypto';
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
 * Turns a validated submission into stored fields: coordinates converted to WGS-84 from the
 * datum they were copied in, and every phase and recognition given a stable id.
 */
export function toStoredFields(input: CarrierCreate): EditableFields {
  const datum = input.locationDatum ?? 'wgs84';
  const location = input.location
    ? {
        type: 'Point' as const,
        coordinates: toWgs84(input.location.coordinates, datum).map(roundCoordinate) as [number, number],
      }
    : null;
  return {
    name: input.name,
    kind: input.kind,
    region: input.region,
    district: input.district || undefined,
    address: input.address || undefined,
    location,
    locationApproximate: input.locationApproximate ?? false,
    locationSourceDatum: location ? datum : undefined,
    operator: input.operator || undefined,
    industries: input.industries ?? [],
    phases: input.phases.map((phase): StoredPhase => ({ ...phase, id: phase.id ?? newId('ph') })),
    recognitions: (input.recognitions ?? []).map((recognition): StoredRecognition => ({ ...recognition, id: recognition.id ?? newId('rc') })),
    ratings: input.ratings ?? [],
    contact: input.contact,
    owners: input.owners ?? [],
    provenance: { source: input.provenance?.source, synthetic: input.provenance?.synthetic ?? false },
  };
}

/**
 * A stored carrier written back as a submission, so a partial edit can be merged onto it
 * and validated whole. Its coordinates are already WGS-84.
 */
export function toSubmission(record: CarrierRecord): CarrierCreate {
  return withoutUndefined({
    name: record.name,
    kind: record.kind,
    region: record.region,
    district: record.district,
    address: record.address,
    location: record.location,
    locationDatum: 'wgs84' as const,
    locationApproximate: record.locationApproximate,
    operator: record.operator,
    industries: record.industries,
    phases: record.phases,
    recognitions: record.recognitions,
    ratings: record.ratings,
    contact: record.contact,
    owners: record.owners,
    provenance: { source: record.provenance.source, synthetic: record.provenance.synthetic },
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
