import { REGIONS, type Region } from '../regions';
import type { PlanIndex } from './planIndex';

/**
 * Which carriers a region's target counts. Regions nest (shared/regions.ts: Suzhou holds nine
 * county-level units), and a parent's target counts the carriers of all its descendants.
 */
export interface RegionScope {
  regionId: string;
  /** 1 for region codes of the index that lie in the region or below it. */
  regionMask: Uint8Array;
  /** Child units of the region (empty for a county). */
  units: string[];
  /** For each region code of the index, the position of its child unit in `units`, or -1. */
  unitOfRegion: Int16Array;
}

/** How many of a parent region's child units have any carriers in the data. */
export interface UnitsWithData {
  total: number;
  withData: number;
  /** Ids of the child units that have carriers. */
  units: string[];
}

/** The region and every region below it, in the given region tree. */
export function regionAndDescendantsIn(regions: readonly Region[], id: string): string[] {
  const result = [id];
  for (const region of regions) if (region.parent === id) result.push(...regionAndDescendantsIn(regions, region.id));
  return result;
}

/** The scope of a region over an index's region codes. */
export function scopeFor(index: PlanIndex, regionId: string, regions: readonly Region[] = REGIONS): RegionScope {
  const inside = new Set(regionAndDescendantsIn(regions, regionId));
  const units = regions.filter((region) => region.parent === regionId).map((region) => region.id);
  const unitByRegion = new Map<string, number>();
  units.forEach((unit, position) => {
    for (const id of regionAndDescendantsIn(regions, unit)) unitByRegion.set(id, position);
  });
  const regionMask = new Uint8Array(index.regionIds.length);
  const unitOfRegion = new Int16Array(index.regionIds.length).fill(-1);
  index.regionIds.forEach((id, code) => {
    regionMask[code] = inside.has(id) ? 1 : 0;
    unitOfRegion[code] = unitByRegion.get(id) ?? -1;
  });
  return { regionId, regionMask, units, unitOfRegion };
}

/** For a parent region: its child units with carriers. Undefined for a region without children. */
export function unitsWithData(index: PlanIndex, scope: RegionScope): UnitsWithData | undefined {
  if (scope.units.length === 0) return undefined;
  const hasData = new Uint8Array(scope.units.length);
  index.regionIds.forEach((_, code) => {
    const unit = scope.unitOfRegion[code]!;
    if (unit >= 0 && index.regionCarrierCounts[code]! > 0) hasData[unit] = 1;
  });
  const units = scope.units.filter((_, position) => hasData[position] === 1);
  return { total: scope.units.length, withData: units.length, units };
}
