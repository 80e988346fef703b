import { Router } from 'express';
import { z } from 'zod';
import type { DeduplicationView } from '@shared/api/tiers';
import type { CarrierRecord } from '@shared/carriers/record';
import type { DedupeResult } from '@shared/planner/dedupe';
import { todayInChina } from '@shared/dates';
import { compareScenarios, evaluateChain, evaluatePlan, evaluateProgress, evaluateScenario, TargetSchema, type Target, type TargetProgress } from '@shared/planner';
import { childRegions, findRegion, REGIONS, regionAndDescendants } from '@shared/regions';
import { actorOf, permit } from '../auth/guards';
import { answersPerSnapshot, type RegistrySnapshot } from '../carriers/snapshot';
import type { AppContext } from '../context';
import { badRequest, notFound, validationFailed } from '../http/errors';
import { requestLanguage } from '../http/language';
import { translate } from '@shared/validation/messages';
import { type CLOSING_MESSAGES } from '@shared/closings/messages';
import { endpoint } from '../http/endpoint';
import type { TargetService } from '../targets/service';
import type { ReportService } from '../reports/service';
import { areaPerCarrier, contributorAreaCache } from './freshness';
import type { TierService } from '../tiers/service';
import { withContributorCounts } from './contributorCounts';
import { ClosePeriodSchema } from '@shared/closings/schema';
import type { ClosingReply, ClosingView } from '@shared/api/closings';
import { closingViewOf, type ClosingService } from '../closings/service';
import type { PeriodClosingFields } from '../closings/model';
import { DrillDownQuerySchema, ProgressQuerySchema, ScenarioEvaluationSchema, type Basis, type DrillDownQuery } from './query';

const regionNotFound = () => notFound({ zh: '地区', en: 'Region' });

/** The `:id` of a region route is a region slug; an unknown one is a 404, not a 400. */
const RegionParams = z.object({ id: z.string() });
const TargetParams = RegionParams.extend({ targetId: z.string() });

function regionOf(params: { id: string }) {
  const region = findRegion(params.id);
  if (!region) throw regionNotFound();
  return region;
}

/**
 * Regions, their targets, progress against them, drill-down and what-if evaluation. Every
 * figure comes from the shared planner (shared/planner) run on the registry snapshot.
 */
