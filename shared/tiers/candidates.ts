import type { CarrierRecord } from '../carriers/record';
import { tierRank, type Tier } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';
import { checkTier } from './check';
import type { ReportFigures } from './figures';
import type { TierCheck } from './types';
import { isOpenOn } from '../carriers/derive';

export interface Candidate {
  carrier: Pick<CarrierRecord, 'id' | 'name' | 'kind' | 'region' | 'district'>;
  check: TierCheck;
  /** Criteria not shown to be met: unmet plus unknown (an unknown never counts as met). */
  open: number;
}

/**
 * Carriers in operation ranked by how close they are to their next tier: fewest criteria
 * not shown met (unmet + unknown) first, then fewest unmet, then most met. Carriers at the
 * top tier, or with no rule set for the next one, are left out.
 */
export function rankCandidates(carriers: readonly CarrierRecord[], reports: ReadonlyMap<string, ReportFigures>, asOf: IsoDate): Candidate[] {
  const candidates: Candidate[] = [];
  for (const carrier of carriers) {
    if (!carrier.phases.some((phase) => isOpenOn(phase, asOf))) continue;
    const report = reports.get(carrier.id);
    const check = checkTier(report ? { carrier, report, asOf } : { carrier, asOf });
    if (check.next === null || check.ruleSet === null) continue;
    const { id, name, kind, region, district } = carrier;
    candidates.push({ carrier: { id, name, kind, region, district }, check, open: check.counts.unmet + check.counts.unknown });
  }
  return candidates.sort(
    (a, b) => a.open - b.open || a.check.counts.unmet - b.check.counts.unmet || b.check.counts.met - a.check.counts.met || a.carrier.name.localeCompare(b.carrier.name, 'zh'),
  );
}

/** A count target over recognitions or tiers held, as the gap question needs it. */
export interface TierTargetFilter {
  kinds: readonly string[];
  minTier?: Tier;
  maxTier?: Tier;
}

/**
 * Whether recognising a candidate at its next tier would add one to a count target: its
 * kind is counted, the next tier lies in the target's range, and it does not already hold
 * a tier the target counts (a carrier counts once, 家).
 */
export function wouldCount(candidate: Candidate, filter: TierTargetFilter): boolean {
  const next = candidate.check.next;
  if (!next || !filter.kinds.includes(candidate.carrier.kind)) return false;
  const min = filter.minTier ? tierRank(filter.minTier) : 1;
  const max = filter.maxTier ? tierRank(filter.maxTier) : 4;
  const rank = tierRank(next);
  if (rank < min || rank > max) return false;
  const current = candidate.check.current;
  return current === null || tierRank(current) < min;
}
