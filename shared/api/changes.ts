import type { FieldChange } from '../carriers/diff';
import type { CarrierRecord } from '../carriers/record';

export type ChangeAction = 'create' | 'update' | 'delete';
/** `withdrawn`: taken back by its submitter before review; `superseded`: replaced by a newer submission on the same carrier. */
export type ChangeStatus = 'pending' | 'approved' | 'rejected' | 'superseded' | 'withdrawn';

/** A manager's reported change as `GET /api/changes` answers it (server/changes/presenter.ts). */
export interface ChangeView {
  id: string;
  /** What the change is about: the carrier's record, or its yearly report for `year`. */
  subject: 'carrier' | 'report';
  year: number | null;
  action: ChangeAction;
  status: ChangeStatus;
  carrierId: string | null;
  region: string;
  carrierName: string;
  /** The carrier as it would be after the change; null for a deletion. */
  proposed: Partial<CarrierRecord> | null;
  baseVersion: number | null;
  diff: FieldChange[];
  submittedBy: { id: string; username: string | null };
  submittedAt: string;
  reviewedBy: { id: string; username: string | null } | null;
  reviewedAt: string | null;
  reason: string | null;
  /** How often the submitter revised it while it waited, and when they last did. */
  revisionCount: number;
  /** The rejected change this one resubmits; on a rejected change, the change that reopened it. */
  reopens: string | null;
  reopenedAs: string | null;
}

/** One earlier proposal of a pending change (`GET /api/changes/:id` with its history). */
export interface ChangeRevisionView {
  proposed: Partial<CarrierRecord> | null;
  diff: FieldChange[];
  submittedAt: string;
}

export interface ChangeDetail {
  change: ChangeView;
  revisions: ChangeRevisionView[];
}

export interface ChangeList {
  items: ChangeView[];
}
