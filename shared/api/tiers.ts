import { z } from 'zod';
import { CarrierKindSchema, RegionIdSchema } from '../carriers/fields/carrier';
import type { CarrierKind, Tier } from '../carriers/vocabulary';
import { IsoDateSchema, ObjectIdSchema } from '../fields/values';
import type { DedupedCarrier } from '../planner/dedupe';
import type { OverlapPair } from '../tiers/overlaps';
import type { Bilingual, RuleSet, TierCheck } from '../tiers/types';

const YesNo = z.enum(['true', 'false'], { message: 'boolean' }).transform((value) => value === 'true');

/** `GET /api/rules?asOf=`: every rule set, or those in force on a date. */
export const RulesQuerySchema = z.strictObject({ asOf: IsoDateSchema.optional() });

/** `GET /api/carriers/:id/tier-check?asOf=&remoteArea=` */
export const TierCheckParamsSchema = z.strictObject({ id: ObjectIdSchema });
export const TierCheckQuerySchema = z.strictObject({ asOf: IsoDateSchema.optional(), remoteArea: YesNo.optional() });

/** `GET /api/tier-candidates?region=&kind=&asOf=&limit=` */
export const TierCandidatesQuerySchema = z.strictObject({
  region: RegionIdSchema.default('taicang'),
  kind: CarrierKindSchema.optional(),
  asOf: IsoDateSchema.optional(),
  limit: z.coerce.number({ message: 'invalid' }).int({ message: 'invalid' }).min(1, { message: 'invalid' }).max(500, { message: 'invalid' }).default(50),
});
export type TierCandidatesQuery = z.infer<typeof TierCandidatesQuerySchema>;

/** `GET /api/checks/overlaps?region=&asOf=` */
export const OverlapsQuerySchema = z.strictObject({ region: RegionIdSchema.default('taicang'), asOf: IsoDateSchema.optional() });

/** `POST /api/checks/overlaps/:pairId/decision`: a planner confirms or dismisses a possible overlap. */
export const OverlapPairParamsSchema = z.strictObject({ pairId: z.string().regex(/^[0-9a-f]{24}~[0-9a-f]{24}$/, { message: 'id.format' }) });
export const OverlapDecisionSchema = z.strictObject({
  decision: z.enum(['confirmed', 'dismissed'], { message: 'invalid' }),
  note: z.string().trim().max(500, { message: 'text.tooLong' }).optional(),
});
export type OverlapDecisionInput = z.infer<typeof OverlapDecisionSchema>;

export interface RulesResponse {
  asOf: string | null;
  items: RuleSet[];
}

/** The tier check plus the carrier's overlap flags (shown on its record). */
export interface TierCheckResponse {
  carrier: { id: string; name: string; kind: CarrierKind; region: string };
  check: TierCheck;
  overlaps: OverlapPair[];
}

export interface TierCandidateView {
  carrier: { id: string; name: string; kind: CarrierKind; region: string; district?: string | undefined };
  current: Tier | null;
  next: Tier | null;
  ruleSet: { id: string; documentNumber: string; name: Bilingual } | null;
  counts: { met: number; unmet: number; unknown: number };
  /** unmet + unknown: what is not yet shown met. */
  open: number;
  lacks: Bilingual[];
}

/** How many candidates would close a recognition target's gap. */
export interface TargetGapView {
  targetId: string;
  label: Bilingual | string;
  threshold: number;
  actual: number;
  gap: number;
  /** Candidates that would count and meet every criterion (none unmet, none unknown). */
  ready: number;
  /** Candidates that would count and have nothing unmet, only unknowns. */
  possible: number;
  closesGap: boolean;
}

export interface TierCandidatesResponse {
  region: string;
  asOf: string;
  total: number;
  items: TierCandidateView[];
  targets: TargetGapView[];
}

export interface OverlapsResponse {
  region: string;
  asOf: string;
  maxDistanceM: number;
  items: OverlapPair[];
  /** Area counted once across the region's declared and confirmed pairs. */
  areaCountedOnceM2: number;
}

/** Added to the progress answer: how much area was counted once, and where. */
export interface DeduplicationView {
  areaM2: number;
  items: DedupedCarrier[];
  /** Per target, how much lower its actual is than without de-duplication (only non-zero ones). */
  byTarget: Record<string, number>;
}
