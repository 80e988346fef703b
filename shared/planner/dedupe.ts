import type { CarrierRecord } from '../carriers/record';
import { phaseFields } from '../carriers/fields/phase';

/** A carrier whose area is counted inside another's: declared (hostCarrierId) or a confirmed overlap. */
export interface NestingLink {
  nestedId: string;
  hostId: string;
  source: 'declared' | 'confirmed';
}

export interface DedupedCarrier {
  carrierId: string;
  name: string;
  region: string;
  hostId: string;
  hostName: string;
  source: NestingLink['source'];
  /** Incubation area of the nested carrier's phases that is no longer counted on its own. */
  areaM2: number;
}

export interface DedupeResult {
  carriers: CarrierRecord[];
  deduplicated: { areaM2: number; items: DedupedCarrier[] };
}

const totalArea = (carrier: CarrierRecord) => carrier.phases.reduce((sum, phase) => sum + (phase.incubationAreaM2 ?? 0), 0);

/**
 * The nesting links of a registry: every carrier that declares a host whose figure already
 * includes it (the default; `hostAreaExcludesThis` says otherwise), and for each confirmed
 * overlap the smaller of the two inside the larger.
 */
export function nestingLinks(carriers: readonly CarrierRecord[], confirmedPairs: ReadonlyArray<readonly [string, string]> = []): NestingLink[] {
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  const links: NestingLink[] = [];
  for (const carrier of carriers) {
    if (!carrier.hostCarrierId || carrier.hostAreaExcludesThis || carrier.hostCarrierId === carrier.id) continue;
    if (byId.has(carrier.hostCarrierId)) links.push({ nestedId: carrier.id, hostId: carrier.hostCarrierId, source: 'declared' });
  }
  const declared = new Set(links.map((link) => link.nestedId));
  for (const [first, second] of confirmedPairs) {
    const a = byId.get(first);
    const b = byId.get(second);
    if (!a || !b || a.id === b.id) continue;
    const [smaller, larger] = totalArea(a) <= totalArea(b) ? [a, b] : [b, a];
    if (!declared.has(smaller.id)) links.push({ nestedId: smaller.id, hostId: larger.id, source: 'confirmed' });
  }
  return links;
}

/**
 * Counts each square metre once, before any progress is computed: a nested carrier's
 * phases keep their dates but lose their area (incubation and floor), because the host's
 * figure holds it. A link that would close a cycle (A in B, B in A) is ignored, so no area
 * disappears altogether. Returns the carriers to plan on and how much was de-duplicated,
 * and where. Carriers without links are passed through as the same objects.
 */
export function dedupeNestedArea(carriers: readonly CarrierRecord[], links: readonly NestingLink[]): DedupeResult {
  if (links.length === 0) return { carriers: [...carriers], deduplicated: { areaM2: 0, items: [] } };
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  const hostOf = new Map<string, NestingLink>();
  for (const link of links) {
    if (hostOf.has(link.nestedId) || !byId.has(link.hostId) || !byId.has(link.nestedId)) continue;
    // Walking up from the host must not come back to the nested carrier.
    let cursor: string | undefined = link.hostId;
    let cycle = false;
    while (cursor) {
      if (cursor === link.nestedId) {
        cycle = true;
        break;
      }
      cursor = hostOf.get(cursor)?.hostId;
    }
    if (!cycle) hostOf.set(link.nestedId, link);
  }
  const items: DedupedCarrier[] = [];
  const result = carriers.map((carrier) => {
    const link = hostOf.get(carrier.id);
    if (!link) return carrier;
    const areaM2 = totalArea(carrier);
    const host = byId.get(link.hostId)!;
    items.push({ carrierId: carrier.id, name: carrier.name, region: carrier.region, hostId: host.id, hostName: host.name, source: link.source, areaM2 });
    return {
      ...carrier,
      phases: carrier.phases.map(withoutArea),
    };
  });
  return { carriers: result, deduplicated: { areaM2: items.reduce((sum, item) => sum + item.areaM2, 0), items } };
}

/** Every area the phase table declares (incubation, floor, any added later), so none is counted twice. */
const PHASE_AREA_FIELDS = Object.entries(phaseFields)
  .filter(([, field]) => field.diff === 'area')
  .map(([name]) => name);

/** A nested carrier's phase as the plan counts it: its dates and status, its area inside the host's. */
function withoutArea<P extends object>(phase: P): P {
  const zeroed: Record<string, unknown> = { ...(phase as Record<string, unknown>) };
  for (const name of PHASE_AREA_FIELDS) if (zeroed[name] !== undefined) zeroed[name] = 0;
  return zeroed as P;
}

