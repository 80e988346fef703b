import { z } from 'zod';
import type { FieldChange } from '../carriers/diff';
import { IsoDateSchema } from '../fields/values';

/** `GET /api/audit`: filters by user, action (a group such as `carrier`, or one action) and UTC days. */
export const AuditQuerySchema = z.strictObject({
  user: z.string().trim().max(64, { message: 'text.tooLong' }).optional(),
  action: z.string().trim().regex(/^[a-z]+(:[a-zA-Z]+)?$/, { message: 'invalid' }).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  page: z.coerce.number({ message: 'query.page' }).int({ message: 'query.page' }).min(1, { message: 'query.page' }).default(1),
  limit: z.coerce.number({ message: 'query.limit' }).int({ message: 'query.limit' }).min(1, { message: 'query.limit' }).max(500, { message: 'query.limit' }).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** An audit entry as the API answers it. */
export interface AuditEntryView {
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
  items: AuditEntryView[];
  total: number;
  page: number;
  limit: number;
}

/** Action groups the API filters by prefix (`carrier` matches every `carrier:*`). */
export const AUDIT_GROUPS = ['auth', 'carrier', 'change', 'overlap', 'period', 'target', 'user'] as const;

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
  'change:revise',
  'change:withdraw',
  'change:reopen',
  'overlap:confirm',
  'overlap:dismiss',
  'period:close',
  'target:create',
  'target:update',
  'target:reading',
  'target:delete',
  'user:create',
  'user:update',
  'user:endSessions',
  'seed:load',
] as const;
