import { describe, expect, it, vi } from 'vitest';
import { isOpenOn, tierAt } from '@shared/carriers/derive';
import { CarrierCreateSchema, type Phase } from '@shared/carriers/schema';
import { tierAtLeast, type CarrierKind, type Tier } from '@shared/carriers/vocabulary';
import { findDistrict } from '@shared/regions';
import { demoManagerCarrierNames, seedCarriers, seedCarriersWithKeys, type SeedCarrier } from './carriers';
import { KUNSHAN_NAMED, TAICANG_NAMED } from './named';
import { TAICANG_KEYS } from './taicang';

const keyed = seedCarriersWithKeys();
const carriers = keyed.map(({ carrier }) => carrier);
const taicang = carriers.filter((carrier) => carrier.region === 'taicang');
const kunshan = carriers.filter((carrier) => carrier.region === 'kunshan');

function byKey(key: string): SeedCarrier {
  const found = keyed.find((entry) => entry.key === key);
  if (!found) throw new Error(`no seed carrier ${key}`);
  return found.carrier;
}

function byName(name: string): SeedCarrier {
  const found = carriers.find((carrier) => carrier.name === name);
  if (!found) throw new Error(`no seed carrier named ${name}`);
  return found;
}

const openOn = (carrier: SeedCarrier, date: string) => carrier.phases.some((phase) => isOpenOn(phase, date));
const areaOpenOn = (list: SeedCarrier[], date: string) =>
  list.reduce((sum, carrier) => sum + carrier.phases.reduce((s, phase) => s + (isOpenOn(phase, date) ? (phase.incubationAreaM2 ?? 0) : 0), 0), 0);
const tierOn = (carrier: SeedCarrier, date: string) => tierAt(carrier.recognitions ?? [], date);
const holdsAtLeast = (carrier: SeedCarrier, minimum: Tier, date: string) => {
  const tier = tierOn(carrier, date);
  return tier !== null && tierAtLeast(tier, minimum);
};

/** The stock of one kind on a date: how many carriers are open, their area, their tiers. */
function stock(list: SeedCarrier[], kind: CarrierKind | 'all', date: string) {
  const open = list.filter((carrier) => (kind === 'all' || carrier.kind === kind) && openOn(carrier, date));
  return {
    count: open.length,
    areaM2: areaOpenOn(open, date),
    withAnyTier: open.filter((carrier) => tierOn(carrier, date) !== null).length,
    provincialOrHigher: open.filter((carrier) => holdsAtLeast(carrier, 'provincial', date)).length,
    national: open.filter((carrier) => tierOn(carrier, date) === 'national').length,
  };
}

const taicangPhases: Phase[] = taicang.flatMap((carrier) => carrier.phases);
const between = (date: string | undefined, from: string, to: string) => date !== undefined && date >= from && date <= to;
const sumIncubation = (phases: Phase[]) => phases.reduce((sum, phase) => sum + (phase.incubationAreaM2 ?? 0), 0);
const sumFloor = (phases: Phase[]) => phases.reduce((sum, phase) => sum + (phase.floorAreaM2 ?? 0), 0);
const openedBetween = (from: string, to: string) => sumIncubation(taicangPhases.filter((phase) => between(phase.openedOn, from, to)));
const startedIn = (year: number) => sumFloor(taicangPhases.filter((phase) => between(phase.constructionStartedOn, `${year}-01-01`, `${year}-12-31`)));
const PERIOD_YEARS = [2021, 2022, 2023, 2024, 2025];

/** Recognitions granted 2021–2025 to carriers of some kinds at some tiers, in a region. */
function recognitionsInPeriod(list: SeedCarrier[], kinds: CarrierKind[], accept: (tier: Tier) => boolean) {
  return list.flatMap((carrier) =>
    kinds.includes(carrier.kind)
      ? (carrier.recognitions ?? []).filter((recognition) => recognition.year >= 2021 && recognition.year <= 2025 && accept(recognition.tier))
      : [],
  );
}

