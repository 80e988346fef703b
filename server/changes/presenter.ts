import type { ChangeRevisionView, ChangeView } from '@shared/api/changes';
import type { FieldChange } from '@shared/carriers/diff';
import type { CarrierRecord } from '@shared/carriers/record';

export interface ChangeLean {
  _id: { toString(): string };
  subject?: 'carrier' | 'report' | null;
  year?: number | null;
  action: 'create' | 'update' | 'delete';
  status: ChangeView['status'];
  carrierId?: string | null;
  region: string;
  carrierName: string;
  proposed?: unknown;
  baseVersion?: number | null;
  diff?: unknown[];
  submittedBy: string;
  submittedByName?: string | null;
  submittedAt: Date;
  reviewedBy?: string | null;
  reviewedByName?: string | null;
  reviewedAt?: Date | null;
  reason?: string | null;
  revisions?: { proposed?: unknown; diff?: unknown[]; submittedAt: Date }[] | null;
  reopens?: string | null;
  reopenedAs?: string | null;
}

/** A reported change as the review queue and the manager's registry show it. */
export function presentChange(change: ChangeLean): ChangeView {
  return {
    id: change._id.toString(),
    subject: change.subject ?? 'carrier',
    year: change.year ?? null,
    action: change.action,
    status: change.status,
    carrierId: change.carrierId ?? null,
    region: change.region,
    carrierName: change.carrierName,
    proposed: (change.proposed ?? null) as Partial<CarrierRecord> | null,
    baseVersion: change.baseVersion ?? null,
    diff: (change.diff ?? []) as FieldChange[],
    submittedBy: { id: change.submittedBy, username: change.submittedByName ?? null },
    submittedAt: change.submittedAt.toISOString(),
    reviewedBy: change.reviewedBy ? { id: change.reviewedBy, username: change.reviewedByName ?? null } : null,
    reviewedAt: change.reviewedAt?.toISOString() ?? null,
    reason: change.reason ?? null,
    revisionCount: change.revisions?.length ?? 0,
    reopens: change.reopens ?? null,
    reopenedAs: change.reopenedAs ?? null,
  };
}

export function presentRevisions(change: ChangeLean): ChangeRevisionView[] {
  return (change.revisions ?? []).map((revision) => ({
    proposed: (revision.proposed ?? null) as Partial<CarrierRecord> | null,
    diff: (revision.diff ?? []) as FieldChange[],
    submittedAt: revision.submittedAt.toISOString(),
  }));
}
export type { ChangeView };
