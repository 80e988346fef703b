import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * The audit trail: append-only. The app only ever inserts into this collection; no code path
 * updates or deletes an entry (see audit/record.ts, the one writer).
 */
const auditSchema = new Schema(
  {
    /** UTC time of the event. */
    at: { type: Date, required: true },
    userId: { type: String },
    username: { type: String },
    action: { type: String, required: true },
    outcome: { type: String, enum: ['success', 'refused', 'failed'], required: true },
    target: {
      type: { type: String },
      id: { type: String },
      label: { type: String },
    },
    diff: { type: [Schema.Types.Mixed], default: undefined },
    details: { type: Schema.Types.Mixed },
    ip: { type: String },
    requestId: { type: String },
  },
  { versionKey: false, strict: 'throw' },
);
auditSchema.index({ at: -1 });
auditSchema.index({ 'target.type': 1, 'target.id': 1, at: 1 });

export type AuditFields = InferSchemaType<typeof auditSchema>;

export function auditModel(connection: Connection) {
  return connection.model('AuditEntry', auditSchema, 'audit');
}
