import { Router } from 'express';
import { LoginSchema } from '@shared/accounts/schema';
import type { LockoutList } from '@shared/api/auth';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { AppError, notFound } from '../http/errors';
import { IdParams } from '../http/validate';
import { newCsrfToken } from './csrf';
import { deviceCookies } from './deviceCookie';
import { actorOf, permit, requireAuth } from './guards';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { addressOf, loginLimits, type LoginSource } from './rateLimits';
import { sessionRegistry } from './sessionRegistry';

const loginFailed = () =>
  new AppError(401, 'invalid_credentials', { zh: '用户名或密码不正确', en: 'Wrong username or password' });

export function authRoutes(context: AppContext): Router {
  const router = Router();
  const { User } = context.db.models;
  const signedIn = requireAuth(context);
  const registry = sessionRegistry(context.db.connection);
  const limits = loginLimits(context.db.connection, context.config.loginLimits, context.now);
  const devices = deviceCookies(context);
  const cookieName = context.config.trustProxy !== false ? '__Host-planner.sid' : 'planner.sid';

  router.post('/login', ...endpoint({ body: LoginSchema }, async ({ body }, request, response) => {
    // The schema has normalised the name: `ＡＤＭＩＮ ` is `admin`, for the lookup and the limits alike.
    const { username, password } = body;
    const source: LoginSource = { account: username, address: addressOf(request), device: devices.handleFor(request, username) };
    const attempt = await limits.begin(source);
    let user;
    try {
      user = await User.findOne({ username });
      const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
      if (!user || !passwordOk || user.disabled) {
        await attempt.failed();
        await recordAudit(
          context.db.models,
          { action: 'auth:login', outcome: 'refused', actor: user ? { id: user.id, username: user.username } : null, details: { username }, request },
          context.now,
        );
        throw loginFailed();
      }
      await attempt.succeeded();
    } finally {
      await attempt.abandon();
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
      epoch: user.sessionEpoch ?? 0,
      device: request.get('User-Agent')?.slice(0, 200),
      ip: request.ip,
    });
    await new Promise<void>((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
    devices.issue(request, response, user.username);
    await recordAudit(context.db.models, { action: 'auth:login', outcome: 'success', actor: { id: user.id, username: user.username }, request }, context.now);
    response.json({ user: presentSessionUser(user) });
  }));

  router.post('/logout', signedIn, async (request, response) => {
    const actor = actorOf(request);
    await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
    await recordAudit(context.db.models, { action: 'auth:logout', outcome: 'success', actor, request }, context.now);
    response.clearCookie(cookieName, { path: '/' });
    response.status(204).end();
  });

  /** The caller's own sessions (device, last seen), this one marked current. */
  router.get('/sessions', signedIn, async (request, response) => {
    response.json({ items: await registry.list(actorOf(request).id, request.sessionID) });
  });

  /** Signs the caller out on every device, this one included. */
  router.post('/logout-everywhere', signedIn, async (request, response) => {
    const actor = actorOf(request);
    await User.updateOne({ _id: actor.id }, { $inc: { sessionEpoch: 1 } });
    const ended = await registry.endAll(actor.id);
    await recordAudit(context.db.models, { action: 'auth:logoutEverywhere', outcome: 'success', actor, details: { sessionsEnded: ended }, request }, context.now);
    // The store's copy is gone; drop the in-memory one too so nothing writes it back.
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    response.clearCookie(cookieName, { path: '/' });
    response.status(204).end();
  });

  router.get('/session', async (request, response) => {
    const userId = request.session?.userId;
    const user = userId ? await User.findById(userId) : null;
    if (!user || user.disabled || (user.sessionEpoch ?? 0) !== (request.session.epoch ?? 0)) {
      response.json({ user: null, csrfToken: null, demo: context.demo });
      return;
    }
    // The map draws raster tiles only when an operator configured a tile server.
    response.json({ user: presentSessionUser(user), csrfToken: request.session.csrfToken, demo: null, tileUrl: context.config.tileUrl });
  });

  /** Accounts and addresses backed off by the login limits, with when each may try again. */
  router.get('/lockouts', signedIn, permit(context, 'auth:lockouts'), async (_request, response) => {
    const list: LockoutList = await limits.lockouts(context.db.models);
    response.json(list);
  });

  /** Clears an account's failed sign-ins everywhere, so its user may try again at once. */
  router.delete('/lockouts/:id', signedIn, permit(context, 'auth:unlock'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    const user = await User.findById(params.id, { username: 1 }).lean();
    if (!user) throw notFound({ zh: '用户', en: 'User' });
    const cleared = await limits.unlock(user.username);
    await recordAudit(
      context.db.models,
      { action: 'auth:unlock', outcome: 'success', actor: actorOf(request), target: { type: 'user', id: params.id, label: user.username }, details: { countersCleared: cleared }, request },
      context.now,
    );
    response.json({ cleared });
  }));

  return router;
}

function presentSessionUser(user: { id: string; username: string; displayName: string; role: string }) {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
