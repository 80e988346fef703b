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

/** The submitter's correction of a change still waiting for review (the same whole form). */
export async function reviseChange(changeId: string, submission: CarrierCreate): Promise<SaveOutcome> {
  return outcomeOf(await api<SaveReply>(`/api/changes/${encodeURIComponent(changeId)}`, { method: 'PATCH', body: submission }));
}

/** A rejected change, corrected and sent for review again. */
export async function reopenChange(changeId: string, submission: CarrierCreate): Promise<SaveOutcome> {
  return outcomeOf(await api<SaveReply>(`/api/changes/${encodeURIComponent(changeId)}/reopen`, { method: 'POST', body: submission }));
}

export async function withdrawChange(changeId: string): Promise<void> {
  await api(`/api/changes/${encodeURIComponent(changeId)}/withdraw`, { method: 'POST' });
}

/** Arrays are replaced whole on the server, so the full form goes with the version seen. */
export async function updateCarrier(id: string, version: number, submission: CarrierCreate): Promise<SaveOutcome> {
  return outcomeOf(await api<SaveReply>(`/api/carriers/${encodeURIComponent(id)}`, { method: 'PATCH', body: { ...submission, version } }));
}