export function regionRoutes(
  context: AppContext,
  snapshot: RegistrySnapshot,
  targets: TargetService,
  reports?: ReportService,
  tiers?: TierService,
  closings?: ClosingService,
): Router {
  const router = Router();
  const today = () => todayInChina(new Date(context.now()));
  const registryOn = (basis: Basis): Promise<readonly CarrierRecord[]> => (basis === 'reported' ? snapshot.reported() : snapshot.verified());
  // Every figure is computed with each square metre counted once (nested carriers inside their host).
  const dedupedOn = async (basis: Basis) => {
    const registry = await registryOn(basis);
    const result = tiers ? await tiers.dedupedForPlanning(registry) : { carriers: registry, deduplicated: { areaM2: 0, items: [] } };
    return { registry, ...result };
  };
  const carriersOn = async (basis: Basis): Promise<readonly CarrierRecord[]> => (await dedupedOn(basis)).carriers;
  // A morning of leaders opening the dashboard asks the same question of the same registry.
  const progressAnswers = answersPerSnapshot(32);
  const contributorAreas = contributorAreaCache(32);

  async function regionTargets(regionId: string): Promise<Target[]> {
    return (await targets.definitions()).filter((target) => target.region === regionId);
  }

  router.get('/', permit(context, 'target:read'), async (request, response) => {
    const [carriers, definitions] = await Promise.all([snapshot.verified(), targets.definitions()]);
    const carriersPerRegion = new Map<string, number>();
    for (const carrier of carriers) carriersPerRegion.set(carrier.region, (carriersPerRegion.get(carrier.region) ?? 0) + 1);
    response.json({
      items: REGIONS.map((region) => ({
        id: region.id,
        name: region.name,
        level: region.level,
        parent: region.parent,
        children: childRegions(region.id).map((child) => child.id),
        districts: region.districts,
        carrierCount: regionAndDescendants(region.id).reduce((sum, id) => sum + (carriersPerRegion.get(id) ?? 0), 0),
        targetCount: definitions.filter((target) => target.region === region.id).length,
      })),
    });
  });

  router.get('/:id/targets', permit(context, 'target:read'), ...endpoint({ params: RegionParams }, async ({ params }, _request, response) => {
    response.json({ items: await targets.listForRegion(regionOf(params).id) });
  }));

  router.post('/:id/targets', permit(context, 'target:update'), ...endpoint({ params: RegionParams, body: TargetSchema }, async ({ params, body: target }, request, response) => {
    const actor = actorOf(request);
    if (target.region !== regionOf(params).id) {
      throw badRequest('region_mismatch', '目标的地区与网址中的地区不一致', 'The target’s region differs from the region in the URL');
    }
    response.status(201).json({ target: await targets.create(actor, target, request) });
  }));

  /** The region's carriers as the shared planner takes them, so the browser can recompute scenarios. */
  router.get('/:id/carriers', permit(context, 'progress:read'), ...endpoint({ params: RegionParams, query: ProgressQuerySchema.pick({ basis: true }) }, async ({ params, query: { basis } }, _request, response) => {
    const inside = new Set(regionAndDescendants(regionOf(params).id));
    const carriers = (await carriersOn(basis)).filter((carrier) => inside.has(carrier.region));
    response.json({ basis, items: carriers });
  }));

  router.get('/:id/progress', permit(context, 'progress:read'), ...endpoint({ params: RegionParams, query: ProgressQuerySchema }, async ({ params, query }, _request, response) => {
    const region = regionOf(params);
    const asOf = query.asOf ?? today();
    const [{ registry, carriers, deduplicated }, definitions, closed] = await Promise.all([dedupedOn(query.basis), regionTargets(region.id), closings?.ofRegion(region.id) ?? []]);
    const cacheKey = JSON.stringify([region.id, asOf, query.basis, definitions, closed.map((closing) => closing.periodTo)]);
    const body = progressAnswers.get(carriers, cacheKey, () => {
      const plan = evaluatePlan({ carriers, targets: definitions, asOf });
      const withClosing = plan.progress.map((target) => ({ ...target, ...periodStateOf(target, asOf, closed, carriers) }));
      contributorAreas.set(carriers, cacheKey, plan.progress.map((progress) => areaPerCarrier(progress.contributors.ids(), carriers)));
      const chain = evaluateChain({ carriers, region: region.id, asOf });
      const deduplication = deduplicationIn(region.id, deduplicated, plan.progress, () => evaluateProgress({ carriers: registry, targets: definitions, asOf }).targets);
      return JSON.stringify(
        withContributorCounts({
          region: region.id,
          asOf,
          basis: query.basis,
          targets: withClosing,
          forecasts: plan.forecasts,
          chain: { ...chain },
          deduplication,
        }),
      );
    });
    if (!reports) {
      response.type('json').send(body);
      return;
    }
    // Freshness changes with the reports, not the registry, so it is added to the cached answer on each request.
    const areas =
      contributorAreas.get(carriers, cacheKey) ??
      evaluatePlan({ carriers, targets: definitions, asOf }).progress.map((progress) => areaPerCarrier(progress.contributors.ids(), carriers));
    const freshness = await reports.targetFreshness(areas, carriers);
    const answer = JSON.parse(body) as { targets: Record<string, unknown>[] };
    answer.targets = answer.targets.map((target, index) => ({ ...target, freshness: freshness[index] ?? null }));
    response.json(answer);
  }));

  /**
   * Closes a plan period: the final figures of every target of the region ending on
   * `periodTo`, evaluated at that day on verified records as the dashboard counts them, are
   * frozen. Only after the period has ended; once per period.
   */
  router.post('/:id/closings', permit(context, 'period:close'), ...endpoint({ params: RegionParams, body: ClosePeriodSchema }, async ({ params, body }, request, response) => {
    if (!closings) throw notFound({ zh: '关账功能', en: 'Closing' });
    const region = regionOf(params);
    const ending = (await regionTargets(region.id)).filter((target) => target.period.to === body.periodTo);
    const refuse = (code: keyof typeof CLOSING_MESSAGES) => validationFailed([{ path: 'periodTo', code, message: translate(code, requestLanguage(request)) }]);
    if (ending.length === 0) throw refuse('closing.periodTo.noTargets');
    if (today() <= body.periodTo) throw refuse('closing.periodTo.notEnded');
    const { carriers } = await dedupedOn('verified');
    const { progress } = evaluatePlan({ carriers, targets: ending, asOf: body.periodTo });
    const closing = await closings.close(actorOf(request), region.id, body.periodTo, body.note, progress, request);
    const reply: ClosingReply = {
      closing: {
        region: closing.region,
        periodTo: closing.periodTo,
        closedAt: closing.closedAt.toISOString(),
        closedBy: closing.closedByName ?? closing.closedBy,
        targets: closing.figures.map(({ targetId, figure, status }) => ({ targetId, figure, status })),
      },
    };
    response.status(201).json(reply);
  }));

  router.get('/:id/progress/:targetId/contributors', permit(context, 'progress:read'), ...endpoint({ params: TargetParams, query: DrillDownQuerySchema }, async ({ params, query }, _request, response) => {
    const region = regionOf(params);
    const asOf = query.asOf ?? today();
    const target = (await regionTargets(region.id)).find((candidate) => candidate.id === params.targetId);
    if (!target) throw notFound({ zh: '目标', en: 'Target' });
    const carriers = await carriersOn(query.basis);
    const [progress] = evaluatePlan({ carriers, targets: [target], asOf }).progress;
    const ids = contributorsOf(progress!, query);
    response.json({ target: target.id, asOf, basis: query.basis, ...describeContributors(ids, carriers) });
  }));

  router.post('/:id/scenarios/evaluate', permit(context, 'scenario:read'), ...endpoint({ params: RegionParams, body: ScenarioEvaluationSchema }, async ({ params, body }, _request, response) => {
    const region = regionOf(params);
    if (body.scenario.region !== region.id || (body.against && body.against.region !== region.id)) {
      throw badRequest('region_mismatch', '方案的地区与网址中的地区不一致', 'The scenario’s region differs from the region in the URL');
    }
    const asOf = body.asOf ?? today();
    const [carriers, definitions] = await Promise.all([carriersOn(body.basis), regionTargets(region.id)]);
    const input = { carriers, targets: definitions, asOf, ...(body.weights ? { weights: body.weights } : {}) };
    const result = evaluateScenario({ ...input, scenario: body.scenario });
    const against = evaluateScenario({ ...input, scenario: body.against ?? { name: 'baseline', region: region.id, edits: [] } });
    response.json(withContributorCounts({ asOf, basis: body.basis, result, against, comparison: compareScenarios(against, result) }));
  }));

  return router;
}

