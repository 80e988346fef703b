import { Router } from 'express';
import { ScenarioListQuerySchema, ScenarioSaveSchema } from '@shared/api/scenarios';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { IdParams } from '../http/validate';
import { scenarioService } from './service';

/** Planners' saved what-if scenarios (evaluated at /api/regions/:id/scenarios/evaluate). */
export function scenarioRoutes(context: AppContext): Router {
  const router = Router();
  const scenarios = scenarioService(context);

  router.get('/', permit(context, 'scenario:read'), ...endpoint({ query: ScenarioListQuerySchema }, async ({ query }, _request, response) => {
    response.json({ items: await scenarios.list(query.region) });
  }));

  router.get('/:id', permit(context, 'scenario:read'), ...endpoint({ params: IdParams }, async ({ params }, _request, response) => {
    response.json({ scenario: await scenarios.get(params.id) });
  }));

  router.post('/', permit(context, 'scenario:write'), ...endpoint({ body: ScenarioSaveSchema }, async ({ body }, request, response) => {
    response.status(201).json({ scenario: await scenarios.saveScenario(actorOf(request), body.scenario, request) });
  }));

  router.put('/:id', permit(context, 'scenario:write'), ...endpoint({ params: IdParams, body: ScenarioSaveSchema }, async ({ params, body }, request, response) => {
    response.json({ scenario: await scenarios.updateScenario(actorOf(request), params.id, body.scenario, body.version, request) });
  }));

  router.delete('/:id', permit(context, 'scenario:write'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    await scenarios.deleteScenario(actorOf(request), params.id, request);
    response.status(204).end();
  }));

  return router;
}
