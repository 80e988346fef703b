import { Router, type Request, type RequestHandler, type Response } from 'express';
import { can } from '@shared/policies';
import type { AppContext } from '../context';
import { requestLanguage } from '../http/language';

/**
 * Liveness and store reachability for load balancers and monitoring; needs no login.
 * Anonymous callers learn only `ok` or `unavailable`; an admin (policy `health:details`)
 * also sees the engine, version and uptime.
 */
export function healthRoutes(context: AppContext): { anonymous: RequestHandler; detailed: Router } {
  async function answer(request: Request, response: Response, details: boolean) {
    const reachable = await context.db.isReachable();
    const facts = details ? { engine: context.db.engine, version: context.version, uptimeS: Math.round((Date.now() - context.startedAt) / 1000) } : {};
    if (!reachable) {
      const message = requestLanguage(request) === 'zh' ? '数据服务不可达，请检查数据库' : 'The database cannot be reached';
      response.status(503).json({ status: 'unavailable', ...facts, error: { id: 'store_unavailable', message } });
      return;
    }
    response.json({ status: 'ok', ...facts });
  }

  /**
   * Before the session middleware: a caller without a cookie (a load balancer) is answered
   * without touching the session store, so health still answers while the store is down.
   */
  const anonymous: RequestHandler = async (request, response, next) => {
    if (request.headers.cookie) {
      next();
      return;
    }
    await answer(request, response, false);
  };

  /** After the session middleware: details for a caller whose current account may see them. */
  const detailed = Router();
  detailed.get('/', async (request, response) => {
    const userId = request.session?.userId;
    const user = userId ? await context.db.models.User.findById(userId, { username: 1, role: 1, disabled: 1, sessionEpoch: 1 }).lean() : null;
    const current = user && !user.disabled && (user.sessionEpoch ?? 0) === (request.session.epoch ?? 0);
    await answer(request, response, Boolean(current && can({ id: String(user._id), username: user.username, role: user.role }, 'health:details')));
  });
  return { anonymous, detailed };
}
