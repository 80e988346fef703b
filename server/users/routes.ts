import { Router } from 'express';
import { UserCreateSchema, UserUpdateSchema, type UserCreate, type UserUpdate } from '@shared/accounts/schema';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { badRequest } from '../http/errors';
import { requestLanguage } from '../http/language';
import { validateBody, validateIdParam } from '../http/validate';
import { sessionRegistry } from '../auth/sessionRegistry';
import { userService } from './service';

export function userRoutes(context: AppContext): Router {
  const router = Router();
  const users = userService(context.db.models, context.now, sessionRegistry(context.db.connection));

  router.get('/', permit(context, 'user:manage'), async (request, response) => {
    response.json({ items: await users.list() });
  });

  router.post('/', permit(context, 'user:manage'), validateBody(UserCreateSchema), async (request, response) => {
    const actor = actorOf(request);
    response.status(201).json({ user: await users.create(actor, request.body as UserCreate, requestLanguage(request), request) });
  });

  router.patch('/:id', permit(context, 'user:manage'), validateIdParam, validateBody(UserUpdateSchema), async (request, response) => {
    const actor = actorOf(request);
    response.json({ user: await users.update(actor, request.params.id as string, request.body as UserUpdate, requestLanguage(request), request) });
  });

  router.get('/:id/sessions', permit(context, 'user:manage'), validateIdParam, async (request, response) => {
    response.json({ items: await users.sessions(request.params.id as string) });
  });

  router.delete('/:id/sessions', permit(context, 'user:manage'), validateIdParam, async (request, response) => {
    response.json(await users.endSessions(actorOf(request), request.params.id as string, undefined, request));
  });

  router.delete('/:id/sessions/:session', permit(context, 'user:manage'), validateIdParam, async (request, response) => {
    const handle = String(request.params.session);
    if (!/^[A-Za-z0-9_-]{22}$/.test(handle)) throw badRequest('invalid_session', '会话编号格式不正确', 'Malformed session id');
    response.json(await users.endSessions(actorOf(request), request.params.id as string, handle, request));
  });

  return router;
}
