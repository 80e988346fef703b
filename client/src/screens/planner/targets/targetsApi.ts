import type { Target } from '@shared/planner';
import { api } from '../../../api/client';

/** A target as the API returns it: the definition plus its version and who changed it last. */
export type StoredTarget = Target & { version: number; updatedAt: string | null; updatedBy: string | null };

export function listTargets(region: string, signal?: AbortSignal): Promise<StoredTarget[]> {
  return api<{ items: StoredTarget[] }>(`/api/regions/${encodeURIComponent(region)}/targets`, { signal }).then((reply) => reply.items);
}

export function getTarget(id: string, signal?: AbortSignal): Promise<StoredTarget> {
  return api<{ target: StoredTarget }>(`/api/targets/${encodeURIComponent(id)}`, { signal }).then((reply) => reply.target);
}

/** Replaces a target; 409 `stale_version` (with `currentVersion`) when someone saved in between. */
export function replaceTarget(target: Target, version: number): Promise<StoredTarget> {
  return api<{ target: StoredTarget }>(`/api/targets/${encodeURIComponent(target.id)}`, { method: 'PUT', body: { target, version } }).then((reply) => reply.target);
}

/** Creates a target in its region; 409 `duplicate_target` when the id is taken. */
export function createTarget(target: Target): Promise<StoredTarget> {
  return api<{ target: StoredTarget }>(`/api/regions/${encodeURIComponent(target.region)}/targets`, { method: 'POST', body: target }).then((reply) => reply.target);
}

export function deleteTarget(id: string): Promise<void> {
  return api<void>(`/api/targets/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
