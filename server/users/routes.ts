import { Router } from 'express';
import { UserCreateSchema, UserUpdateSchema, type UserCreate, type UserUpdate } from '@shared/accounts/schema';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { requestLanguage } from '../http/language';
import { validateBody, validateIdParam } from '../http/validate';
import { userService } from './service';

export function userRoutes(context: AppContext): Router {
  const router = Router();
  const users = userService(context.db.models, context.now);

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

  return router;
}
