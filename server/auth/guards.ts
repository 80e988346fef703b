import type { Request, RequestHandler } from 'express';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError, forbidden, unauthenticated } from '../http/errors';
import { type Action, type Actor, can, type OwnedRecord } from '@shared/policies';

const sessionEnded = () =>
  new AppError(401, 'session_ended', { zh: '您的账户已变更或已在其他地方退出，请重新登录', en: 'Your account changed or was signed out elsewhere; log in again' });

/**
 * Every /api route behind this needs a login. The session only names the user: their role,
 * whether they are still enabled and whether this session is still theirs (the epoch an
 * account change or "sign out everywhere" moves on) are read from the user on every request,
 * so an admin's change takes effect on the very next request of every session.
 */
export function requireAuth(context: AppContext): RequestHandler {
  const { User } = context.db.models;
  return async (request, response, next) => {
    const data = request.session;
    if (!data?.userId) {
      next(
        response.locals.sessionExpired
          ? new AppError(401, 'session_expired', { zh: '登录已过期，请重新登录', en: 'Your session has expired; log in again' })
          : unauthenticated(),
      );
      return;
    }
    const user = await User.findById(data.userId, { username: 1, role: 1, disabled: 1, sessionEpoch: 1 }).lean();
    if (!user || user.disabled || (user.sessionEpoch ?? 0) !== (data.epoch ?? 0)) {
      await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
      next(sessionEnded());
      return;
    }
    request.actor = { id: data.userId, username: user.username, role: user.role };
    next();
  };
}

export function actorOf(request: Request): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/**
 * Checks the policy for an action and, when refused, writes the refusal to the audit trail
 * (ASVS 16) before answering 403. Pass the loaded record for per-record rules.
 */
export async function authorize(context: AppContext, request: Request, action: Action, record?: OwnedRecord & { id?: string; name?: string }): Promise<Actor> {
  const actor = actorOf(request);
  if (can(actor, action, record)) return actor;
  await recordAudit(
    context.db.models,
    {
      action,
      outcome: 'refused',
      actor,
      target: record?.id ? { type: action.split(':')[0]!, id: record.id, label: record.name } : undefined,
      details: { method: request.method, path: request.originalUrl, role: actor.role },
      request,
    },
    context.now,
  );
  const ownership = record && actor.role === 'manager';
  throw ownership
    ? forbidden('not_owner', '您只能修改自己负责的载体', 'You can only change carriers you own')
    : forbidden('forbidden', '您的角色无权执行此操作', 'Your role is not allowed to do this');
}

/** Route-level check for actions that do not depend on a record. */
export function permit(context: AppContext, action: Action): RequestHandler {
  return async (request, _response, next) => {
    await authorize(context, request, action);
    next();
  };
}
