import type { CarrierKind, Datum, Industry, Tier } from './vocabulary';
import type { Phase, Point, Rating, Recognition } from './schema';

/** A phase as stored: it always has an id, so scenarios and drill-downs can name it. */
export type StoredPhase = Phase & { id: string };
export type StoredRecognition = Recognition & { id: string };

/**
 * A carrier as the registry holds it (the verified state) and as the API and the planner
 * see it. Locations are WGS-84.
 */
export interface CarrierRecord {
  id: string;
  name: string;
  kind: CarrierKind;
  region: string;
  district?: string;
  address?: string;
  location: Point | null;
  locationApproximate: boolean;
  /** The datum the coordinates were submitted in, before conversion to WGS-84. */
  locationSourceDatum?: Datum;
  operator?: string;
  industries: Industry[];
  phases: StoredPhase[];
  recognitions: StoredRecognition[];
  ratings: Rating[];
  contact?: { person?: string; phone?: string; email?: string };
  owners: string[];
  provenance: { source?: string; synthetic: boolean; verifiedBy?: string; verifiedAt?: string };
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Figures derived from a carrier's phases and recognitions at a date. */
export interface CarrierDerived {
  currentTier: Tier | null;
  openIncubationAreaM2: number;
  pipelineIncubationAreaM2: number;
  flags: CarrierFlag[];
}

/** Conditions a planner should see at a glance. */
export type CarrierFlag = 'no_location' | 'approximate_location' | 'abroad';

/** Whether a carrier's figures count toward targets yet. */
export type VerificationState = 'verified' | 'pending';

export interface CarrierView extends CarrierRecord {
  derived: CarrierDerived;
  verification: { state: VerificationState; pendingChangeId?: string };
}

