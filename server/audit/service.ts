import mongoose from 'mongoose';
import type { AuditEntryView, AuditPage, AuditQuery } from '@shared/api/audit';
import type { Models } from '../db/models';
import type { AuditFields } from './model';

type StoredEntry = AuditFields & { _id: { toString(): string } };

const withoutNulls = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined));

/** A stored entry as the API presents it. */
function presentEntry(entry: StoredEntry): AuditEntryView {
  return {
    id: entry._id.toString(),
    at: entry.at.toISOString(),
    user: entry.userId ? { id: entry.userId, username: entry.username ?? '' } : entry.username ? { id: null, username: entry.username } : null,
    action: entry.action,
    outcome: entry.outcome,
    target: entry.target ? withoutNulls(entry.target) : null,
    diff: (entry.diff ?? []) as AuditEntryView['diff'],
    details: (entry.details as Record<string, unknown> | undefined) ?? null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  };
}

/** The audit trail as admins read it: filtered, newest first, a page at a time. */
export async function auditPage(models: Models, query: AuditQuery): Promise<AuditPage> {
  const filter: Record<string, unknown> = {};
  if (query.user) filter.username = query.user.toLowerCase();
  // `carrier` matches every carrier action; `carrier:update` just that one.
  if (query.action) filter.action = query.action.includes(':') ? query.action : mongoose.trusted({ $regex: `^${query.action}:` });
  if (query.from || query.to) {
    const range: Record<string, Date> = {};
    if (query.from) range.$gte = new Date(`${query.from}T00:00:00Z`);
    if (query.to) range.$lt = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000);
    filter.at = mongoose.trusted(range);
  }
  const [items, total] = await Promise.all([
    models.Audit.find(filter).sort({ at: -1, _id: -1 }).skip((query.page - 1) * query.limit).limit(query.limit).lean(),
    models.Audit.countDocuments(filter),
  ]);
  return { items: items.map(presentEntry), total, page: query.page, limit: query.limit };
}
