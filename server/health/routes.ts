import { Router } from 'express';
import type { AppContext } from '../context';
import { requestLanguage } from '../http/language';

/** Liveness and store reachability for load balancers and monitoring; needs no login. */
export function healthRoutes(context: AppContext): Router {
  const router = Router();
  router.get('/', async (request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    const reachable = await context.db.isReachable();
    const uptimeS = Math.round((Date.now() - context.startedAt) / 1000);
    if (!reachable) {
      const message =
        requestLanguage(request) === 'zh' ? '数据服务不可达，请检查数据库' : 'The database cannot be reached';
      response.status(503).json({ status: 'unavailable', engine: context.db.engine, version: context.version, uptimeS, error: { id: 'store_unavailable', message } });
      return;
    }
    response.json({ status: 'ok', engine: context.db.engine, version: context.version, uptimeS });
  });
  return router;
}
