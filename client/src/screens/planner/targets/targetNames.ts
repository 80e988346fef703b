import type { TFunction } from 'i18next';
import { CARRIER_KINDS } from '@shared/carriers/vocabulary';
import type { TargetFilter } from '@shared/planner/targets';

/**
 * The carriers a filter counts, in words: "孵化器 · 苏州市级及以上", "all kinds". Tier ranges
 * read as the plans write them: 市级以上 is a lowest tier, 新认定苏州市级 an exact one.
 */
export function describeFilter(filter: TargetFilter, t: TFunction): string {
  const kinds = filter.kinds.length === CARRIER_KINDS.length ? t('planner:targets.allKinds') : filter.kinds.map((kind) => t(`common:kind.${kind}`)).join(' + ');
  const tier = (id: string) => t(`common:tier.${id}`);
  const { minTier, maxTier } = filter;
  const tiers =
    minTier && maxTier
      ? minTier === maxTier
        ? t('planner:targets.tierExact', { tier: tier(minTier) })
        : t('planner:targets.tierRange', { min: tier(minTier), max: tier(maxTier) })
      : minTier
        ? t('planner:targets.tierAtLeast', { tier: tier(minTier) })
        : maxTier
          ? t('planner:targets.tierAtMost', { tier: tier(maxTier) })
          : null;
  return tiers ? `${kinds} · ${tiers}` : kinds;
}
