import type { CarrierView } from '@shared/carriers/record';
import type { CarrierCreate } from '@shared/carriers/schema';
import { api } from '../../api/client';
import type { ChangeView } from '@shared/api/changes';

/** What saving led to: verified at once (planner, admin) or waiting for review (manager, 202). */
export type SaveOutcome = { kind: 'verified'; name: string } | { kind: 'pending'; name: string };

type SaveReply = { carrier: CarrierView } | { change: ChangeView };

function outcomeOf(reply: SaveReply): SaveOutcome {
  return 'change' in reply ? { kind: 'pending', name: reply.change.carrierName } : { kind: 'verified', name: reply.carrier.name };
}

export async function createCarrier(submission: CarrierCreate): Promise<SaveOutcome> {
  return outcomeOf(await api<SaveReply>('/api/carriers', { method: 'POST', body: submission }));
}

/** Arrays are replaced whole on the server, so the full form goes with the version seen. */
export async function updateCarrier(id: string, version: number, submission: CarrierCreate): Promise<SaveOutcome> {
  return outcomeOf(await api<SaveReply>(`/api/carriers/${encodeURIComponent(id)}`, { method: 'PATCH', body: { ...submission, version } }));
}
