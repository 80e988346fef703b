import { z } from 'zod';
import { isIsoDate } from '../dates';
import { REGION_IDS, findRegion } from '../regions';
import {
  MAX_AREA_M2,
  MAX_INDUSTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_OWNERS,
  MAX_PHASE_LABEL_LENGTH,
  MAX_PHASES,
  MAX_RATINGS,
  MAX_RECOGNITIONS,
  MAX_TEXT_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
} from './limits';
import { CARRIER_KINDS, DATUMS, GRADES, INDUSTRIES, PHASE_STATUSES, TIERS } from './vocabulary';

/*
 * Messages are keys from shared/validation/messages.ts, so the server answers in the
 * caller's language and the forms show them in the UI's.
 */

export const IsoDateSchema = z
  .string({ message: 'date.format' })
  .refine(isIsoDate, { message: 'date.format' });

const AreaM2 = z
  .number({ message: 'area.number' })
  .refine(Number.isFinite, { message: 'area.number' })
  .refine((value) => value > 0, { message: 'area.positive' })
  .refine((value) => value <= MAX_AREA_M2, { message: 'area.max' });

const Year = z
  .number({ message: 'year.integer' })
  .int({ message: 'year.integer' })
  .min(MIN_YEAR, { message: 'year.range' })
  .max(MAX_YEAR, { message: 'year.range' });

const ShortText = z.string({ message: 'text.string' }).trim().max(MAX_TEXT_LENGTH, { message: 'text.tooLong' });

/** Server-assigned ids of phases and recognitions, kept stable for drill-down and scenarios. */
const SubdocumentId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'id.format' });

export const UserIdSchema = z.string().regex(/^[0-9a-f]{24}$/, { message: 'id.objectId' });

export const PhaseSchema = z
  .strictObject({
    id: SubdocumentId.optional(),
    label: z
      .string({ message: 'phase.label.required' })
      .trim()
      .min(1, { message: 'phase.label.required' })
      .max(MAX_PHASE_LABEL_LENGTH, { message: 'text.tooLong' }),
    incubationAreaM2: AreaM2.optional(),
    floorAreaM2: AreaM2.optional(),
    status: z.enum(PHASE_STATUSES, { message: 'phase.status.invalid' }),
    constructionStartedOn: IsoDateSchema.optional(),
    plannedOpeningOn: IsoDateSchema.optional(),
    openedOn: IsoDateSchema.optional(),
    closedOn: IsoDateSchema.optional(),
  })
  .superRefine((phase, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((phase.status === 'open' || phase.status === 'closed') && !phase.openedOn) issue('openedOn', 'phase.openedOn.required');
    if (phase.status === 'closed' && !phase.closedOn) issue('closedOn', 'phase.closedOn.required');
    if ((phase.status === 'planned' || phase.status === 'under_construction') && phase.openedOn) {
      issue('openedOn', 'phase.openedOn.notOpenYet');
    }
    if (phase.status !== 'closed' && phase.closedOn) issue('closedOn', 'phase.closedOn.notClosed');
    if ((phase.status === 'open' || phase.status === 'closed') && phase.incubationAreaM2 === undefined) {
      issue('incubationAreaM2', 'phase.incubationArea.required');
    }
    if (phase.incubationAreaM2 === undefined && phase.floorAreaM2 === undefined) {
      issue('incubationAreaM2', 'phase.area.required');
    }
    if (
      phase.incubationAreaM2 !== undefined &&
      phase.floorAreaM2 !== undefined &&
      phase.incubationAreaM2 > phase.floorAreaM2
    ) {
      issue('incubationAreaM2', 'phase.incubationArea.exceedsFloorArea');
    }
    const started = phase.constructionStartedOn;
    if (started && phase.openedOn && started > phase.openedOn) issue('openedOn', 'phase.openedOn.beforeConstruction');
    if (started && phase.plannedOpeningOn && started > phase.plannedOpeningOn) {
      issue('plannedOpeningOn', 'phase.plannedOpeningOn.beforeConstruction');
    }
    if (phase.openedOn && phase.closedOn && phase.openedOn > phase.closedOn) issue('closedOn', 'phase.closedOn.beforeOpening');
  });
export type Phase = z.infer<typeof PhaseSchema>;

export const RecognitionSchema = z
  .strictObject({
    id: SubdocumentId.optional(),
    tier: z.enum(TIERS, { message: 'recognition.tier.invalid' }),
    year: Year,
    /**
     * 认定文件日期: the date of the recognising document, when known. Without it a recognition
     * has only its year, and the planner counts it from the end of that year (most are
     * announced late in the year).
     */
    recognizedOn: IsoDateSchema.optional(),
    /** 文号, e.g. 苏科高发〔2023〕123号. */
    documentNumber: z.string().trim().max(60, { message: 'text.tooLong' }).optional(),
    note: z.string().trim().max(MAX_NOTE_LENGTH, { message: 'text.tooLong' }).optional(),
  })
  .superRefine((recognition, ctx) => {
    if (recognition.recognizedOn && Number(recognition.recognizedOn.slice(0, 4)) !== recognition.year) {
      ctx.addIssue({ code: 'custom', path: ['recognizedOn'], message: 'recognition.recognizedOn.year' });
    }
  });
