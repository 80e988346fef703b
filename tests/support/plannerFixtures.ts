import { seedCarriers } from '../../seeds/carriers';
import type { CarrierRecord, StoredPhase, StoredRecognition } from '../../shared/carriers/record';

/*
 * Builders for planner tests and the benchmark: valid CarrierRecords with stable ids that a
 * test overrides field by field. Not part of the engine's public API.
 */

let sequence = 0;

/** An open phase of 10,000 ㎡ incubation area (12,000 ㎡ floor area), started 2021-03-01, opened 2023-06-01. */
export function buildStoredPhase(overrides: Partial<StoredPhase> = {}): StoredPhase {
  return {
    id: 'p1',
    label: '一期',
    incubationAreaM2: 10_000,
    floorAreaM2: 12_000,
    status: 'open',
    constructionStartedOn: '2021-03-01',
    openedOn: '2023-06-01',
    ...overrides,
  };
}

export function buildRecognition(overrides: Partial<StoredRecognition> = {}): StoredRecognition {
  return { id: 'r1', tier: 'prefecture', year: 2022, ...overrides };
}

/** A Taicang incubator in the hi-tech zone (biomedicine) with no phases or recognitions unless given. */
export function buildCarrierRecord(overrides: Partial<CarrierRecord> = {}): CarrierRecord {
  sequence += 1;
  return {
    id: `c${sequence}`,
    name: `测试载体${sequence}`,
    kind: 'incubator',
    region: 'taicang',
    district: 'hitech',
    location: { type: 'Point', coordinates: [121.13, 31.46] },
    locationApproximate: false,
    industries: ['biomedicine'],
    phases: [],
    recognitions: [],
    ratings: [],
    owners: [],
    provenance: { synthetic: true },
    version: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The seed data as the registry stores it (ids added as the server does). */
export function seedRecords(): CarrierRecord[] {
  return seedCarriers().map(
    (carrier, position): CarrierRecord => ({
      ...carrier,
      id: `seed${position}`,
      district: carrier.district || undefined,
      location: carrier.location ?? null,
      locationApproximate: carrier.locationApproximate ?? false,
      industries: carrier.industries ?? [],
      phases: carrier.phases.map((phase, k) => ({ ...phase, id: phase.id ?? `p${k + 1}` })),
      recognitions: (carrier.recognitions ?? []).map((recognition, k) => ({ ...recognition, id: recognition.id ?? `r${k + 1}` })),
      ratings: carrier.ratings ?? [],
      owners: [],
      provenance: { synthetic: carrier.provenance?.synthetic ?? false },
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }),
  );
}
