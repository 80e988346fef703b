import type { FieldChange } from '../carriers/diff';
import type { CarrierRecord } from '../carriers/record';

export type ChangeAction = 'create' | 'update' | 'delete';
export type ChangeStatus = 'pending' | 'approved' | 'rejected' | 'superseded';

/** A manager's reported change as `GET /api/changes` answers it (server/changes/presenter.ts). */
export interface ChangeView {
  id: string;
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
}

export interface ChangeList {
  items: ChangeView[];
}
