import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { reportFields } from '@shared/reports/fields';
import type { ReportFigures } from '@shared/reports/rules';
import { definitionOfTable } from '../db/fromZod';

/*
 * Yearly reports hold verified figures only: a manager's submission waits in the changes
 * collection (subject 'report') until a planner approves it, which writes it here. The
 * figures are the shared report table (shared/reports/fields.ts).
 */

export interface ReportDocumentFields extends ReportFigures {
  carrierId: string;
  year: number;
  submittedBy?: string;
  submittedByName?: string;
  submittedAt?: Date;
  verifiedBy?: string;
  verifiedByName?: string;
  verifiedAt: Date;
  /** Demo data made up by the seeds, never a carrier's word. */
  synthetic: boolean;
  source?: string;
  /** Plausibility warnings the submitter confirmed with the comment. */
  warnings: unknown[];
  createdAt: Date;
  updatedAt: Date;
}

const reportSchema = new Schema<ReportDocumentFields>(
  {
    carrierId: { type: String, required: true },
    year: { type: Number, required: true },
    ...definitionOfTable(reportFields),
    submittedBy: { type: String },
    submittedByName: { type: String },
    submittedAt: { type: Date },
    verifiedBy: { type: String },
    verifiedByName: { type: String },
    verifiedAt: { type: Date, required: true },
    synthetic: { type: Boolean, default: false },
    source: { type: String, maxlength: 500 },
    warnings: { type: [Schema.Types.Mixed], default: [] },
  },
  { timestamps: true, versionKey: false, strict: 'throw' },
);
reportSchema.index({ carrierId: 1, year: 1 }, { unique: true });
reportSchema.index({ year: 1 });

export function reportModel(connection: Connection) {
  return connection.model('Report', reportSchema, 'reports');
}

/** A period planners changed from the default dates, or reopened for some carriers. */
const periodSchema = new Schema(
  {
    year: { type: Number, required: true, unique: true },
    opensOn: { type: String, required: true },
    dueOn: { type: String, required: true },
    reopenedFor: { type: [String], default: [] },
    updatedBy: { type: String },
    updatedAt: { type: Date },
  },
  { versionKey: false, strict: 'throw' },
);

export function reportingPeriodModel(connection: Connection) {
  return connection.model('ReportingPeriod', periodSchema, 'reportingPeriods');
}

/** In-app messages (report reminders); each user reads their own. */
const notificationSchema = new Schema(
  {
    userId: { type: String, required: true },
    kind: { type: String, required: true, enum: ['report_reminder'] },
    year: { type: Number },
    carrierIds: { type: [String], default: [] },
    message: { zh: { type: String, required: true }, en: { type: String, required: true } },
    createdAt: { type: Date, required: true },
    createdBy: { type: String },
    readAt: { type: Date },
  },
  { versionKey: false, strict: 'throw' },
);
notificationSchema.index({ userId: 1, createdAt: -1 });
export type NotificationFields = InferSchemaType<typeof notificationSchema>;

export function notificationModel(connection: Connection) {
  return connection.model('Notification', notificationSchema, 'notifications');
}
