import type { TargetStatus } from '../planner';

/** A contributor named for a reader: the ref and its carrier's name (null if no longer in the registry). */
export interface NamedContributor {
  ref: string;
  name: string | null;
}

/**
 * On each target of a progress answer whose period a planner closed: the figure as frozen
 * and the correction since ("截至 2026-01-15 报告 108.0 万㎡；更正后 108.8 万㎡").
 */
export interface ClosingView {
  periodTo: string;
  /** ISO 8601, UTC. */
  closedAt: string;
  closedBy: string;
  note?: string;
  figure: number;
  status: TargetStatus;
  correction: { figure: number; delta: number; added: NamedContributor[]; removed: NamedContributor[] } | null;
}

/** `POST /api/regions/:id/closings` answers with the closing it wrote. */
export interface ClosingReply {
  closing: { region: string; periodTo: string; closedAt: string; closedBy: string; targets: { targetId: string; figure: number; status: TargetStatus }[] };
}
