import { Router } from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
import { IsoDateSchema } from '@shared/carriers/schema';
import { permit } from '../auth/guards';
import type { AppContext } from '../context';
import { parsedQuery, validateQuery } from '../http/validate';

const AuditQuerySchema = z.strictObject({
  user: z.string().trim().max(64, { message: 'text.tooLong' }).optional(),
  action: z.string().trim().regex(/^[a-z]+(:[a-zA-Z]+)?$/, { message: 'invalid' }).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  page: z.coerce.number({ message: 'query.page' }).int({ message: 'query.page' }).min(1, { message: 'query.page' }).default(1),
  limit: z.coerce.number({ message: 'query.limit' }).int({ message: 'query.limit' }).min(1, { message: 'query.limit' }).max(500, { message: 'query.limit' }).default(100),
});

/** The audit trail, read-only, for admins. Dates are UTC days. */
export function auditRoutes(context: AppContext): Router {
  const router = Router();
  router.get('/', permit(context, 'audit:read'), validateQuery(AuditQuerySchema), async (request, response) => {
    const query = parsedQuery<z.infer<typeof AuditQuerySchema>>(response.locals);
    const filter: Record<string, unknown> = {};
    if (query.user) filter.username = query.user.toLowerCase();
    // `carrier` matches every carrier action; `carrier:update` just that one.
    if (query.action) filter.action = query.action.includes(':') ? query.action : { $regex: `^${query.action}:` };
    if (query.from || query.to) {
      const range: Record<string, Date> = {};
      if (query.from) range.$gte = new Date(`${query.from}T00:00:00Z`);
      if (query.to) range.$lt = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000);
      filter.at = range;
    }
    const { Audit } = context.db.models;
    const trustedFilter = Object.fromEntries(
      Object.entries(filter).map(([key, value]) => [key, typeof value === 'object' ? mongoose.trusted(value) : value]),
    );
    const [items, total] = await Promise.all([
      Audit.find(trustedFilter).sort({ at: -1, _id: -1 }).skip((query.page - 1) * query.limit).limit(query.limit).lean(),
      Audit.countDocuments(trustedFilter),
    ]);
    response.json({
      items: items.map((entry) => ({
        id: entry._id.toString(),
        at: entry.at.toISOString(),
        user: entry.userId ? { id: entry.userId, username: entry.username } : entry.username ? { id: null, username: entry.username } : null,
        action: entry.action,
        outcome: entry.outcome,
        target: entry.target ?? null,
        diff: entry.diff ?? [],
        details: entry.details ?? null,
        ip: entry.ip ?? null,
        requestId: entry.requestId ?? null,
      })),
      total,
      page: query.page,
      limit: query.limit,
    });
  });
  return router;
}
