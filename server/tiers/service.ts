import type { Request } from 'express';
import type { TierCandidatesQuery, TargetGapView, TierCandidateView, OverlapDecisionInput } from '@shared/api/tiers';
import type { CarrierRecord } from '@shared/carriers/record';
import { todayInChina, type IsoDate } from '@shared/dates';
import { dedupeNestedArea, nestingLinks, type DedupeResult } from '@shared/planner/dedupe';
import { evaluateProgress, type Target } from '@shared/planner';
import { regionAndDescendants } from '@shared/regions';
import { checkTier } from '@shared/tiers';
import { rankCandidates, wouldCount, type Candidate } from '@shared/tiers/candidates';
import { findOverlaps, type OverlapDecision, type OverlapPair } from '@shared/tiers/overlaps';
import { recordAudit } from '../audit/record';
import { actorOf, authorize } from '../auth/guards';
import type { CarrierService } from '../carriers/service';
import type { RegistrySnapshot } from '../carriers/snapshot';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import type { TargetService } from '../targets/service';
import type { ReportSource } from './reportSource';

const RECOGNITION_MEASURES = new Set(['recognitions', 'carriers_with_tier']);

/**
 * The tier check, upgrade candidates and the double-count guard, over the verified
 * registry. Statistics come through the report source; decisions on overlaps are stored in
 * `overlaps` and audited.
 */
