import { z } from 'zod';
import { storedShape } from '../fields/table';
import { IsoDateTimeSchema } from '../fields/values';
import { carrierFields } from './fields/carrier';
import type { Tier } from './vocabulary';

export type { StoredPhase } from './fields/phase';
export type { StoredRecognition } from './fields/recognition';

/**
 * A carrier as the registry holds it (the verified state) and as the API and the planner
 * see it, derived from the field table. Locations are WGS-84.
 */
export const CarrierRecordSchema = z.object({
  id: z.string(),
  ...storedShape(carrierFields),
  version: z.number(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type CarrierRecord = z.infer<typeof CarrierRecordSchema>;

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
  verification: Verification;
}

/**
 * Where a carrier stands in review. `pendingAction: 'create'` marks a registration that is
 * not in the registry yet: its id is reserved, and it is edited through its change.
 */
export interface Verification {
  state: VerificationState;
  pendingChangeId?: string;
  pendingAction?: 'create' | 'update' | 'delete';
}
