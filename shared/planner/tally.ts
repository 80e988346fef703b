import { CARRIER_KINDS, INDUSTRIES } from '../carriers/vocabulary';
import { Contributors } from './contributors';
import type { MeasureContext } from './context';
import { TIER_BY_RANK, UNSPECIFIED_INDUSTRY, type PlanIndex } from './planIndex';

/** The dimensions every number is broken down by. */
export const DIMENSIONS = ['district', 'kind', 'tier', 'industry', 'unit'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * One cell of a breakdown. Keys: district id (`region/district` for carriers of a child
 * region, `unspecified` when absent); carrier kind; tier held (or the recognition's tier for
 * recognition measures; `none`); the carrier's first industry (主导产业, `unspecified`); child unit.
 */
export interface BreakdownCell {
  key: string;
  value: number;
  contributors: Contributors;
}

export type Breakdowns = Record<Dimension, BreakdownCell[]>;

/** How a tally finds the carrier of an item, and the tier the tier breakdown files it under. */
export interface ItemKeys {
  carrierOf(item: number): number;
  tierOf(item: number): number;
}

/**
 * Accumulates the items behind one number and its breakdowns in a single pass: each `add`
 * updates the total and one cell per dimension, and remembers the item for drill-down.
 * Items are kept in a typed array that starts small and doubles (no buffer sized for every
 * phase, no boxed numbers), so a tally costs only what it holds.
 */
export class Tally {
  total = 0;
  size = 0;
  #items = new Int32Array(64);
  readonly sums: Record<Dimension, Float64Array>;
  readonly counts: Record<Dimension, Int32Array>;
  readonly #index: PlanIndex;
  readonly #unitOfRegion: Int16Array;
  readonly #keys: ItemKeys;

  constructor(context: MeasureContext, keys: ItemKeys) {
    const { index, scope } = context;
    this.#index = index;
    this.#unitOfRegion = scope.unitOfRegion;
    this.#keys = keys;
    const sizes: Record<Dimension, number> = {
      district: index.districtKeys.length,
      kind: CARRIER_KINDS.length,
      tier: TIER_BY_RANK.length,
      industry: UNSPECIFIED_INDUSTRY + 1,
      unit: Math.max(scope.units.length, 1),
    };
    this.sums = {
      district: new Float64Array(sizes.district),
      kind: new Float64Array(sizes.kind),
      tier: new Float64Array(sizes.tier),
      industry: new Float64Array(sizes.industry),
      unit: new Float64Array(sizes.unit),
    };
    this.counts = {
      district: new Int32Array(sizes.district),
      kind: new Int32Array(sizes.kind),
      tier: new Int32Array(sizes.tier),
      industry: new Int32Array(sizes.industry),
      unit: new Int32Array(sizes.unit),
    };
  }

  /** The items in [from, to), in the order they were added. */
  itemsBetween(from: number, to: number): number[] {
    return Array.from(this.#items.subarray(from, to));
  }

  add(item: number, carrier: number, tier: number, value: number): void {
    const index = this.#index;
    if (this.size === this.#items.length) this.#grow();
    this.#items[this.size] = item;
    this.size += 1;
    this.total += value;
    const district = index.carrierDistrict[carrier]!;
    this.sums.district[district]! += value;
    this.counts.district[district]! += 1;
    const kind = index.carrierKind[carrier]!;
    this.sums.kind[kind]! += value;
    this.counts.kind[kind]! += 1;
    this.sums.tier[tier]! += value;
    this.counts.tier[tier]! += 1;
    const industry = index.carrierIndustry[carrier]!;
    this.sums.industry[industry]! += value;
    this.counts.industry[industry]! += 1;
    const unit = this.#unitOfRegion[index.carrierRegion[carrier]!]!;
    if (unit < 0) return;
    this.sums.unit[unit]! += value;
    this.counts.unit[unit]! += 1;
  }

  #grow(): void {
    const grown = new Int32Array(this.#items.length * 2);
    grown.set(this.#items);
    this.#items = grown;
  }

  /** Contributors of the items in [from, to) of the tally, in the order they were added. */
  contributorsBetween(from: number, to: number, ref: (item: number) => string): Contributors {
    return new Contributors(to - from, () => this.itemsBetween(from, to).map(ref));
  }

  /** A tally of the items in [from, to) alone (one year of a flow), re-adding each with its value. */
  slice(context: MeasureContext, from: number, to: number, valueOf: (item: number) => number): Tally {
    const part = new Tally(context, this.#keys);
    for (let slot = from; slot < to; slot += 1) {
      const item = this.#items[slot]!;
      part.add(item, this.#keys.carrierOf(item), this.#keys.tierOf(item), valueOf(item));
    }
    return part;
  }

  /** The breakdown cells with at least one item, each with its lazily resolved contributors. */
  breakdowns(context: MeasureContext, ref: (item: number) => string): Breakdowns {
    const result = {} as Breakdowns;
    for (const dimension of DIMENSIONS) {
      const cells: BreakdownCell[] = [];
      const counts = this.counts[dimension];
      const sums = this.sums[dimension];
      for (let code = 0; code < counts.length; code += 1) {
        const count = counts[code]!;
        if (count === 0) continue;
        if (dimension === 'unit' && context.scope.units.length === 0) continue;
        const contributors = new Contributors(count, () => this.#itemsInCell(dimension, code).map(ref));
        cells.push({ key: cellKey(context, dimension, code), value: sums[code]!, contributors });
      }
      result[dimension] = dimension === 'district' || dimension === 'industry' ? cells.sort(byValueThenKey) : cells;
    }
    result.tier.reverse();
    return result;
  }

  #itemsInCell(dimension: Dimension, code: number): number[] {
    const index = this.#index;
    const keys = this.#keys;
    return this.itemsBetween(0, this.size).filter((item) => {
      const carrier = keys.carrierOf(item);
      switch (dimension) {
        case 'district':
          return index.carrierDistrict[carrier] === code;
        case 'kind':
          return index.carrierKind[carrier] === code;
        case 'tier':
          return keys.tierOf(item) === code;
        case 'industry':
          return index.carrierIndustry[carrier] === code;
        case 'unit':
          return this.#unitOfRegion[index.carrierRegion[carrier]!] === code;
      }
    });
  }
}

function byValueThenKey(a: BreakdownCell, b: BreakdownCell): number {
  return b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function cellKey(context: MeasureContext, dimension: Dimension, code: number): string {
  switch (dimension) {
    case 'district':
      return districtKey(context, code);
    case 'kind':
      return CARRIER_KINDS[code]!;
    case 'tier':
      return TIER_BY_RANK[code] ?? 'none';
    case 'industry':
      return INDUSTRIES[code] ?? 'unspecified';
    case 'unit':
      return context.scope.units[code]!;
  }
}

function districtKey(context: MeasureContext, code: number): string {
  const key = context.index.districtKeys[code]!;
  const slash = key.indexOf('/');
  const region = key.slice(0, slash);
  const district = key.slice(slash + 1) || 'unspecified';
  return region === context.scope.regionId ? district : `${region}/${district}`;
}
