import { z } from 'zod';
import { inputShape } from '../fields/table';
import { findRegion } from '../regions';
import { carrierFields } from './fields/carrier';
import type { Phase } from './fields/phase';
import type { Rating } from './fields/rating';
import type { Recognition } from './fields/recognition';

/*
 * The API's carrier schemas, derived from the field tables (./fields/). Messages are keys
 * from shared/validation/messages.ts, so the server answers in the caller's language and the
 * forms show them in the UI's.
 */

export { IsoDateSchema, ObjectIdSchema as UserIdSchema } from '../fields/values';
export { PhaseSchema, type Phase } from './fields/phase';
export { RecognitionSchema, type Recognition } from './fields/recognition';
export { RatingSchema, type Rating } from './fields/rating';
export { ContactSchema, type Contact } from './fields/contact';
export {
  CarrierKindSchema,
  CarrierNameSchema,
  DistrictSchema,
  IndustriesSchema,
  PhasesSchema,
  PointSchema,
  ProvenanceInputSchema,
  RegionIdSchema,
  type Point,
} from './fields/carrier';

type CarrierShape = {
  region?: string;
  district?: string;
  phases?: Phase[];
  recognitions?: Recognition[];
  ratings?: Rating[];
};

/** Rules that span several fields of a carrier. */
function checkCarrierConsistency(carrier: CarrierShape, ctx: z.RefinementCtx): void {
  if (carrier.region && carrier.district && carrier.district !== '') {
    const region = findRegion(carrier.region);
    if (region && !region.districts.some((district) => district.id === carrier.district)) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: 'carrier.district.notInRegion' });
    }
  }
  reportDuplicates(carrier.recognitions, (recognition) => recognition.tier, 'tier', 'recognition.tier.duplicate', 'recognitions', ctx);
  reportDuplicates(carrier.ratings, (rating) => String(rating.year), 'year', 'rating.year.duplicate', 'ratings', ctx);
  reportDuplicates(carrier.phases, (phase) => phase.label.trim(), 'label', 'phase.label.duplicate', 'phases', ctx);
}

function reportDuplicates<T>(items: T[] | undefined, key: (item: T) => string, field: string, message: string, arrayPath: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items?.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [arrayPath, index, field], message });
    seen.add(value);
  });
}

const carrierInput = inputShape(carrierFields);

/** What a client sends to register a carrier. */
export const CarrierCreateSchema = z.strictObject(carrierInput).superRefine(checkCarrierConsistency);
export type CarrierCreate = z.infer<typeof CarrierCreateSchema>;

const optionalInput = Object.fromEntries(Object.entries(carrierInput).map(([key, schema]) => [key, schema.optional()])) as {
  [K in keyof typeof carrierInput]: z.ZodOptional<(typeof carrierInput)[K]>;
};

/**
 * A partial edit. Arrays (phases, recognitions …) are replaced whole. `version` is the
 * version the editor saw; a stale one is refused with 409 so no edit is silently lost.
 */
export const CarrierPatchSchema = z
  .strictObject({
    ...optionalInput,
    version: z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(0, { message: 'version.required' }),
  })
  .superRefine(checkCarrierConsistency);
export type CarrierPatch = z.infer<typeof CarrierPatchSchema>;
