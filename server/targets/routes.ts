import { Router } from 'express';
import { TargetSchema } from '@shared/planner';
import { z } from 'zod';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { badRequest } from '../http/errors';
import { endpoint } from '../http/endpoint';
import type { TargetService } from './service';

const VersionSchema = z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(1, { message: 'version.required' });
const TargetReplaceSchema = z.strictObject({ target: TargetSchema, version: VersionSchema });
const DeleteQuerySchema = z.strictObject({});
const TargetParams = z.object({ targetId: z.string() });

/** One target by id: planners replace it (with the version they saw) or delete it. */
export function targetRoutes(context: AppContext, targets: TargetService): Router {
  const router = Router();

  router.get('/:targetId', permit(context, 'target:read'), ...endpoint({ params: TargetParams }, async ({ params }, _request, response) => {
    response.json({ target: await targets.get(params.targetId) });
  }));

  router.put('/:targetId', permit(context, 'target:update'), ...endpoint({ params: TargetParams, body: TargetReplaceSchema }, async ({ params, body: { target, version } }, request, response) => {
    const actor = actorOf(request);
    if (target.id !== params.targetId) {
      throw badRequest('id_mismatch', '目标编号与网址不一致', 'The target’s id differs from the id in the URL');
    }
    response.json({ target: await targets.replace(actor, target, version, request) });
  }));

  router.delete('/:targetId', permit(context, 'target:update'), ...endpoint({ params: TargetParams, query: DeleteQuerySchema }, async ({ params }, request, response) => {
    await targets.remove(actorOf(request), params.targetId, request);
    response.status(204).end();
  }));

  return router;
}
