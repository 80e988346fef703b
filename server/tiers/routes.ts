import { Router } from 'express';
import {
  OverlapDecisionSchema,
  OverlapPairParamsSchema,
  OverlapsQuerySchema,
  RulesQuerySchema,
  TierCandidatesQuerySchema,
  TierCheckParamsSchema,
  TierCheckQuerySchema,
  type OverlapsResponse,
  type RulesResponse,
  type TierCandidatesResponse,
  type TierCheckResponse,
} from '@shared/api/tiers';
import { RULE_SETS } from '@shared/tiers';
import { permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import type { TierService } from './service';

/** `GET /api/rules`: the rule sets as data, or those in force on a date. */
export function ruleRoutes(context: AppContext): Router {
  const router = Router();
  router.get('/', permit(context, 'rules:read'), ...endpoint({ query: RulesQuerySchema }, ({ query }, _request, response) => {
    const { asOf } = query;
    const items = asOf ? RULE_SETS.filter((set) => set.effectiveFrom <= asOf && (!set.effectiveTo || asOf <= set.effectiveTo)) : [...RULE_SETS];
    response.json({ asOf: asOf ?? null, items } satisfies RulesResponse);
  }));
  return router;
}

/** `GET /api/carriers/:id/tier-check`: mounted before the record routes. */
export function tierCheckRoutes(tiers: TierService): Router {
  const router = Router();
  // The guard needs the record (a manager checks only carriers they own), so the service authorizes.
  router.get('/:id/tier-check', ...endpoint({ params: TierCheckParamsSchema, query: TierCheckQuerySchema }, async ({ params, query }, request, response) => {
    response.json((await tiers.check(request, params.id, query)) satisfies TierCheckResponse);
  }));
  return router;
}

/** `GET /api/tier-candidates`: the carriers closest to their next tier. */
export function tierCandidateRoutes(context: AppContext, tiers: TierService): Router {
  const router = Router();
  router.get('/', permit(context, 'tier:candidates'), ...endpoint({ query: TierCandidatesQuerySchema }, async ({ query }, _request, response) => {
    response.json((await tiers.candidates(query)) satisfies TierCandidatesResponse);
  }));
  return router;
}

/** `GET /api/checks/overlaps` and a planner's decision on a possible overlap (audited). */
export function overlapRoutes(context: AppContext, tiers: TierService): Router {
  const router = Router();
  router.get('/overlaps', permit(context, 'overlap:read'), ...endpoint({ query: OverlapsQuerySchema }, async ({ query }, _request, response) => {
    response.json((await tiers.overlaps(query.region, query.asOf)) satisfies OverlapsResponse);
  }));
  router.post('/overlaps/:pairId/decision', permit(context, 'overlap:review'), ...endpoint({ params: OverlapPairParamsSchema, body: OverlapDecisionSchema }, async ({ params, body }, request, response) => {
    response.json({ overlap: await tiers.decide(request, params.pairId, body) });
  }));
  return router;
}
