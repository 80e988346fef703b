import type { Request, RequestHandler } from 'express';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError, forbidden, unauthenticated } from '../http/errors';
import { can, type Action, type OwnedRecord } from '../policies';
import type { Actor } from '../users/roles';

/** Every /api route behind this needs a login; the session names the caller. */
export const requireAuth: RequestHandler = (request, response, next) => {
  const data = request.session;
  if (!data?.userId || !data.role || !data.username) {
    next(
      response.locals.sessionExpired
        ? new AppError(401, 'session_expired', { zh: '登录已过期，请重新登录', en: 'Your session has expired; log in again' })
        : unauthenticated(),
    );
    return;
  }
  request.actor = { id: data.userId, username: data.username, role: data.role };
  next();
};

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
