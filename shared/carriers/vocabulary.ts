/**
 * The closed vocabularies of the carrier registry. Identifiers are English (see the domain
 * glossary); the UI shows their Chinese names through i18n.
 */

/** Stages of the incubation chain 众创空间 → 孵化器 → 加速器, in chain order. */
export const CARRIER_KINDS = ['makerspace', 'incubator', 'accelerator'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/** Recognition tiers, highest first: 国家级, 省级, 苏州市级 (prefecture), 县级市级 (county). */
export const TIERS = ['national', 'provincial', 'prefecture', 'county'] as const;
export type Tier = (typeof TIERS)[number];

const TIER_RANK: Record<Tier, number> = { national: 4, provincial: 3, prefecture: 2, county: 1 };

/** Rank for comparisons: national 4 … county 1. */
export function tierRank(tier: Tier): number {
  return TIER_RANK[tier];
}

/**
 * "市级以上" counts higher tiers too: national and provincial carriers are in the Suzhou
 * system automatically (苏科规〔2023〕1号), so `tierAtLeast('national', 'prefecture')` is true.
 */
export function tierAtLeast(tier: Tier, minimum: Tier): boolean {
  return TIER_RANK[tier] >= TIER_RANK[minimum];
}

/** The highest of several tiers, or null when there are none. */
export function highestTier(tiers: Iterable<Tier>): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) if (best === null || TIER_RANK[tier] > TIER_RANK[best]) best = tier;
  return best;
}

/** Life cycle of one phase (一期, 二期 …) of a carrier. */
export const PHASE_STATUSES = ['planned', 'under_construction', 'open', 'closed'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** Phases not yet open: the pipeline. */
export const PIPELINE_STATUSES: readonly PhaseStatus[] = ['planned', 'under_construction'];

/** Annual performance grades: A 优秀, B 良好, C 合格, D 不合格. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/**
 * Coordinate datums people copy coordinates from. Storage is always WGS-84;
 * GCJ-02 comes from Gaode/AMap and Tencent, BD-09 from Baidu.
 */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof DATUMS)[number];

/**
 * Industry focus of a carrier. The first five are the ones Taicang's 14th plan names;
 * the rest cover Kunshan and the wider city.
 */
export const INDUSTRIES = [
  'equipment',
  'materials',
  'biomedicine',
  'aerospace',
  'digital',
  'electronics',
  'automotive',
  'agriculture',
  'services',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
