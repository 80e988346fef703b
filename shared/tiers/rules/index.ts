import type { CarrierKind, Tier } from '../../carriers/vocabulary';
import type { IsoDate } from '../../dates';
import type { RuleSet } from '../types';
import { JIANGSU_INCUBATOR_2019, MIIT_STANDARD_2025, NATIONAL_INCUBATOR_2018, NATIONAL_INCUBATOR_2018_PROFESSIONAL, SUZHOU_INCUBATOR_2020, SUZHOU_INCUBATOR_2023 } from './incubator';
import { ACCELERATOR_RULES, JIANGSU_MAKERSPACE_2019, NATIONAL_MAKERSPACE_2017, SUZHOU_MAKERSPACE_2023 } from './makerspace';

/**
 * Every rule set, as data. A kind and tier may have several over time (national incubators:
 * 2018 rules until 2025-07-09, MIIT 2025 from 2025-07-10); `ruleSetsInForce` picks by date.
 * County tiers (太仓市级, 昆山市级) have no rule in the sources and so no set: their check is
 * one unknown criterion.
 */
export const RULE_SETS: readonly RuleSet[] = [
  NATIONAL_INCUBATOR_2018,
  NATIONAL_INCUBATOR_2018_PROFESSIONAL,
  MIIT_STANDARD_2025,
  JIANGSU_INCUBATOR_2019,
  SUZHOU_INCUBATOR_2020,
  SUZHOU_INCUBATOR_2023,
  NATIONAL_MAKERSPACE_2017,
  JIANGSU_MAKERSPACE_2019,
  SUZHOU_MAKERSPACE_2023,
  ...ACCELERATOR_RULES,
];

/** The rule sets of a kind and tier in force on a date (a variant's siblings included). */
export function ruleSetsInForce(kind: CarrierKind, tier: Tier, asOf: IsoDate, sets: readonly RuleSet[] = RULE_SETS): RuleSet[] {
  return sets.filter((set) => set.kind === kind && set.tier === tier && set.effectiveFrom <= asOf && (!set.effectiveTo || asOf <= set.effectiveTo));
}