export type Recognition = z.infer<typeof RecognitionSchema>;

export const RatingSchema = z.strictObject({
  year: Year,
  grade: z.enum(GRADES, { message: 'rating.grade.invalid' }),
});
export type Rating = z.infer<typeof RatingSchema>;

const Longitude = z
  .number({ message: 'location.number' })
  .refine((value) => Number.isFinite(value) && value >= -180 && value <= 180, { message: 'location.longitude.range' });
const Latitude = z
  .number({ message: 'location.number' })
  .refine((value) => Number.isFinite(value) && value >= -90 && value <= 90, { message: 'location.latitude.range' });

/** A GeoJSON Point, [longitude, latitude]. Stored in WGS-84. */
export const PointSchema = z.strictObject({
  type: z.literal('Point', { message: 'location.type' }),
  coordinates: z.tuple([Longitude, Latitude], { message: 'location.coordinates' }),
});
export type Point = z.infer<typeof PointSchema>;

export const ContactSchema = z.strictObject({
  person: ShortText.optional(),
  phone: z.string().trim().max(40, { message: 'text.tooLong' }).optional(),
  email: z.string().trim().max(MAX_TEXT_LENGTH, { message: 'text.tooLong' }).optional(),
});

export const ProvenanceInputSchema = z.strictObject({
  source: z.string().trim().max(MAX_NOTE_LENGTH, { message: 'text.tooLong' }).optional(),
  synthetic: z.boolean({ message: 'boolean' }).optional(),
});

/** The fields a hypothetical carrier of a scenario shares with a registered one. */
export const CarrierNameSchema = z
  .string({ message: 'carrier.name.required' })
  .trim()
  .min(1, { message: 'carrier.name.required' })
  .max(MAX_NAME_LENGTH, { message: 'carrier.name.tooLong' });
export const CarrierKindSchema = z.enum(CARRIER_KINDS, { message: 'carrier.kind.invalid' });
export const RegionIdSchema = z.enum(REGION_IDS, { message: 'carrier.region.invalid' });
export const DistrictSchema = z.string({ message: 'carrier.district.invalid' }).trim().max(40, { message: 'text.tooLong' });
export const IndustriesSchema = z
  .array(z.enum(INDUSTRIES, { message: 'carrier.industry.invalid' }), { message: 'array' })
  .max(MAX_INDUSTRIES, { message: 'array.tooLong' });
export const PhasesSchema = z
  .array(PhaseSchema, { message: 'array' })
  .min(1, { message: 'carrier.phases.required' })
  .max(MAX_PHASES, { message: 'array.tooLong' });

const carrierFields = {
  name: CarrierNameSchema,
  kind: CarrierKindSchema,
  region: RegionIdSchema,
  district: DistrictSchema.optional(),
  address: ShortText.optional(),
  /** Null or absent for carriers without a usable location (e.g. offshore); such carriers are flagged. */
  location: PointSchema.nullable().optional(),
  /** The datum the submitted coordinates were copied in; they are stored converted to WGS-84. */
  locationDatum: z.enum(DATUMS, { message: 'location.datum.invalid' }).optional(),
  /** True when the location is only approximate (e.g. placed at the town centre). */
  locationApproximate: z.boolean({ message: 'boolean' }).optional(),
  operator: ShortText.optional(),
  industries: IndustriesSchema.optional(),
  phases: PhasesSchema,
  recognitions: z.array(RecognitionSchema, { message: 'array' }).max(MAX_RECOGNITIONS, { message: 'array.tooLong' }).optional(),
  ratings: z.array(RatingSchema, { message: 'array' }).max(MAX_RATINGS, { message: 'array.tooLong' }).optional(),
  contact: ContactSchema.optional(),
  owners: z.array(UserIdSchema, { message: 'array' }).max(MAX_OWNERS, { message: 'array.tooLong' }).optional(),
  provenance: ProvenanceInputSchema.optional(),
};

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

function reportDuplicates<T>(
  items: T[] | undefined,
  key: (item: T) => string,
  field: string,
  message: string,
  arrayPath: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items?.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [arrayPath, index, field], message });
    seen.add(value);
  });
}

/** What a client sends to register a carrier. */
export const CarrierCreateSchema = z.strictObject(carrierFields).superRefine(checkCarrierConsistency);
export type CarrierCreate = z.infer<typeof CarrierCreateSchema>;

/**
 * A partial edit. Arrays (phases, recognitions …) are replaced whole. `version` is the
 * version the editor saw; a stale one is refused with 409 so no edit is silently lost.
 */
export const CarrierPatchSchema = z
  .strictObject({
    ...Object.fromEntries(Object.entries(carrierFields).map(([key, schema]) => [key, schema.optional()])),
    version: z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(0, { message: 'version.required' }),
  } as { [K in keyof typeof carrierFields]: z.ZodOptional<(typeof carrierFields)[K]> } & { version: z.ZodNumber })
  .superRefine(checkCarrierConsistency);
export type CarrierPatch = z.infer<typeof CarrierPatchSchema>;