export function tierService(context: AppContext, deps: { carriers: CarrierService; snapshot: RegistrySnapshot; targets: TargetService; reports: ReportSource }) {
  const { Overlap } = context.db.models;
  const today = () => todayInChina(new Date(context.now()));

  async function decisions(): Promise<OverlapDecision[]> {
    const stored = await Overlap.find({}, { status: 1 }).lean();
    return stored.map((decision) => ({ pairId: String(decision._id), status: decision.status as OverlapDecision['status'] }));
  }

  async function regionCarriers(region: string): Promise<readonly CarrierRecord[]> {
    const inside = new Set(regionAndDescendants(region));
    return (await deps.snapshot.verified()).filter((carrier) => inside.has(carrier.region));
  }

  async function overlapsIn(carriers: readonly CarrierRecord[], asOf: IsoDate): Promise<OverlapPair[]> {
    return findOverlaps(carriers, { asOf, maxDistanceM: context.config.overlapDistanceM, decisions: await decisions() });
  }

  // One de-duplicated list per snapshot array and set of confirmed pairs, so progress answers stay cached.
  const deduped = new WeakMap<readonly CarrierRecord[], { key: string; result: DedupeResult }>();

  return {
    /** The carrier's tier, the next one up and each criterion; its overlap flags beside. */
    async check(request: Request, carrierId: string, options: { asOf?: IsoDate | undefined; remoteArea?: boolean | undefined }) {
      const carrier = await deps.carriers.load(carrierId);
      await authorize(context, request, 'tier:check', carrier);
      const asOf = options.asOf ?? today();
      const report = await deps.reports.latestVerifiedReport(carrier.id, asOf);
      const check = checkTier({ carrier, asOf, ...(report ? { report } : {}), ...(options.remoteArea ? { remoteArea: true } : {}) });
      const overlaps = (await overlapsIn(await regionCarriers(carrier.region), asOf)).filter((pair) => pair.a.id === carrier.id || pair.b.id === carrier.id);
      return { carrier: { id: carrier.id, name: carrier.name, kind: carrier.kind, region: carrier.region }, check, overlaps };
    },

    /** Carriers closest to their next tier, and what they would do for the region's count targets. */
    async candidates(query: TierCandidatesQuery) {
      const asOf = query.asOf ?? today();
      const carriers = (await regionCarriers(query.region)).filter((carrier) => !query.kind || carrier.kind === query.kind);
      const reports = await deps.reports.latestVerifiedReports(carriers.map((carrier) => carrier.id), asOf);
      const ranked = rankCandidates(carriers, reports, asOf);
      const definitions = (await deps.targets.definitions()).filter((target) => target.region === query.region && RECOGNITION_MEASURES.has(target.measure));
      return { region: query.region, asOf, total: ranked.length, items: ranked.slice(0, query.limit).map(presentCandidate), targets: await targetGaps(definitions, query.region, ranked, asOf) };
    },

    async overlaps(region: string, asOf?: IsoDate) {
      const on = asOf ?? today();
      const items = await overlapsIn(await regionCarriers(region), on);
      return { region, asOf: on, maxDistanceM: context.config.overlapDistanceM, items, areaCountedOnceM2: items.reduce((sum, pair) => sum + pair.areaCountedOnceM2, 0) };
    },

    /** A planner confirms or dismisses a flagged pair; declared nestings are the managers' to change. */
    async decide(request: Request, pairId: string, input: OverlapDecisionInput) {
      const actor = actorOf(request);
      const [first, second] = pairId.split('~') as [string, string];
      const carriers = await deps.snapshot.verified();
      const a = carriers.find((carrier) => carrier.id === first);
      const b = carriers.find((carrier) => carrier.id === second);
      if (!a || !b) throw notFound({ zh: '重叠记录', en: 'Overlap' });
      const pair = (await overlapsIn(await regionCarriers(a.region), today())).find((candidate) => candidate.id === pairId);
      if (!pair) throw notFound({ zh: '重叠记录', en: 'Overlap' });
      if (pair.status === 'declared') throw conflict('overlap_declared', '这是载体自己申报的嵌套关系，请修改载体记录', 'This nesting is declared on the carrier record; change the record instead');
      const before = pair.status;
      const decidedAt = new Date(context.now());
      await Overlap.updateOne(
        { _id: pairId },
        { $set: { carrierIds: [first, second], region: a.region, status: input.decision, note: input.note, decidedBy: actor.id, decidedByName: actor.username, decidedAt } },
        { upsert: true },
      );
      await recordAudit(
        context.db.models,
        {
          action: input.decision === 'confirmed' ? 'overlap:confirm' : 'overlap:dismiss',
          outcome: 'success',
          actor,
          target: { type: 'overlap', id: pairId, label: `${a.name} / ${b.name}` },
          diff: [{ path: 'status', before, after: input.decision }],
          details: input.note ? { note: input.note } : undefined,
          request,
        },
        context.now,
      );
      const [updated] = (await overlapsIn([a, b], today())).filter((candidate) => candidate.id === pairId);
      return updated!;
    },

    /**
     * The carriers progress is computed on: every nested carrier's area counted once (the
     * one place this happens), with how much was de-duplicated and where.
     */
    async dedupedForPlanning(carriers: readonly CarrierRecord[]): Promise<DedupeResult> {
      const confirmed = (await decisions()).filter((decision) => decision.status === 'confirmed').map((decision) => decision.pairId.split('~') as [string, string]);
      const key = JSON.stringify(confirmed.sort());
      const known = deduped.get(carriers);
      if (known && known.key === key) return known.result;
      const result = dedupeNestedArea(carriers, nestingLinks(carriers, confirmed));
      deduped.set(carriers, { key, result });
      return result;
    },
  };

  async function targetGaps(definitions: Target[], region: string, ranked: Candidate[], asOf: IsoDate): Promise<TargetGapView[]> {
    if (definitions.length === 0) return [];
    const progress = evaluateProgress({ carriers: await regionCarriers(region), targets: definitions, asOf }).targets;
    return progress.map((target) => {
      const definition = definitions.find((candidate) => candidate.id === target.id)!;
      const needed = definition.comparator === 'more_than' ? target.threshold + 1 : target.threshold;
      const gap = Math.max(0, Math.ceil(needed - target.actual));
      const counting = ranked.filter((candidate) => wouldCount(candidate, definition.filter));
      const ready = counting.filter((candidate) => candidate.open === 0).length;
      const possible = counting.filter((candidate) => candidate.check.counts.unmet === 0 && candidate.open > 0).length;
      return { targetId: target.id, label: target.label, threshold: target.threshold, actual: target.actual, gap, ready, possible, closesGap: gap === 0 || ready >= gap };
    });
  }
}

function presentCandidate(candidate: Candidate): TierCandidateView {
  const { check } = candidate;
  return {
    carrier: candidate.carrier,
    current: check.current,
    next: check.next,
    ruleSet: check.ruleSet ? { id: check.ruleSet.id, documentNumber: check.ruleSet.documentNumber, name: check.ruleSet.name } : null,
    counts: check.counts,
    open: candidate.open,
    lacks: check.criteria.flatMap((criterion) => (criterion.lacks ? [criterion.lacks] : [])),
  };
}

export type TierService = ReturnType<typeof tierService>;
