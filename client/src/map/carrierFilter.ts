import type { MapCarrierProperties } from '@shared/carriers/geojson';
import {
  CARRIER_KINDS,
  INDUSTRIES,
  PHASE_STATUSES,
  TIERS,
  tierAtLeast,
  type CarrierKind,
  type Industry,
  type PhaseStatus,
  type Tier,
} from '@shared/carriers/vocabulary';
import { regionAndDescendants, REGION_IDS } from '@shared/regions';

/**
 * The map's filters, named and shaped like the API's query (shared/carriers/query.ts) so the
 * same URL parameters select the same carriers in the browser and on the server.
 */
export interface CarrierFilters {
  region: string | null;
  /** District ids within `region` (ids repeat across regions, e.g. hitech). */
  district: string[];
  kind: CarrierKind[];
  minTier: Tier | null;
  status: PhaseStatus[];
  industry: Industry[];
  q: string;
}

export const NO_FILTERS: CarrierFilters = { region: null, district: [], kind: [], minTier: null, status: [], industry: [], q: '' };

export function hasActiveFilters(filters: CarrierFilters): boolean {
  return Object.keys(toQuery(filters)).length > 0;
}

/**
 * The server's rules, applied in the browser so filters answer instantly at 20,000 carriers:
 * lists match any of their values, minTier looks at recognitions up to the current year,
 * q matches part of the name regardless of case.
 */
export function carrierMatcher(filters: CarrierFilters, currentYear: number): (carrier: MapCarrierProperties) => boolean {
  const regions = filters.region ? new Set(regionAndDescendants(filters.region)) : null;
  const districts = new Set(filters.district);
  const kinds = new Set(filters.kind);
  const statuses = new Set(filters.status);
  const industries = new Set<string>(filters.industry);
  const minTier = filters.minTier;
  const needle = filters.q.trim().toLowerCase();
  return (carrier) => {
    if (regions && !regions.has(carrier.region)) return false;
    if (districts.size && (!carrier.district || !districts.has(carrier.district))) return false;
    if (kinds.size && !kinds.has(carrier.kind)) return false;
    if (industries.size && !carrier.industries.some((industry) => industries.has(industry))) return false;
    if (statuses.size && !carrier.phases.some((phase) => statuses.has(phase.s))) return false;
    if (minTier && !carrier.rec.some(([year, tier]) => year <= currentYear && tierAtLeast(tier, minTier))) return false;
    if (needle && !carrier.name.toLowerCase().includes(needle)) return false;
    return true;
  };
}

/** The API query for these filters (multi-valued ones comma-separated). */
export function toQuery(filters: CarrierFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.region) query.region = filters.region;
  if (filters.district.length) query.district = filters.district.join(',');
  if (filters.kind.length) query.kind = filters.kind.join(',');
  if (filters.minTier) query.minTier = filters.minTier;
  if (filters.status.length) query.status = filters.status.join(',');
  if (filters.industry.length) query.industry = filters.industry.join(',');
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part): part is T => (allowed as readonly string[]).includes(part));
}

/** Reads filters from a URL, ignoring values the vocabulary does not know. */
export function fromSearchParams(params: URLSearchParams): CarrierFilters {
  const region = params.get('region');
  const minTier = params.get('minTier');
  return {
    region: region && REGION_IDS.includes(region) ? region : null,
    district: region ? (params.get('district') ?? '').split(',').map((part) => part.trim()).filter(Boolean) : [],
    kind: listOf(params.get('kind'), CARRIER_KINDS),
    minTier: minTier && (TIERS as readonly string[]).includes(minTier) ? (minTier as Tier) : null,
    status: listOf(params.get('status'), PHASE_STATUSES),
    industry: listOf(params.get('industry'), INDUSTRIES),
    q: params.get('q') ?? '',
  };
}
