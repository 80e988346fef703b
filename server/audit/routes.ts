import { Router } from 'express';
import { AuditQuerySchema } from '@shared/api/audit';
import { permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { auditPage } from './service';

/** The audit trail, read-only, for admins. Dates are UTC days. */
export function auditRoutes(context: AppContext): Router {
  const router = Router();
  router.get('/', permit(context, 'audit:read'), ...endpoint({ query: AuditQuerySchema }, async ({ query }, _request, response) => {
    response.json(await auditPage(context.db.models, query));
  }));
  return router;
}
