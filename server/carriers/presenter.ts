import { deriveCarrier } from '@shared/carriers/derive';
import type { CarrierRecord, CarrierView, VerificationState } from '@shared/carriers/record';
import type { IsoDate } from '@shared/dates';

/** A carrier as read from MongoDB with `.lean()`. */
export interface CarrierLean {
  _id: { toString(): string };
  name: string;
  kind: CarrierRecord['kind'];
  region: string;
  district?: string | null;
  address?: string | null;
  location?: { type: 'Point'; coordinates: number[] } | null;
  locationApproximate?: boolean | null;
  locationSourceDatum?: CarrierRecord['locationSourceDatum'] | null;
  operator?: string | null;
  industries?: CarrierRecord['industries'];
  phases?: CarrierRecord['phases'];
  recognitions?: CarrierRecord['recognitions'];
  ratings?: CarrierRecord['ratings'];
  contact?: CarrierRecord['contact'] | null;
  owners?: string[];
  provenance?: { source?: string | null; synthetic?: boolean | null; verifiedBy?: string | null; verifiedAt?: Date | null } | null;
  version: number;
  createdAt?: Date;
  updatedAt?: Date;
}

function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** Strips what mongoose adds (nulls, _id) from sub-documents, keeping only set fields. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => field !== null && field !== undefined && key !== '_id')) as T;
}

/** Whitelists what leaves the server: never a mongoose document, never internal fields. */
export function toRecord(doc: CarrierLean): CarrierRecord {
  const coordinates = doc.location?.coordinates;
  return {
    id: doc._id.toString(),
    name: doc.name,
    kind: doc.kind,
    region: doc.region,
    district: optional(doc.district),
    address: optional(doc.address),
    location: coordinates && coordinates.length === 2 ? { type: 'Point', coordinates: [coordinates[0]!, coordinates[1]!] } : null,
    locationApproximate: doc.locationApproximate ?? false,
    locationSourceDatum: optional(doc.locationSourceDatum),
    operator: optional(doc.operator),
    industries: doc.industries ?? [],
    phases: (doc.phases ?? []).map(clean),
    recognitions: (doc.recognitions ?? []).map(clean),
    ratings: (doc.ratings ?? []).map(clean),
    contact: doc.contact && Object.keys(clean(doc.contact)).length > 0 ? clean(doc.contact) : undefined,
    owners: doc.owners ?? [],
    provenance: {
      source: optional(doc.provenance?.source),
      synthetic: doc.provenance?.synthetic ?? false,
      verifiedBy: optional(doc.provenance?.verifiedBy),
      verifiedAt: doc.provenance?.verifiedAt?.toISOString(),
    },
    version: doc.version,
    createdAt: (doc.createdAt ?? new Date(0)).toISOString(),
    updatedAt: (doc.updatedAt ?? new Date(0)).toISOString(),
  };
}

export function presentCarrier(
  record: CarrierRecord,
  asOf: IsoDate,
  verification: { state: VerificationState; pendingChangeId?: string } = { state: 'verified' },
): CarrierView {
  return { ...record, derived: deriveCarrier(record, asOf), verification };
}
