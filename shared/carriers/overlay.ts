import type { CarrierRecord } from './record';

/** A pending change as the overlay needs it: what it does to which carrier. */
export interface PendingOverlay {
  action: 'create' | 'update' | 'delete';
  carrierId: string;
  /** The carrier's fields after the change (absent for a deletion). */
  proposed: Omit<CarrierRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'> | null;
  submittedAt: string;
}

/**
 * The "reported" basis: verified carriers with every pending change applied on top (the
 * latest per carrier wins). The "verified" basis is the carriers alone — only verified data
 * counts toward targets unless a reader asks for the reported figures.
 */
export function applyPendingChanges(verified: readonly CarrierRecord[], pending: readonly PendingOverlay[]): CarrierRecord[] {
  const latest = new Map<string, PendingOverlay>();
  for (const change of [...pending].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) latest.set(change.carrierId, change);
  const result: CarrierRecord[] = [];
  for (const carrier of verified) {
    const change = latest.get(carrier.id);
    latest.delete(carrier.id);
    if (!change) result.push(carrier);
    else if (change.action === 'update' && change.proposed) result.push({ ...carrier, ...change.proposed, id: carrier.id });
    // A pending deletion drops the carrier from the reported figures.
  }
  for (const change of latest.values()) {
    if (change.action !== 'create' || !change.proposed) continue;
    result.push({ ...change.proposed, id: change.carrierId, version: 0, createdAt: change.submittedAt, updatedAt: change.submittedAt });
  }
  return result;
}
