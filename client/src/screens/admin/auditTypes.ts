import type { FieldChange } from '@shared/carriers/diff';

/** An audit entry as GET /api/audit presents it (server/audit/routes.ts). */
export interface AuditEntry {
  id: string;
  /** UTC instant, ISO 8601. */
  at: string;
  user: { id: string | null; username: string } | null;
  action: string;
  outcome: 'success' | 'refused' | 'failed';
  target: { type?: string; id?: string; label?: string } | null;
  diff: FieldChange[];
  details: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  limit: number;
}

/** Action groups the API filters by prefix (`carrier` matches every `carrier:*`). */
export const AUDIT_GROUPS = ['auth', 'carrier', 'change', 'user'] as const;

/** The actions the app writes, for the filter; refused requests carry the policy's action names. */
export const AUDIT_ACTIONS = [
  'auth:login',
  'auth:logout',
  'auth:logoutEverywhere',
  'auth:unlock',
  'carrier:create',
  'carrier:update',
  'carrier:delete',
  'change:submit',
  'change:approve',
  'change:reject',
  'user:create',
  'user:update',
  'user:endSessions',
  'seed:load',
] as const;
