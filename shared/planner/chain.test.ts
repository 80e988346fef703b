import { describe, expect, it } from 'vitest';
import type { CarrierKind, Industry } from '../carriers/vocabulary';
import type { StoredPhase } from '../carriers/record';
import { ChainReferenceSchema, evaluateChain, type ChainSplit } from './chain';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';

/*
 * Open incubation area at 2025-12-31, by hand:
 *            高新区 (digital)   港区 (equipment)          total
 * makerspace m1 1,000          m2 4,000                   5,000
 * incubator  i1 30,000         i2 20,000 (+ 5,000 closed) 50,000
 * accelerator —                x1 45,000                  45,000
 * total      31,000            69,000                    100,000
 * A planned phase of 10,000 and a Kunshan carrier do not count.
 */
function carrier(id: string, kind: CarrierKind, district: string, industry: Industry, phases: StoredPhase[]) {
  return buildCarrierRecord({ id, kind, district, industries: [industry], phases });
}

const open = (area: number, id = 'p1') => buildStoredPhase({ id, incubationAreaM2: area, floorAreaM2: undefined });

const carriers = [
  carrier('m1', 'makerspace', 'hitech', 'digital', [open(1_000)]),
  carrier('m2', 'makerspace', 'port', 'equipment', [open(4_000)]),
  carrier('i1', 'incubator', 'hitech', 'digital', [
    open(30_000),
    buildStoredPhase({ id: 'p2', label: '二期', status: 'planned', openedOn: undefined, plannedOpeningOn: '2027-01-01', incubationAreaM2: 10_000, floorAreaM2: undefined }),
  ]),
  carrier('i2', 'incubator', 'port', 'equipment', [
    open(20_000),
    buildStoredPhase({ id: 'p2', label: '二期', status: 'closed', openedOn: '2021-01-01', closedOn: '2024-01-01', incubationAreaM2: 5_000, floorAreaM2: undefined }),
  ]),
  carrier('x1', 'accelerator', 'port', 'equipment', [open(45_000)]),
  buildCarrierRecord({ id: 'k1', region: 'kunshan', district: 'huaqiao', phases: [open(99_000)] }),
];

const shares = (split: ChainSplit) => split.links.map((link) => [link.kind, link.areaM2, link.share]);

describe('the chain balance', () => {
  const balance = evaluateChain({ carriers, region: 'taicang', asOf: '2025-12-31' });

  it('splits open incubation area makerspace : incubator : accelerator against 1 : 6 : 3 by default', () => {
    expect(balance.reference).toEqual({ makerspace: 0.1, incubator: 0.6, accelerator: 0.3 });
    // 5,000 : 50,000 : 45,000 of 100,000 = 5 % : 50 % : 45 %.
    expect(shares(balance.overall)).toEqual([
      ['makerspace', 5_000, 0.05],
      ['incubator', 50_000, 0.5],
      ['accelerator', 45_000, 0.45],
    ]);
    // Coverage = share / reference share: 0.05 / 0.1 = 0.5; 0.5 / 0.6 = 0.833…; 0.45 / 0.3 = 1.5.
    const coverage = balance.overall.links.map((link) => link.coverage);
    expect(coverage[0]).toBeCloseTo(0.5, 12);
    expect(coverage[1]).toBeCloseTo(5 / 6, 12);
    expect(coverage[2]).toBeCloseTo(1.5, 12);
    expect(balance.overall.weakestLink).toBe('makerspace');
    expect(balance.overall.links[1]!.contributors.ids()).toEqual(['i1:p1', 'i2:p1']);
  });

  it('names the weakest link of each district and industry', () => {
    // 港区 69,000: 4,000 / 20,000 / 45,000 → coverage 0.58, 0.48, 2.17 → incubator.
    // 高新区 31,000: 1,000 / 30,000 / 0 → coverage 0.32, 1.61, 0 → accelerator.
    expect(balance.byDistrict.map((split) => [split.key, split.totalM2, split.weakestLink])).toEqual([
      ['port', 69_000, 'incubator'],
      ['hitech', 31_000, 'accelerator'],
    ]);
    expect(balance.byIndustry.map((split) => [split.key, split.totalM2, split.weakestLink])).toEqual([
      ['equipment', 69_000, 'incubator'],
      ['digital', 31_000, 'accelerator'],
    ]);
  });

  it('takes a reference from the planner, and names no weakest link when the split matches it', () => {
    const even = evaluateChain({ carriers, region: 'taicang', asOf: '2025-12-31', reference: { makerspace: 1, incubator: 1, accelerator: 1 } });
    // 5 % / ⅓ = 0.15 is the lowest coverage.
    expect(even.overall.weakestLink).toBe('makerspace');
    const matching = evaluateChain({ carriers, region: 'taicang', asOf: '2025-12-31', reference: { makerspace: 5, incubator: 50, accelerator: 45 } });
    expect(matching.overall.weakestLink).toBeNull();
  });

  it('counts the carriers of child units for a parent region and reads dates, not status', () => {
    // Suzhou: Taicang's 100,000 + Kunshan's 99,000 (an incubator). At 2023-06-30 i2p2 is still open.
    const suzhou = evaluateChain({ carriers, region: 'suzhou', asOf: '2023-06-30' });
    expect(suzhou.overall.totalM2).toBe(204_000);
    expect(suzhou.byDistrict.map((split) => split.key)).toEqual(['kunshan/huaqiao', 'taicang/port', 'taicang/hitech']);
  });

  it('has no weakest link where nothing is open', () => {
    expect(evaluateChain({ carriers, region: 'taicang', asOf: '2010-01-01' }).overall.weakestLink).toBeNull();
  });

  it('validates a reference a planner sends', () => {
    expect(ChainReferenceSchema.safeParse({ makerspace: 1, incubator: 6, accelerator: 3 }).success).toBe(true);
    const empty = ChainReferenceSchema.safeParse({ makerspace: 0, incubator: 0, accelerator: 0 });
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(['chain.reference.empty']);
    const negative = ChainReferenceSchema.safeParse({ makerspace: -1, incubator: 6, accelerator: 3 });
    expect(negative.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['makerspace', 'chain.reference.number']]);
  });
});
