import { Schema, type Connection, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { MAX_AREA_M2, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '@shared/carriers/limits';
import { CARRIER_KINDS, DATUMS, GRADES, INDUSTRIES, PHASE_STATUSES, TIERS } from '@shared/carriers/vocabulary';

/*
 * Mirrors shared/carriers/schema.ts (the zod schema the API validates with). This schema
 * guards the database; the zod one gives users their messages. Dates are YYYY-MM-DD strings.
 */

const isoDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/ };
const area = { type: Number, min: 0, max: MAX_AREA_M2 };

const phaseSchema = new Schema(
  {
    id: { type: String, required: true },
    label: { type: String, required: true, maxlength: 50 },
    incubationAreaM2: area,
    floorAreaM2: area,
    status: { type: String, required: true, enum: PHASE_STATUSES },
    constructionStartedOn: isoDate,
    plannedOpeningOn: isoDate,
    openedOn: isoDate,
    closedOn: isoDate,
  },
  { _id: false },
);

const recognitionSchema = new Schema(
  {
    id: { type: String, required: true },
    tier: { type: String, required: true, enum: TIERS },
    year: { type: Number, required: true },
    recognizedOn: isoDate,
    documentNumber: { type: String, maxlength: 60 },
    note: { type: String, maxlength: 500 },
  },
  { _id: false },
);

const ratingSchema = new Schema(
  { year: { type: Number, required: true }, grade: { type: String, required: true, enum: GRADES } },
  { _id: false },
);

const pointSchema = new Schema(
  {
    type: { type: String, enum: ['Point'], required: true },
    coordinates: { type: [Number], required: true },
  },
  { _id: false },
);

export const carrierSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: MAX_NAME_LENGTH },
    kind: { type: String, required: true, enum: CARRIER_KINDS },
    region: { type: String, required: true },
    district: { type: String },
    address: { type: String, maxlength: MAX_TEXT_LENGTH },
    /** WGS-84 GeoJSON Point; absent for carriers without a usable location. */
    location: { type: pointSchema, default: undefined },
    locationApproximate: { type: Boolean, default: false },
    locationSourceDatum: { type: String, enum: DATUMS },
    operator: { type: String, maxlength: MAX_TEXT_LENGTH },
    industries: { type: [{ type: String, enum: INDUSTRIES }], default: [] },
    phases: { type: [phaseSchema], default: [] },
    recognitions: { type: [recognitionSchema], default: [] },
    ratings: { type: [ratingSchema], default: [] },
    contact: {
      person: { type: String },
      phone: { type: String },
      email: { type: String },
    },
    owners: { type: [String], default: [] },
    provenance: {
      source: { type: String },
      synthetic: { type: Boolean, default: false },
      verifiedBy: { type: String },
      verifiedAt: { type: Date },
    },
    /**
     * Figures derived at the last write, kept only so lists can sort by area; the API
     * recomputes them on every read.
     */
    summary: {
      openIncubationAreaM2: { type: Number, default: 0 },
      pipelineIncubationAreaM2: { type: Number, default: 0 },
      currentTier: { type: String },
    },
    /** Optimistic concurrency: every accepted edit increments it; a stale edit gets 409. */
    version: { type: Number, required: true, default: 1 },
    /** Soft delete: the record stays for history and audit, and leaves every list. */
    deletedAt: { type: Date, default: null },
    deletedBy: { type: String },
    createdBy: { type: String },
    updatedBy: { type: String },
  },
  { timestamps: true, versionKey: false, strict: 'throw', minimize: true },
);

// Names are unique within a region among live carriers; deleted ones keep their
// deletion time in the key so a name can be reused after a deletion.
carrierSchema.index({ region: 1, name: 1, deletedAt: 1 }, { unique: true, name: 'region_name_unique' });
carrierSchema.index({ location: '2dsphere' });
carrierSchema.index({ owners: 1 });
carrierSchema.index({ region: 1, kind: 1 });

export type CarrierFields = InferSchemaType<typeof carrierSchema>;
export type CarrierDocument = HydratedDocument<CarrierFields>;

export function carrierModel(connection: Connection) {
  return connection.model('Carrier', carrierSchema, 'carriers');
}
export type CarrierModel = ReturnType<typeof carrierModel>;
