import { Schema, type Connection } from 'mongoose';

/**
 * A planner's decision on a possible overlap between two carriers (same building, nearby):
 * confirmed (counted once) or dismissed. `_id` is the pair id `${a}~${b}` (ids in order).
 */
const overlapSchema = new Schema(
  {
    _id: { type: String, required: true },
    carrierIds: { type: [String], required: true },
    region: { type: String, required: true },
    status: { type: String, required: true, enum: ['confirmed', 'dismissed'] },
    note: { type: String, maxlength: 500 },
    decidedBy: { type: String, required: true },
    decidedByName: { type: String },
    decidedAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw', minimize: false },
);
overlapSchema.index({ region: 1 });

export function overlapModel(connection: Connection) {
  return connection.model('Overlap', overlapSchema, 'overlaps');
}
