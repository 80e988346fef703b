import { Schema, type Connection } from 'mongoose';

/**
 * A region's target, stored as the shared TargetSchema value (validated by the API), plus a
 * version for optimistic concurrency. `_id` is the target's id (A1 … C5, K1 …, S1, or one a
 * planner chose).
 */
const targetSchema = new Schema(
  {
    _id: { type: String, required: true },
    region: { type: String, required: true },
    definition: { type: Schema.Types.Mixed, required: true },
    version: { type: Number, required: true, default: 1 },
    updatedBy: { type: String },
    deletedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, strict: 'throw', minimize: false },
);
targetSchema.index({ region: 1 });

export function targetModel(connection: Connection) {
  return connection.model('Target', targetSchema, 'targets');
}
