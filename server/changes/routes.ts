import { Router } from 'express';
import { z } from 'zod';
import { CarrierCreateSchema } from '@shared/carriers/schema';
import { RejectChangeSchema } from '@shared/changes/schema';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { can } from '@shared/policies';
import { endpoint } from '../http/endpoint';
import { IdParams } from '../http/validate';
import type { CarrierCommands } from '../carriers/commands';
import type { CarrierService } from '../carriers/service';
import { reopenRejected } from './reopen';
import type { ChangeService } from './service';

const ListQuerySchema = z.strictObject({
  status: z.enum(['pending', 'approved', 'rejected', 'superseded', 'withdrawn'], { message: 'invalid' }).optional(),
  mine: z.enum(['true', 'false'], { message: 'boolean' }).transform((value) => value === 'true').optional(),
});

export function changeRoutes(context: AppContext, services: { changes: ChangeService; carriers: CarrierService; commands: CarrierCommands }): Router {
  const { changes } = services;
  const router = Router();

  router.get('/', permit(context, 'change:list'), ...endpoint({ query: ListQuerySchema }, async ({ query }, request, response) => {
    const actor = actorOf(request);
    // Managers see only what they submitted; reviewers see everyone's.
    const mine = query.mine === true || !can(actor, 'change:listAll');
    response.json({ items: await changes.list({ status: query.status, mine }, actor) });
  }));

  router.get('/:id', permit(context, 'change:list'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    response.json(await changes.get(actorOf(request), params.id));
  }));

  // The submitter's own corrections: the same whole-record body as the create or edit they replace.
  router.patch('/:id', permit(context, 'change:revise'), ...endpoint({ params: IdParams, body: CarrierCreateSchema }, async ({ params, body }, request, response) => {
    response.json({ change: await changes.revise(actorOf(request), params.id, body, request) });
  }));

  router.post('/:id/withdraw', permit(context, 'change:revise'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    response.json({ change: await changes.withdraw(actorOf(request), params.id, request) });
  }));

  router.post('/:id/reopen', permit(context, 'change:revise'), ...endpoint({ params: IdParams, body: CarrierCreateSchema }, async ({ params, body }, request, response) => {
    response.status(201).json({ change: await reopenRejected(services, actorOf(request), params.id, body, request) });
  }));

  router.post('/:id/approve', permit(context, 'change:review'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    response.json(await changes.approve(actorOf(request), params.id, request));
  }));

  router.post('/:id/reject', permit(context, 'change:review'), ...endpoint({ params: IdParams, body: RejectChangeSchema }, async ({ params, body }, request, response) => {
    response.json(await changes.reject(actorOf(request), params.id, body.reason, request));
  }));

  return router;
}
