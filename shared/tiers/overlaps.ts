import type { CarrierRecord } from '../carriers/record';
import { openIncubationAreaM2 } from '../carriers/derive';
import type { IsoDate } from '../dates';

/** Default distance within which two carriers of one region may be the same building. */
export const DEFAULT_OVERLAP_DISTANCE_M = 100;

export type OverlapStatus = 'declared' | 'possible' | 'confirmed' | 'dismissed';

/** A planner's decision on a possible overlap, as stored. */
export interface OverlapDecision {
  pairId: string;
  status: 'confirmed' | 'dismissed';
}

export interface OverlapPair {
  /** `${smaller id}~${larger id}`: the same for both orders. */
  id: string;
  region: string;
  a: OverlapSide;
  b: OverlapSide;
  /** Metres between the two points; null when one has no location (a declared nesting). */
  distanceM: number | null;
  status: OverlapStatus;
  /** Why it was flagged: declared nesting, a shared building in the addresses, or shared words in the names. */
  reasons: Array<{ kind: 'declared' | 'address' | 'name'; token?: string }>;
  /** The area counted once instead of twice once the pair is declared or confirmed (0 otherwise). */
  areaCountedOnceM2: number;
  /** For a declared nesting whose host's figure excludes it: both count, nothing is de-duplicated. */
  hostAreaExcludesThis?: boolean;
}

export interface OverlapSide {
  id: string;
  name: string;
  kind: string;
  address: string | null;
  areaM2: number;
  /** For declared nesting: which side is hosted. */
  role?: 'host' | 'nested';
}

export const pairId = (first: string, second: string) => (first < second ? `${first}~${second}` : `${second}~${first}`);

/** Great-circle distance in metres (WGS-84 points). */
export function distanceM(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const ADMIN_PREFIX = /^(江苏省)?(苏州市)?(太仓市|昆山市|张家港市|常熟市)?/;
const BUILDING = /[\u4e00-\u9fa5A-Za-z0-9]{1,12}?(?:\d+号楼|\d+栋|\d+幢|\d+号|大厦|大楼|广场|中心)/g;

/** Building tokens in an address: "…路88号", "…大厦", "3号楼" (after the county prefix). */
export function buildingTokens(address: string | null | undefined): string[] {
  if (!address) return [];
  const plain = address.replace(/[\s，,。·()（）-]/g, '').replace(ADMIN_PREFIX, '');
  return [...new Set(plain.match(BUILDING) ?? [])].filter((token) => token.length >= 3);
}

const GENERIC = ['科技企业孵化器', '孵化器', '众创空间', '加速器', '创新园', '科技园', '产业园', '创业园', '孵化基地', '科技', '创新', '创业', '太仓', '昆山', '中心', '国际', '产业'];

/** The longest run of three or more characters two names share, once generic words are removed. */
export function sharedNameWord(first: string, second: string): string | null {
  const strip = (name: string) => GENERIC.reduce((rest, word) => rest.split(word).join('|'), name.replace(/[\s·()（）“”"-]/g, ''));
  const a = strip(first);
  const b = strip(second);
  let best = '';
  for (let i = 0; i < a.length; i += 1) {
    for (let j = i + 3; j <= a.length; j += 1) {
      const word = a.slice(i, j);
      if (word.includes('|')) break;
      if (word.length > best.length && b.includes(word)) best = word;
    }
  }
  return best.length >= 3 ? best : null;
}

function side(carrier: CarrierRecord, asOf: IsoDate, role?: OverlapSide['role']): OverlapSide {
  return { id: carrier.id, name: carrier.name, kind: carrier.kind, address: carrier.address ?? null, areaM2: openIncubationAreaM2(carrier.phases, asOf), ...(role ? { role } : {}) };
}

const CELL_DEGREES = 0.01;

/**
 * Declared nestings and possible overlaps among carriers: two carriers of the same region
 * within `maxDistanceM` whose addresses share a building or whose names share a distinctive
 * word. A planner's decision turns a possible pair into confirmed or dismissed. The area
 * counted once is the nested carrier's (declared), or the smaller of the two (confirmed).
 */
export function findOverlaps(
  carriers: readonly CarrierRecord[],
  options: { asOf: IsoDate; maxDistanceM?: number; decisions?: readonly OverlapDecision[] },
): OverlapPair[] {
  const maxDistance = options.maxDistanceM ?? DEFAULT_OVERLAP_DISTANCE_M;
  const decided = new Map((options.decisions ?? []).map((decision) => [decision.pairId, decision.status]));
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  const pairs = new Map<string, OverlapPair>();

  for (const nested of carriers) {
    const host = nested.hostCarrierId ? byId.get(nested.hostCarrierId) : undefined;
    if (!host || host.id === nested.id) continue;
    const id = pairId(nested.id, host.id);
    const distance = nested.location && host.location ? distanceM(nested.location.coordinates, host.location.coordinates) : null;
    const excludes = nested.hostAreaExcludesThis === true;
    const nestedSide = side(nested, options.asOf, 'nested');
    pairs.set(id, {
      id,
      region: nested.region,
      a: nestedSide,
      b: side(host, options.asOf, 'host'),
      distanceM: distance === null ? null : Math.round(distance),
      status: 'declared',
      reasons: [{ kind: 'declared' }],
      areaCountedOnceM2: excludes ? 0 : nestedSide.areaM2,
      ...(excludes ? { hostAreaExcludesThis: true } : {}),
    });
  }

  // Grid cells of ~1 km, so each carrier is compared with its neighbours only.
  const cells = new Map<string, CarrierRecord[]>();
  for (const carrier of carriers) {
    if (!carrier.location) continue;
    const [lon, lat] = carrier.location.coordinates;
    const key = `${carrier.region}|${Math.floor(lon / CELL_DEGREES)}|${Math.floor(lat / CELL_DEGREES)}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(carrier);
  }
  for (const carrier of carriers) {
    if (!carrier.location) continue;
    const [lon, lat] = carrier.location.coordinates;
    const cx = Math.floor(lon / CELL_DEGREES);
    const cy = Math.floor(lat / CELL_DEGREES);
    const tokens = buildingTokens(carrier.address);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of cells.get(`${carrier.region}|${cx + dx}|${cy + dy}`) ?? []) {
          if (other.id <= carrier.id || !other.location) continue;
          const id = pairId(carrier.id, other.id);
          if (pairs.has(id)) continue;
          const distance = distanceM(carrier.location.coordinates, other.location.coordinates);
          if (distance > maxDistance) continue;
          const reasons: OverlapPair['reasons'] = [];
          const otherTokens = new Set(buildingTokens(other.address));
          const building = tokens.find((token) => otherTokens.has(token));
          if (building) reasons.push({ kind: 'address', token: building });
          const word = sharedNameWord(carrier.name, other.name);
          if (word) reasons.push({ kind: 'name', token: word });
          if (reasons.length === 0) continue;
          const status = decided.get(id) ?? 'possible';
          const a = side(carrier, options.asOf);
          const b = side(other, options.asOf);
          pairs.set(id, { id, region: carrier.region, a, b, distanceM: Math.round(distance), status, reasons, areaCountedOnceM2: status === 'confirmed' ? Math.min(a.areaM2, b.areaM2) : 0 });
        }
      }
    }
  }
  return [...pairs.values()].sort((x, y) => x.region.localeCompare(y.region) || x.a.name.localeCompare(y.a.name, 'zh'));
}
