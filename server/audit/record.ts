import type { Request } from 'express';
import type { Models } from '../db/models';
import type { Actor } from '@shared/policies';

export interface AuditEvent {
  action: string;
  outcome: 'success' | 'refused' | 'failed';
  actor?: Pick<Actor, 'id' | 'username'> | null;
  target?: { type: string; id?: string; label?: string };
  diff?: unknown[];
  details?: Record<string, unknown>;
  request?: Request;
}

/** The one writer of the audit trail: it only ever appends. Times are UTC. */
export async function recordAudit(models: Models, event: AuditEvent, now: () => number = Date.now): Promise<void> {
  await models.Audit.create({
    at: new Date(now()),
    userId: event.actor?.id,
    username: event.actor?.username,
    action: event.action,
    outcome: event.outcome,
    target: event.target,
    diff: event.diff,
    details: event.details,
    ip: event.request?.ip,
    requestId: event.request ? String(event.request.id) : undefined,
  });
}
