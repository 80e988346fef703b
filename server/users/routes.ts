import { Router } from 'express';
import { z } from 'zod';
import { UserCreateSchema, UserUpdateSchema } from '@shared/accounts/schema';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { requestLanguage } from '../http/language';
import { IdParams } from '../http/validate';
import { loginLimits } from '../auth/rateLimits';
import { sessionRegistry } from '../auth/sessionRegistry';
import { userService } from './service';

/** A session is named by its handle (sessionRegistry.ts), never by its id. */
const SessionParams = IdParams.extend({ session: z.string().regex(/^[A-Za-z0-9_-]{22}$/, { message: 'session.handle' }) });

export function userRoutes(context: AppContext): Router {
  const router = Router();
  const limits = loginLimits(context.db.connection, context.config.loginLimits, context.now);
  const users = userService(context.db.models, context.now, sessionRegistry(context.db.connection), limits);

  router.get('/', permit(context, 'user:manage'), async (_request, response) => {
    response.json({ items: await users.list() });
  });

  router.post('/', permit(context, 'user:manage'), ...endpoint({ body: UserCreateSchema }, async ({ body }, request, response) => {
    response.status(201).json({ user: await users.create(actorOf(request), body, requestLanguage(request), request) });
  }));

  router.patch('/:id', permit(context, 'user:manage'), ...endpoint({ params: IdParams, body: UserUpdateSchema }, async ({ params, body }, request, response) => {
    response.json({ user: await users.update(actorOf(request), params.id, body, requestLanguage(request), request) });
  }));

  router.get('/:id/sessions', permit(context, 'user:manage'), ...endpoint({ params: IdParams }, async ({ params }, _request, response) => {
    response.json({ items: await users.sessions(params.id) });
  }));

  router.delete('/:id/sessions', permit(context, 'user:manage'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    response.json(await users.endSessions(actorOf(request), params.id, undefined, request));
  }));

  router.delete('/:id/sessions/:session', permit(context, 'user:manage'), ...endpoint({ params: SessionParams }, async ({ params }, request, response) => {
    response.json(await users.endSessions(actorOf(request), params.id, params.session, request));
  }));

  return router;
}