/** The ids behind the chosen number: the whole value, one year, or one breakdown cell. */
function contributorsOf(progress: TargetProgress, query: DrillDownQuery): string[] {
  if (query.dimension) {
    const cell = progress.breakdowns[query.dimension].find((candidate) => candidate.key === query.key);
    return cell ? cell.contributors.ids() : [];
  }
  if (query.year !== undefined) {
    const point = progress.series.find((candidate) => candidate.year === query.year);
    return point ? point.contributors.ids() : [];
  }
  return progress.contributors.ids();
}

/** Resolves `carrierId[:phaseOrRecognitionId]` into the carriers a person can click through to. */
function describeContributors(ids: string[], carriers: readonly CarrierRecord[]) {
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  const items = ids.flatMap((ref) => {
    const [carrierId, partId] = ref.split(':') as [string, string | undefined];
    const carrier = byId.get(carrierId);
    if (!carrier) return [];
    const phase = partId ? carrier.phases.find((candidate) => candidate.id === partId) : undefined;
    const recognition = partId ? carrier.recognitions.find((candidate) => candidate.id === partId) : undefined;
    return [
      {
        ref,
        carrierId,
        name: carrier.name,
        kind: carrier.kind,
        region: carrier.region,
        district: carrier.district ?? null,
        phase: phase ? { id: phase.id, label: phase.label, incubationAreaM2: phase.incubationAreaM2 ?? null, floorAreaM2: phase.floorAreaM2 ?? null, status: phase.status, openedOn: phase.openedOn ?? null, constructionStartedOn: phase.constructionStartedOn ?? null, plannedOpeningOn: phase.plannedOpeningOn ?? null } : null,
        recognition: recognition ? { id: recognition.id, tier: recognition.tier, year: recognition.year } : null,
      },
    ];
  });
  return { count: items.length, items };
}


/**
 * How much area the region's figures counted once, where, and by how much each target's
 * actual is lower than it would be with the nested carriers counted twice.
 */
function deduplicationIn(regionId: string, deduplicated: DedupeResult['deduplicated'], progress: readonly TargetProgress[], withoutDedupe: () => readonly TargetProgress[]): DeduplicationView {
  const inside = new Set(regionAndDescendants(regionId));
  const items = deduplicated.items.filter((item) => inside.has(item.region));
  const byTarget: Record<string, number> = {};
  if (items.length > 0) {
    const before = new Map(withoutDedupe().map((target) => [target.id, target.actual]));
    for (const target of progress) {
      const difference = (before.get(target.id) ?? target.actual) - target.actual;
      if (Math.abs(difference) > 1e-9) byTarget[target.id] = difference;
    }
  }
  return { areaM2: items.reduce((sum, item) => sum + item.areaM2, 0), items, byTarget };
}

/**
 * Whether a target's period has ended at as-of (its figures are then final) and, once a
 * planner closed it, the frozen figure with any correction since.
 */
function periodStateOf(target: TargetProgress, asOf: string, closed: readonly PeriodClosingFields[], carriers: readonly CarrierRecord[]): { periodClosed: boolean; closing?: ClosingView } {
  const periodClosed = asOf >= target.period.to;
  const closing = periodClosed ? closed.find((candidate) => candidate.periodTo === target.period.to) : undefined;
  const view = closing ? closingViewOf(closing, target, carriers) : undefined;
  return view ? { periodClosed, closing: view } : { periodClosed };
}
