import { Router } from 'express';
import { LoginSchema } from '@shared/accounts/schema';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../http/errors';
import { validateBody } from '../http/validate';
import { newCsrfToken } from './csrf';
import { requireAuth } from './guards';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { loginRateLimits } from './rateLimits';

const loginFailed = () =>
  new AppError(401, 'invalid_credentials', { zh: '用户名或密码不正确', en: 'Wrong username or password' });

export function authRoutes(context: AppContext): Router {
  const router = Router();
  const { User } = context.db.models;

  router.post('/login', validateBody(LoginSchema), ...loginRateLimits(context), async (request, response) => {
    const { username, password } = request.body as { username: string; password: string };
    const user = await User.findOne({ username: username.toLowerCase() });
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !passwordOk || user.disabled) {
      await recordAudit(
        context.db.models,
        { action: 'auth:login', outcome: 'refused', actor: user ? { id: user.id, username: user.username } : null, details: { username }, request },
        context.now,
      );
      throw loginFailed();
    }
    // A new session id at login defeats session fixation (ASVS 7.2.4).
    await new Promise<void>((resolve, reject) => request.session.regenerate((error) => (error ? reject(error) : resolve())));
    const now = context.now();
    Object.assign(request.session, {
      userId: user.id,
      username: user.username,
      role: user.role,
      csrfToken: newCsrfToken(),
      createdAt: now,
      lastSeenAt: now,
    });
    await new Promise<void>((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
    await recordAudit(context.db.models, { action: 'auth:login', outcome: 'success', actor: { id: user.id, username: user.username }, request }, context.now);
    response.json({ user: presentSessionUser(user) });
  });

  router.post('/logout', requireAuth, async (request, response) => {
    const actor = request.actor!;
    await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
    await recordAudit(context.db.models, { action: 'auth:logout', outcome: 'success', actor, request }, context.now);
    response.clearCookie(context.config.trustProxy !== false ? '__Host-planner.sid' : 'planner.sid', { path: '/' });
    response.status(204).end();
  });

  router.get('/session', async (request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    const userId = request.session?.userId;
    const user = userId ? await User.findById(userId) : null;
    if (!user || user.disabled) {
      response.json({ user: null, csrfToken: null, demo: context.demo });
      return;
    }
    // The map draws raster tiles only when an operator configured a tile server.
    response.json({ user: presentSessionUser(user), csrfToken: request.session.csrfToken, demo: null, tileUrl: context.config.tileUrl });
  });

  return router;
}

function presentSessionUser(user: { id: string; username: string; displayName: string; role: string }) {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
