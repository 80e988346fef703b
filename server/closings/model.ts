import { Schema, type Connection } from 'mongoose';
import type { FrozenFigure } from '@shared/closings/schema';

/**
 * A closed plan period of one region: the final figures as the planner froze them. Written
 * once and never changed (a correction is computed against it, see shared/closings).
 */
export interface PeriodClosingFields {
  region: string;
  periodTo: string;
  closedAt: Date;
  closedBy: string;
  closedByName?: string;
  note?: string;
  figures: FrozenFigure[];
}

const frozenFigureSchema = new Schema<FrozenFigure>(
  {
    targetId: { type: String, required: true },
    figure: { type: Number, required: true },
    status: { type: String, required: true },
    contributors: { type: [String], default: [] },
  },
  { _id: false },
);

const closingSchema = new Schema<PeriodClosingFields>(
  {
    region: { type: String, required: true },
    periodTo: { type: String, required: true },
    closedAt: { type: Date, required: true },
    closedBy: { type: String, required: true },
    closedByName: { type: String },
    note: { type: String, maxlength: 500 },
    figures: { type: [frozenFigureSchema], default: [] },
  },
  { versionKey: false, strict: 'throw' },
);
closingSchema.index({ region: 1, periodTo: 1 }, { unique: true });

export function periodClosingModel(connection: Connection) {
  return connection.model('PeriodClosing', closingSchema, 'periodClosings');
}
