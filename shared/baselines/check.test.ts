import { describe, expect, it } from 'vitest';
import type { Phase } from '../carriers/schema';
import type { CarrierKind } from '../carriers/vocabulary';
import { seedCarriers } from '../../seeds/carriers';
import { checkBaseline } from './check';
import { TAICANG_2020_BASELINE, publishedBaselineFor, type PublishedBaseline } from './published';

const phase = (overrides: Partial<Phase>): Phase => ({ label: '一期', status: 'open', incubationAreaM2: 1_000, ...overrides });
const carrier = (kind: CarrierKind, phases: Phase[], region = 'taicang') => ({ kind, region, phases });

/** A small baseline whose published figures agree with themselves: 2 + 1 + 0 = 3 carriers, 3,000 ㎡. */
const SMALL: PublishedBaseline = {
  region: 'taicang',
  on: '2020-12-31',
  carriers: 3,
  incubationAreaM2: 3_000,
  byKind: {
    makerspace: { carriers: 2, incubationAreaM2: 1_000 },
    incubator: { carriers: 1, incubationAreaM2: 2_000 },
    accelerator: { carriers: 0, incubationAreaM2: 0 },
  },
  areaPrecisionM2: 1_000,
  source: 'test',
  quote: 'test',
};

describe('checkBaseline', () => {
  it('counts a carrier when one of its phases is open on the date, with the area open then', () => {
    const check = checkBaseline(SMALL, [
      // Open on 2020-12-31: 400 ㎡ (the second phase opens in 2021 and does not count).
      carrier('makerspace', [phase({ openedOn: '2019-05-01', incubationAreaM2: 400 }), phase({ openedOn: '2021-01-01', incubationAreaM2: 9_000 })]),
      // Opened on the date itself: counts, 600 ㎡.
      carrier('makerspace', [phase({ openedOn: '2020-12-31', incubationAreaM2: 600 })]),
      // Closed on the date: not open then, not counted.
      carrier('makerspace', [phase({ openedOn: '2018-01-01', closedOn: '2020-12-31', status: 'closed' })]),
      // Closed after the date: still open then, 2,000 ㎡.
      carrier('incubator', [phase({ openedOn: '2018-01-01', closedOn: '2022-06-30', status: 'closed', incubationAreaM2: 2_000 })]),
      // Another region: ignored.
      carrier('accelerator', [phase({ openedOn: '2018-01-01' })], 'kunshan'),
    ]);
    expect(check.byKind.makerspace.carriers).toEqual({ published: 2, registry: 2, difference: 0, agrees: true });
    expect(check.byKind.makerspace.incubationAreaM2).toEqual({ published: 1_000, registry: 1_000, difference: 0, agrees: true });
    expect(check.byKind.incubator.carriers.registry).toBe(1);
    expect(check.byKind.accelerator.carriers.registry).toBe(0);
    // 400 + 600 + 2,000 = 3,000 ㎡ in 3 carriers: everything agrees.
    expect(check.carriers).toEqual({ published: 3, registry: 3, difference: 0, agrees: true });
    expect(check.incubationAreaM2.registry).toBe(3_000);
    expect(check.kindsSum.carriers).toEqual({ published: 3, registry: 3, difference: 0, agrees: true });
    expect(check.publishedConsistent).toEqual({ carriers: true, incubationAreaM2: true });
    expect(check.differences).toBe(0);
  });

  it('lets an area agree when it rounds to the published 0.1 万㎡, and flags it beyond', () => {
    // 1,000 ㎡ published to the nearest 1,000: 1,499 rounds to it, 1,500 does not.
    const within = checkBaseline(SMALL, [carrier('makerspace', [phase({ openedOn: '2019-01-01', incubationAreaM2: 1_499 })])]);
    expect(within.byKind.makerspace.incubationAreaM2).toMatchObject({ difference: 499, agrees: true });
    const beyond = checkBaseline(SMALL, [carrier('makerspace', [phase({ openedOn: '2019-01-01', incubationAreaM2: 1_500 })])]);
    expect(beyond.byKind.makerspace.incubationAreaM2).toMatchObject({ difference: 500, agrees: false });
  });

  it('counts differences: an empty registry differs in every non-zero figure', () => {
    const check = checkBaseline(SMALL, []);
    // Total count and area, makerspace count and area, incubator count and area; accelerators are 0 = 0.
    expect(check.differences).toBe(6);
    expect(check.carriers).toEqual({ published: 3, registry: 0, difference: -3, agrees: false });
  });
});

describe('Taicang 2020 as published [001 第一章 三]', () => {
  it('holds the figures as written, whose counts disagree with each other and whose areas add up', () => {
    expect(publishedBaselineFor('taicang')).toBe(TAICANG_2020_BASELINE);
    expect(publishedBaselineFor('kunshan')).toBeUndefined();
    const check = checkBaseline(TAICANG_2020_BASELINE, []);
    // 21 + 15 + 5 = 41 ≠ 36; 43,000 + 489,000 + 386,000 = 918,000.
    expect(check.kindsSum.carriers.published).toBe(41);
    expect(check.kindsSum.incubationAreaM2.published).toBe(918_000);
    expect(check.publishedConsistent).toEqual({ carriers: false, incubationAreaM2: true });
  });

  it('says which kinds the stated total of 36 adds up: makerspaces and incubators, the area including accelerators', () => {
    const check = checkBaseline(TAICANG_2020_BASELINE, []);
    expect(check.statedTotalKinds).toEqual({ carriers: ['makerspace', 'incubator'] });
    const none = checkBaseline({ ...TAICANG_2020_BASELINE, carriers: 7 }, []);
    expect(none.statedTotalKinds).toEqual({ carriers: [] });
  });

  it('against the seed registry: the kinds and areas agree, the stated total of 36 does not (41 carriers)', () => {
    const check = checkBaseline(TAICANG_2020_BASELINE, seedCarriers().map((seed) => ({ ...seed, region: seed.region ?? '' })));
    expect(check.byKind.makerspace.carriers.registry).toBe(21);
    expect(check.byKind.incubator.carriers.registry).toBe(15);
    expect(check.byKind.accelerator.carriers.registry).toBe(5);
    expect(check.incubationAreaM2).toEqual({ published: 918_000, registry: 918_000, difference: 0, agrees: true });
    expect(check.carriers).toEqual({ published: 36, registry: 41, difference: 5, agrees: false });
    expect(check.kindsSum.carriers).toEqual({ published: 41, registry: 41, difference: 0, agrees: true });
    // The stated total against the registry, and against its own breakdown.
    expect(check.differences).toBe(2);
  });
});
