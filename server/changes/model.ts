import { Schema, type Connection, type InferSchemaType, type HydratedDocument } from 'mongoose';

/**
 * A manager's reported create, edit or deletion of a carrier, waiting for a planner. The
 * carriers collection holds verified data only; pending changes overlay it for the
 * "reported" basis.
 */
const changeSchema = new Schema(
  {
    /** What the change is about: a carrier's record, or one of its yearly reports (then `year` says which). */
    subject: { type: String, required: true, enum: ['carrier', 'report'], default: 'carrier' },
    year: { type: Number },
    action: { type: String, required: true, enum: ['create', 'update', 'delete'] },
    status: { type: String, required: true, enum: ['pending', 'approved', 'rejected', 'superseded', 'withdrawn'], default: 'pending' },
    /** Absent for a create until it is approved. */
    carrierId: { type: String },
    region: { type: String, required: true },
    carrierName: { type: String, required: true },
    /** The carrier as it would be after the change (normalised, WGS-84, ids assigned). */
    proposed: { type: Schema.Types.Mixed },
    /** The carrier version the manager edited; approval refuses if it has moved on. */
    baseVersion: { type: Number },
    diff: { type: [Schema.Types.Mixed], default: [] },
    submittedBy: { type: String, required: true },
    submittedByName: { type: String },
    submittedAt: { type: Date, required: true },
    reviewedBy: { type: String },
    reviewedByName: { type: String },
    reviewedAt: { type: Date },
    reason: { type: String, maxlength: 500 },
    /** What the submitter proposed before each revision of this pending change, oldest first. */
    revisions: { type: [Schema.Types.Mixed], default: undefined },
    /** The rejected change this one resubmits, and on the rejected one the change that reopened it. */
    reopens: { type: String },
    reopenedAs: { type: String },
  },
  { versionKey: false, strict: 'throw', minimize: false },
);
changeSchema.index({ status: 1, submittedAt: -1 });
changeSchema.index({ carrierId: 1, status: 1 });
// One pending registration per name and region: a double-clicked submit must not queue (and
// count on the reported basis) the same new carrier twice. The service's check is the
// friendly message; this is the guarantee when two submissions race.
changeSchema.index(
  { region: 1, carrierName: 1 },
  { unique: true, name: 'pending_create_name_unique', partialFilterExpression: { status: 'pending', action: 'create' } },
);

export type ChangeFields = InferSchemaType<typeof changeSchema>;
export type ChangeDocument = HydratedDocument<ChangeFields>;

export function changeModel(connection: Connection) {
  return connection.model('Change', changeSchema, 'changes');
}
export type ChangeModel = ReturnType<typeof changeModel>;
