import express, { Router } from 'express';
import { requireCsrfToken } from './auth/csrf';
import { requireAuth } from './auth/guards';
import { authRoutes } from './auth/routes';
import { sessionMiddleware, sessionTimeouts } from './auth/sessions';
import { auditRoutes } from './audit/routes';
import { carrierCommands } from './carriers/commands';
import { carrierGeojsonRoute, carrierRoutes } from './carriers/routes';
import { carrierService } from './carriers/service';
import { registrySnapshot } from './carriers/snapshot';
import { transferRoutes } from './carriers/transfer/routes';
import { changeRoutes } from './changes/routes';
import { changeService } from './changes/service';
import type { AppContext } from './context';
import { healthRoutes } from './health/routes';
import { clientApp } from './http/clientApp';
import { apiNotFound, errorHandler } from './http/errorHandler';
import { requestLogging } from './http/logging';
import { securityHeaders } from './http/security';
import { regionRoutes } from './regions/routes';
import { closingService } from './closings/service';
import { carrierReportRoutes, reportingRoutes } from './reports/routes';
import { reportService } from './reports/service';
import { scenarioRoutes } from './scenarios/routes';
import { targetRoutes } from './targets/routes';
import { targetService } from './targets/service';
import { collectionReportSource } from './tiers/reportSource';
import { overlapRoutes, ruleRoutes, tierCandidateRoutes, tierCheckRoutes } from './tiers/routes';
import { tierService } from './tiers/service';
import { userRoutes } from './users/routes';

/** JSON bodies above this are refused with 413; an import file has its own, larger limit. */
export const JSON_BODY_LIMIT = '1mb';

/**
 * The whole HTTP application: /api (JSON) and the built client from one origin. Reads like
 * the request's path through it: logging → headers → body → session → auth → routes.
 */
export function createApp(context: AppContext) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', context.config.trustProxy);
  app.set('query parser', 'simple');

  app.use(requestLogging(context.logger));
  app.use(securityHeaders(context.config.tileUrl));

  const api = Router();
  api.use(noStoreByDefault);
  api.use(express.json({ limit: JSON_BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }));
  const health = healthRoutes(context);
  api.get('/health', health.anonymous);
  api.use(sessionMiddleware(context), sessionTimeouts(context), requireCsrfToken);
  api.use('/health', health.detailed);
  api.use('/auth', authRoutes(context));
  // Per mount rather than for all of /api, so an unknown endpoint is a 404 for everyone.
  const signedIn = requireAuth(context);
  for (const [path, routes] of protectedRoutes(context)) api.use(path, signedIn, routes);
  api.use(apiNotFound);

  app.use('/api', api);
  app.use(clientApp(context.config.clientDir));
  app.use(errorHandler);
  return app;
}

/**
 * API answers carry personal or unpublished data (users, the audit trail with addresses,
 * pending changes, the registry): no cache, shared or private, keeps them. A route whose
 * answer may be kept says so itself (the GeoJSON revalidates with its ETag).
 */
const noStoreByDefault: express.RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};

/** Every resource behind the login, by mount path, in matching order. */
function protectedRoutes(context: AppContext): [string, Router][] {
  const carriers = carrierService(context);
  const snapshot = registrySnapshot(context.db.models);
  const reports = reportService(context, carriers, snapshot);
  const changes = changeService(context, carriers, reports);
  const commands = carrierCommands(context, carriers, changes);
  const targets = targetService(context);
  const tiers = tierService(context, { carriers, snapshot, targets, reports: collectionReportSource(context.db.connection) });
  return [
    ['/carriers.geojson', carrierGeojsonRoute(context, carriers)],
    // Before the record routes, so /carriers/export is not taken for an id.
    ['/carriers', transferRoutes(context, carriers, changes)],
    ['/carriers', carrierReportRoutes(context, reports)],
    ['/carriers', tierCheckRoutes(tiers)],
    ['/carriers', carrierRoutes(context, carriers, commands)],
    ['/changes', changeRoutes(context, { changes, carriers, commands })],
    ['/regions', regionRoutes(context, snapshot, targets, reports, tiers, closingService(context))],
    ['/reporting', reportingRoutes(context, reports)],
    ['/rules', ruleRoutes(context)],
    ['/tier-candidates', tierCandidateRoutes(context, tiers)],
    ['/checks', overlapRoutes(context, tiers)],
    ['/targets', targetRoutes(context, targets)],
    ['/scenarios', scenarioRoutes(context)],
    ['/users', userRoutes(context)],
    ['/audit', auditRoutes(context)],
  ];
}
