import { z } from 'zod';
import { isOpenOn } from '../carriers/derive';
import type { CarrierRecord } from '../carriers/record';
import { CARRIER_KINDS, type CarrierKind } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';
import { REGIONS, type Region } from '../regions';
import { Contributors } from './contributors';
import { regionAndDescendantsIn } from './regionScope';

/*
 * Chain balance (孵化链条): firms should flow 众创空间 → 孵化器 → 加速器 (→ 产业园), so open
 * incubation area should be split along the chain in a sensible proportion. Taicang's plan
 * names the weakness itself: “孵化器链条有待健全” [001 第二章 二].
 */

/** Relative weights of open incubation area per kind; only their proportions matter. */
export interface ChainReference {
  makerspace: number;
  incubator: number;
  accelerator: number;
}

/**
 * Default makerspace : incubator : accelerator = 1 : 6 : 3 (10 % : 60 % : 30 %).
 * Why: incubators hold the bulk of the chain's area (the glossary of domain.md); a makerspace
 * needs ≥ 500 ㎡ against ≥ 3,000 ㎡ for a Suzhou incubator (苏科规〔2023〕1号), about one sixth;
 * accelerators take the minority of graduates that scale, on large floor plates, about half
 * the incubator area. Taicang's 2020 split, 4.3 : 48.9 : 38.6 万㎡ (4.7 % : 53.3 % : 42.0 %)
 * [001 第一章 三], is the state the plan wants to improve, so it is not used as the reference.
 */
export const DEFAULT_CHAIN_REFERENCE: ChainReference = { makerspace: 1, incubator: 6, accelerator: 3 };

const ReferenceWeight = z
  .number({ message: 'chain.reference.number' })
  .refine((value) => Number.isFinite(value) && value >= 0, { message: 'chain.reference.number' });

export const ChainReferenceSchema = z
  .strictObject({ makerspace: ReferenceWeight, incubator: ReferenceWeight, accelerator: ReferenceWeight }, { message: 'chain.reference.invalid' })
  .refine((reference) => reference.makerspace + reference.incubator + reference.accelerator > 0, { message: 'chain.reference.empty' });

/** One stage of the chain in one group. */
export interface ChainLink {
  kind: CarrierKind;
  /** Open incubation area, m². */
  areaM2: number;
  /** Share of the group's open area, 0–1. */
  share: number;
  /** Share the reference gives this kind, 0–1. */
  referenceShare: number;
  /** share / referenceShare: 1 is as the reference, below 1 under-supplied; null when the reference gives it no share. */
  coverage: number | null;
  /** Open phases, `carrierId:phaseId`. */
  contributors: Contributors;
}

/** The split of one group (the whole region, an industry, a district). */
export interface ChainSplit {
  key: string;
  totalM2: number;
  links: ChainLink[];
  /** The kind with the lowest coverage below 1, or null when the group has no area or matches the reference. */
  weakestLink: CarrierKind | null;
}

export interface ChainBalance {
  region: string;
  asOf: IsoDate;
  /** The reference as shares summing to 1. */
  reference: ChainReference;
  overall: ChainSplit;
  /** By the carrier's first industry (主导产业), largest group first. */
  byIndustry: ChainSplit[];
  /** By district; carriers of a child region are keyed `region/district`. */
  byDistrict: ChainSplit[];
}

export interface ChainInput {
  carriers: readonly CarrierRecord[];
  region: string;
  asOf: IsoDate;
  reference?: ChainReference;
  regions?: readonly Region[];
}

interface GroupArea {
  areas: Record<CarrierKind, number>;
  refs: Record<CarrierKind, string[]>;
}

/** The makerspace : incubator : accelerator split of open incubation area at as-of (by dates, as isOpenOn). */
export function evaluateChain(input: ChainInput): ChainBalance {
  const reference = normalised(input.reference ?? DEFAULT_CHAIN_REFERENCE);
  const inside = new Set(regionAndDescendantsIn(input.regions ?? REGIONS, input.region));
  const overall = emptyGroup();
  const byIndustry = new Map<string, GroupArea>();
  const byDistrict = new Map<string, GroupArea>();
  for (const carrier of input.carriers) {
    if (!inside.has(carrier.region)) continue;
    const industry = carrier.industries[0] ?? 'unspecified';
    const districtId = carrier.district || 'unspecified';
    const district = carrier.region === input.region ? districtId : `${carrier.region}/${districtId}`;
    for (const phase of carrier.phases) {
      if (!isOpenOn(phase, input.asOf)) continue;
      const area = phase.incubationAreaM2 ?? 0;
      const ref = `${carrier.id}:${phase.id}`;
      for (const group of [overall, groupIn(byIndustry, industry), groupIn(byDistrict, district)]) {
        group.areas[carrier.kind] += area;
        group.refs[carrier.kind].push(ref);
      }
    }
  }
  const splits = (groups: Map<string, GroupArea>) =>
    [...groups].map(([key, group]) => splitOf(key, group, reference)).sort((a, b) => b.totalM2 - a.totalM2 || a.key.localeCompare(b.key));
  return {
    region: input.region,
    asOf: input.asOf,
    reference,
    overall: splitOf(input.region, overall, reference),
    byIndustry: splits(byIndustry),
    byDistrict: splits(byDistrict),
  };
}

function normalised(reference: ChainReference): ChainReference {
  const total = reference.makerspace + reference.incubator + reference.accelerator;
  if (total <= 0) return normalised(DEFAULT_CHAIN_REFERENCE);
  return { makerspace: reference.makerspace / total, incubator: reference.incubator / total, accelerator: reference.accelerator / total };
}

function emptyGroup(): GroupArea {
  return { areas: { makerspace: 0, incubator: 0, accelerator: 0 }, refs: { makerspace: [], incubator: [], accelerator: [] } };
}

function groupIn(groups: Map<string, GroupArea>, key: string): GroupArea {
  let group = groups.get(key);
  if (!group) {
    group = emptyGroup();
    groups.set(key, group);
  }
  return group;
}

function splitOf(key: string, group: GroupArea, reference: ChainReference): ChainSplit {
  const totalM2 = CARRIER_KINDS.reduce((sum, kind) => sum + group.areas[kind], 0);
  const links = CARRIER_KINDS.map((kind): ChainLink => {
    const share = totalM2 > 0 ? group.areas[kind] / totalM2 : 0;
    const referenceShare = reference[kind];
    const refs = group.refs[kind];
    return {
      kind,
      areaM2: group.areas[kind],
      share,
      referenceShare,
      coverage: referenceShare > 0 ? share / referenceShare : null,
      contributors: new Contributors(refs.length, () => refs),
    };
  });
  return { key, totalM2, links, weakestLink: totalM2 > 0 ? weakestOf(links) : null };
}

/** The link furthest below its reference share; ties go to the earlier stage of the chain. */
function weakestOf(links: readonly ChainLink[]): CarrierKind | null {
  let weakest: ChainLink | null = null;
  for (const link of links) {
    if (link.coverage === null || link.coverage >= 1) continue;
    if (!weakest || link.coverage < weakest.coverage!) weakest = link;
  }
  return weakest?.kind ?? null;
}
