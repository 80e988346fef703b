import { z } from 'zod';
import { IsoDateSchema, ObjectIdSchema } from '../fields/values';
import { REGION_IDS } from '../regions';
import type { ReportFigures, ReportWarning } from '../reports/rules';
import type { PeriodState } from '../reports/periods';

/*
 * Requests and responses of the yearly cycle: reports, periods, progress of the reporting,
 * reminders and the statistics export. The client and the server both import these.
 */

export interface UserRef {
  id: string;
  username: string | null;
}

/** A verified report: the figures under their JSON names, occupancy derived, and its provenance. */
export type ReportView = ReportFigures & {
  carrierId: string;
  year: number;
  /** Tenant area / site area; null without both. Derived, never stored. */
  occupancy: number | null;
  submittedBy: UserRef | null;
  submittedAt: string | null;
  verifiedBy: UserRef | null;
  verifiedAt: string;
  /** Demo figures made up by the seeds. */
  synthetic: boolean;
  source: string | null;
};

/** A submission waiting for a planner. */
export interface PendingReportView {
  changeId: string;
  figures: ReportFigures;
  warnings: ReportWarning[];
  submittedBy: UserRef;
  submittedAt: string;
}

export interface PeriodView {
  year: number;
  opensOn: string;
  dueOn: string;
  reopenedFor: string[];
  state: PeriodState;
  /** Stored (a planner set it) or the default dates. */
  custom: boolean;
}

/** GET /api/carriers/:id/reports/:year */
export interface CarrierReportView {
  carrierId: string;
  year: number;
  period: PeriodView & { acceptsReport: boolean };
  report: ReportView | null;
  pending: PendingReportView | null;
  /** Last year's verified figures, against which the year-on-year checks run. */
  previous: ReportView | null;
}

export const PeriodUpdateSchema = z
  .strictObject({
    opensOn: IsoDateSchema,
    dueOn: IsoDateSchema,
    /** Carriers whose late report is accepted after the due date. */
    reopenedFor: z.array(ObjectIdSchema, { message: 'array' }).max(5000, { message: 'array.tooLong' }).optional(),
  })
  .refine((period) => period.opensOn <= period.dueOn, { path: ['dueOn'], message: 'reporting.dueBeforeOpening' });
export type PeriodUpdate = z.infer<typeof PeriodUpdateSchema>;

const YearQuery = z.coerce.number({ message: 'year.integer' }).int({ message: 'year.integer' }).min(1980, { message: 'year.range' }).max(2100, { message: 'year.range' });
const RegionQuery = z.enum(REGION_IDS, { message: 'carrier.region.invalid' });

export const ReportingStatusQuerySchema = z.strictObject({ year: YearQuery, region: RegionQuery });
export type ReportingStatusQuery = z.infer<typeof ReportingStatusQuerySchema>;

export const ReminderSchema = z.strictObject({ year: z.number({ message: 'year.integer' }).int({ message: 'year.integer' }).min(1980, { message: 'year.range' }).max(2100, { message: 'year.range' }), region: RegionQuery });
export type ReminderRequest = z.infer<typeof ReminderSchema>;

export const ReportingExportQuerySchema = z.strictObject({
  year: YearQuery,
  region: RegionQuery,
  format: z.enum(['xlsx', 'csv'], { message: 'reporting.format' }).default('xlsx'),
});

export interface ReportingCounts {
  expected: number;
  submitted: number;
  verified: number;
  overdue: number;
}

export type CarrierReportState = 'verified' | 'submitted' | 'overdue' | 'outstanding';

export interface OverdueCarrier {
  id: string;
  name: string;
  district: string | null;
  owners: UserRef[];
}

/** GET /api/reporting/status */
export interface ReportingStatusView extends ReportingCounts {
  year: number;
  region: string;
  period: PeriodView;
  districts: Array<ReportingCounts & { district: string | null }>;
  overdueCarriers: OverdueCarrier[];
}

/** POST /api/reporting/reminders */
export interface ReminderResult {
  notified: number;
  emailed: number;
  carriers: number;
}

/** GET /api/reporting/mine: the signed-in manager's carriers and what each still owes. */
export interface MyReportingView {
  year: number;
  period: PeriodView;
  carriers: Array<{ id: string; name: string; state: CarrierReportState; lastVerifiedYear: number | null; acceptsReport: boolean }>;
  notifications: Array<{ id: string; message: { zh: string; en: string }; createdAt: string; year: number | null }>;
}

/** Freshness of one carrier: when it last reported, when its record and figures were verified. */
export interface FreshnessView {
  lastReportedYear: number | null;
  lastReportVerifiedAt: string | null;
  recordVerifiedAt: string | null;
  stale: boolean;
  reasons: Array<'no_verified_report' | 'record_unconfirmed'>;
}

/** Next to each target figure on the dashboard. */
export interface TargetFreshness {
  /** Share of the figure's area from carriers whose report for the current period is verified (0–1; null without area). */
  verifiedShare: number | null;
  staleAreaM2: number;
  staleCarriers: number;
  periodYear: number;
}
