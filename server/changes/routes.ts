import { Router } from 'express';
import { z } from 'zod';
import { RejectChangeSchema } from '@shared/changes/schema';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { can } from '../policies';
import { parsedQuery, validateBody, validateIdParam, validateQuery } from '../http/validate';
import type { ChangeService } from './service';

const ListQuerySchema = z.strictObject({
  status: z.enum(['pending', 'approved', 'rejected', 'superseded'], { message: 'invalid' }).optional(),
  mine: z.enum(['true', 'false'], { message: 'boolean' }).transform((value) => value === 'true').optional(),
});


export function changeRoutes(context: AppContext, changes: ChangeService): Router {
  const router = Router();

  router.get('/', permit(context, 'change:list'), validateQuery(ListQuerySchema), async (request, response) => {
    const actor = actorOf(request);
    const query = parsedQuery<z.infer<typeof ListQuerySchema>>(response.locals);
    // Managers see only what they submitted; reviewers see everyone's.
    const mine = query.mine === true || !can(actor, 'change:listAll');
    response.json({ items: await changes.list({ status: query.status, mine }, actor) });
  });

  router.post('/:id/approve', permit(context, 'change:review'), validateIdParam, async (request, response) => {
    const actor = actorOf(request);
    response.json(await changes.approve(actor, request.params.id as string, request));
  });

  router.post('/:id/reject', permit(context, 'change:review'), validateIdParam, validateBody(RejectChangeSchema), async (request, response) => {
    const actor = actorOf(request);
    response.json(await changes.reject(actor, request.params.id as string, (request.body as { reason: string }).reason, request));
  });

  return router;
}