describe('the seed records', () => {
  it('each pass CarrierCreateSchema', () => {
    for (const carrier of carriers) {
      const result = CarrierCreateSchema.safeParse(carrier);
      expect(result.success, `${carrier.name}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('come out the same on every run and never use Math.random', async () => {
    const random = vi.spyOn(Math, 'random');
    vi.resetModules();
    const fresh = await import('./carriers');
    expect(fresh.seedCarriers()).toEqual(seedCarriers());
    expect(fresh.demoManagerCarrierNames).toEqual(demoManagerCarrierNames);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it('are fresh copies, so a caller cannot change the next caller’s data', () => {
    const first = seedCarriers();
    first[0]!.name = 'changed';
    expect(seedCarriers()[0]!.name).not.toBe('changed');
  });

  it('have names unique within each region', () => {
    for (const list of [taicang, kunshan]) {
      const names = list.map((carrier) => carrier.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('give phases and recognitions stable ids (p1, p2 … and r-<tier>)', () => {
    for (const carrier of carriers) {
      carrier.phases.forEach((phase, index) => expect(phase.id).toBe(`p${index + 1}`));
      for (const recognition of carrier.recognitions ?? []) expect(recognition.id).toBe(`r-${recognition.tier}`);
    }
  });

  it('mark every synthetic record synthetic and say so in its source', () => {
    const synthetic = carriers.filter((carrier) => carrier.provenance?.synthetic === true);
    expect(synthetic.length).toBe(carriers.length - 16);
    for (const carrier of synthetic) expect(carrier.provenance?.source).toMatch(/合成示例数据.*Synthetic demo record/s);
  });

  it('include every carrier the documents name, not synthetic, each citing its document and what is estimated', () => {
    const named = [...Object.values(TAICANG_NAMED), ...Object.values(KUNSHAN_NAMED)];
    expect(carriers.filter((carrier) => carrier.provenance?.synthetic === false).map((carrier) => carrier.name).sort()).toEqual(
      [...named].sort(),
    );
    for (const name of named) {
      const source = byName(name).provenance?.source ?? '';
      expect(source).toMatch(/\[(000|001|003)\]/);
      expect(source).toContain('估计');
      expect(source).toContain('estimated');
    }
  });

  it('keep the facts the documents give about named carriers', () => {
    const zhihuigu = byName(TAICANG_NAMED.zhihuigu);
    expect(sumFloor(zhihuigu.phases)).toBe(320_000);
    expect(zhihuigu.district).toBe('loujiang');
    expect(tierOn(byName(TAICANG_NAMED.biomedicinePark), '2024-12-31')).toBe('national');
    expect(openOn(byName(TAICANG_NAMED.aviationMaterials), '2024-12-31')).toBe(true);
    for (const name of [TAICANG_NAMED.portPark, TAICANG_NAMED.bioPort, TAICANG_NAMED.softwarePark, TAICANG_NAMED.mobo, TAICANG_NAMED.siccas, TAICANG_NAMED.huichuang]) {
      // [001] encourages them to apply for national status: open, and not national, in 2020.
      expect(openOn(byName(name), '2020-12-31')).toBe(true);
      expect(tierOn(byName(name), '2020-12-31')).not.toBe('national');
      expect(byName(name).kind).toBe('incubator');
    }
  });

  it('place every carrier at home approximately, in WGS-84, within 2 km of its town centre', () => {
    for (const carrier of carriers) {
      if (carrier.district === 'overseas') continue;
      const center = findDistrict(carrier.region, carrier.district ?? '')?.center;
      const coordinates = carrier.location?.coordinates;
      expect(center, carrier.name).toBeDefined();
      expect(coordinates, carrier.name).toBeDefined();
      expect(carrier.locationApproximate).toBe(true);
      expect(carrier.locationDatum).toBe('wgs84');
      const [lng, lat] = coordinates!;
      const [centerLng, centerLat] = center!;
      const km = Math.hypot((lng - centerLng) * 111.32 * Math.cos((centerLat * Math.PI) / 180), (lat - centerLat) * 111.32);
      expect(km, carrier.name).toBeLessThanOrEqual(2.01);
    }
  });

  it('keep the Stuttgart offshore centre abroad, with no location rather than a point in Germany', () => {
    const stuttgart = byName(TAICANG_NAMED.stuttgart);
    expect(stuttgart.district).toBe('overseas');
    expect(stuttgart.location).toBeNull();
    expect(carriers.filter((carrier) => carrier.location === null)).toEqual([stuttgart]);
  });
});

describe('Taicang at the end of 2020 reproduces [001] 第一章三', () => {
  it('has 21 makerspaces with 43,000 ㎡, 15 of them provincial or higher, 2 national', () => {
    expect(stock(taicang, 'makerspace', '2020-12-31')).toMatchObject({ count: 21, areaM2: 43_000, provincialOrHigher: 15, national: 2 });
  });

  it('has 15 incubators with 489,000 ㎡, 8 of them provincial or higher, 2 national', () => {
    expect(stock(taicang, 'incubator', '2020-12-31')).toMatchObject({ count: 15, areaM2: 489_000, provincialOrHigher: 8, national: 2 });
  });

  it('has 5 accelerators with 386,000 ㎡, 1 of them provincial', () => {
    expect(stock(taicang, 'accelerator', '2020-12-31')).toMatchObject({ count: 5, areaM2: 386_000, provincialOrHigher: 1, national: 0 });
  });

  it('adds up to 41 carriers and 918,000 ㎡ — the source says 36 carriers, which its own breakdown contradicts', () => {
    expect(stock(taicang, 'all', '2020-12-31')).toMatchObject({ count: 41, areaM2: 918_000 });
  });
});

describe('Taicang at the end of 2024 reproduces [000] 三', () => {
  it('has 65 carriers open, every one of them holding some tier', () => {
    expect(stock(taicang, 'all', '2024-12-31')).toMatchObject({ count: 65, withAnyTier: 65 });
  });

  it('has 38 of them provincial or higher, of which 8 national', () => {
    expect(stock(taicang, 'all', '2024-12-31')).toMatchObject({ provincialOrHigher: 38, national: 8 });
  });
});

describe('Kunshan at the end of 2020 reproduces [003] 一（一）3', () => {
  it('has 53 incubators and 87 makerspaces open, and no accelerators', () => {
    expect(stock(kunshan, 'incubator', '2020-12-31').count).toBe(53);
    expect(stock(kunshan, 'makerspace', '2020-12-31').count).toBe(87);
    expect(stock(kunshan, 'accelerator', '2020-12-31').count).toBe(0);
  });

  it('has 4,223,800 ㎡ in use across all its carriers', () => {
    expect(stock(kunshan, 'all', '2020-12-31').areaM2).toBe(4_223_800);
  });
});

describe('Kunshan after 2020 tells a plausible story against its Table 1 targets', () => {
  it('ends 2025 with 175 incubators and makerspaces (target 176), 5,103,650 ㎡ in use (target over 5,000,000), and 46 new prefecture-or-higher recognitions (target 36)', () => {
    const openEnd2025 = kunshan.filter((carrier) => carrier.kind !== 'accelerator' && openOn(carrier, '2025-12-31'));
    expect(openEnd2025.length).toBe(175);
    expect(stock(kunshan, 'all', '2025-12-31').areaM2).toBe(5_103_650);
    expect(recognitionsInPeriod(kunshan, ['incubator', 'makerspace'], (tier) => tierAtLeast(tier, 'prefecture')).length).toBe(46);
  });
});

describe('Taicang 2021–2025 tells a varied story against the plan targets', () => {
  it('A1: opens 1,080,000 ㎡ in the period, and was on pace at mid-plan (2023-06-30)', () => {
    expect(openedBetween('2021-01-01', '2025-12-31')).toBe(1_080_000);
    const elapsed = (Date.parse('2023-06-30') - Date.parse('2021-01-01')) / (Date.parse('2025-12-31') - Date.parse('2021-01-01'));
    const openedByMidPlan = openedBetween('2021-01-01', '2023-06-30');
    expect(openedByMidPlan).toBe(572_000);
    expect(openedByMidPlan).toBeGreaterThanOrEqual(1_000_000 * elapsed);
  });

  it('A2: opens at least 200,000 ㎡ every year except 2022', () => {
    const perYear = PERIOD_YEARS.map((year) => openedBetween(`${year}-01-01`, `${year}-12-31`));
    expect(perYear).toEqual([260_000, 140_000, 230_000, 215_000, 235_000]);
    expect(PERIOD_YEARS.filter((_, index) => (perYear[index] ?? 0) < 200_000)).toEqual([2022]);
  });

  it('A3: starts at least 300,000 ㎡ of floor area a year except in 2022 and 2024', () => {
    const perYear = PERIOD_YEARS.map(startedIn);
    expect(perYear).toEqual([330_000, 215_000, 325_000, 251_000, 330_000]);
    expect(PERIOD_YEARS.filter((_, index) => (perYear[index] ?? 0) < 300_000)).toEqual([2022, 2024]);
  });

  it('A4: has 457,000 ㎡ started but not open at the end of 2025, well below 1,500,000', () => {
    const pending = taicangPhases.filter(
      (phase) =>
        phase.constructionStartedOn !== undefined &&
        phase.constructionStartedOn <= '2025-12-31' &&
        (phase.openedOn === undefined || phase.openedOn > '2025-12-31'),
    );
    expect(sumIncubation(pending)).toBe(457_000);
  });

  it('C1–C5: C4 and C5 are met, C1, C2 and C3 are behind', () => {
    const c1 = recognitionsInPeriod(taicang, ['incubator'], (tier) => tier === 'prefecture').length;
    const c2 = recognitionsInPeriod(taicang, ['incubator'], (tier) => tier === 'provincial').length;
    const c3 = recognitionsInPeriod(taicang, ['makerspace'], (tier) => tier === 'provincial').length;
    const c4 = taicang.filter((carrier) => carrier.kind === 'incubator' && openOn(carrier, '2025-12-31') && holdsAtLeast(carrier, 'prefecture', '2025-12-31')).length;
    const c5 = recognitionsInPeriod(taicang, ['incubator', 'makerspace'], (tier) => tierAtLeast(tier, 'prefecture')).length;
    expect({ c1, c2, c3, c4, c5 }).toEqual({ c1: 13, c2: 5, c3: 13, c4: 21, c5: 44 });
  });
});

describe('the seed data holds the edge cases a planner must handle', () => {
  it('has a phase opened exactly on 2021-01-01 and one exactly on 2025-12-31', () => {
    expect(byKey(TAICANG_KEYS.openedFirstDayOfPeriod).phases[0]?.openedOn).toBe('2021-01-01');
    expect(byKey(TAICANG_KEYS.openedLastDayOfPeriod).phases[0]?.openedOn).toBe('2025-12-31');
  });

  it('has a phase opened in 2019 and closed in 2023', () => {
    const phase = byKey(TAICANG_KEYS.closedInPeriod).phases[0];
    expect(phase?.status).toBe('closed');
    expect(phase?.openedOn?.slice(0, 4)).toBe('2019');
    expect(phase?.closedOn?.slice(0, 4)).toBe('2023');
  });

  it('has a carrier opened before 2021 that added a second phase inside the period', () => {
    const [first, second] = byKey(TAICANG_KEYS.expandedInPeriod).phases;
    expect(first?.openedOn).toBeDefined();
    expect((first?.openedOn ?? '') < '2021-01-01').toBe(true);
    expect(between(second?.openedOn, '2021-01-01', '2025-12-31')).toBe(true);
  });

  it('has a recognition upgraded within the period: provincial 2019, national 2023', () => {
    const park = byName(TAICANG_NAMED.biomedicinePark);
    expect(park.recognitions?.map(({ tier, year }) => [tier, year])).toEqual([
      ['provincial', 2019],
      ['national', 2023],
    ]);
    expect(tierOn(park, '2022-12-31')).toBe('provincial');
    expect(tierOn(park, '2023-12-31')).toBe('national');
  });

  it('has carriers graded D two years running, one of which then closed', () => {
    const twiceD = taicang.filter((carrier) =>
      (carrier.ratings ?? []).some((rating) => rating.grade === 'D' && carrier.ratings?.some((next) => next.year === rating.year + 1 && next.grade === 'D')),
    );
    expect(twiceD.map((carrier) => carrier.name).sort()).toEqual(
      [byKey(TAICANG_KEYS.closedInPeriod).name, byKey(TAICANG_KEYS.ratedDTwiceStillOpen).name].sort(),
    );
  });

  it('has a pipeline of planned and under-construction phases due to open in 2026–2027', () => {
    const pipeline = taicangPhases.filter((phase) => phase.status === 'planned' || phase.status === 'under_construction');
    expect(pipeline.some((phase) => phase.status === 'planned')).toBe(true);
    expect(pipeline.some((phase) => phase.status === 'under_construction')).toBe(true);
    for (const phase of pipeline) expect(phase.plannedOpeningOn! >= '2026-01-01').toBe(true);
  });
});

describe('the demo account manager', () => {
  it('owns 3–5 Taicang carriers that exist in the seed data', () => {
    expect(demoManagerCarrierNames.length).toBeGreaterThanOrEqual(3);
    expect(demoManagerCarrierNames.length).toBeLessThanOrEqual(5);
    for (const name of demoManagerCarrierNames) expect(byName(name).region).toBe('taicang');
  });
});
