import type { CarrierKind, Grade, Industry, Tier } from '@shared/carriers/vocabulary';
import type { CarrierSpec, PhaseSpec } from './build';
import { TAICANG_NAMED_AREA_2020 } from './named';
import { pickWeighted, splitExactly, type Random } from './prng';
import { SYNTHETIC_SOURCE_TAICANG } from './sources';

/**
 * The synthetic Taicang demo set. Its structure is written out by hand — which carrier
 * opens when, with how much area, and which tier it is recognised at in which year —
 * because each line is part of a calibration (see seeds/README.md):
 *
 * - the 2020 cohort reproduces [001] 第一章三 by kind, together with the named carriers;
 * - the 2021–2025 openings and closures reproduce [000] 三 for 2024 (65 / 38 / 8);
 * - the period's flows tell the A1–A4 story (yearly figures in the README).
 *
 * The generator only fills in what no figure depends on: the day of each month, the town
 * of most carriers, their industries and names, the scatter of the points, how the 2020
 * totals are shared between carriers, and the grades of provincial-or-higher carriers.
 */

/** Published end-2020 stock by kind ([001] 第一章三). */
export const TAICANG_2020 = {
  makerspace: { count: 21, areaM2: 43_000, provincialOrHigher: 15, national: 2 },
  incubator: { count: 15, areaM2: 489_000, provincialOrHigher: 8, national: 2 },
  accelerator: { count: 5, areaM2: 386_000, provincialOrHigher: 1, national: 0 },
} as const;

/** Published 2024 state ([000] 三): 65 carriers at all tiers, 38 provincial or higher, 8 national. */
export const TAICANG_2024 = { count: 65, provincialOrHigher: 38, national: 8 } as const;

/** Keys of synthetic records with a role in the story (tests and the demo account use them). */
export const TAICANG_KEYS = {
  openedFirstDayOfPeriod: 'tc-inc-21a',
  openedLastDayOfPeriod: 'tc-inc-25-edge',
  closedInPeriod: 'tc-ms-p13',
  expandedInPeriod: 'tc-acc-l1',
  ratedDTwiceStillOpen: 'tc-ms-p05',
  stalledUnderConstruction: 'tc-inc-stalled',
} as const;

type Recs = Partial<Record<Tier, number>>;

interface Draft {
  key: string;
  kind: CarrierKind;
  phases: PhaseSpec[];
  recognitions: Recs;
  district?: string;
  industries?: Industry[];
  ratings?: Record<number, Grade>;
}

const DISTRICT_WEIGHTS = {
  hitech: 22,
  loujiang: 18,
  chengxiang: 12,
  port: 12,
  shaxi: 10,
  liuhe: 7,
  fuqiao: 7,
  shuangfeng: 6,
  huangjing: 6,
} as const;

const INDUSTRY_WEIGHTS = {
  equipment: 3,
  materials: 2.5,
  biomedicine: 2.5,
  digital: 2,
  aerospace: 1.5,
  automotive: 1.5,
  electronics: 1,
  services: 0.8,
  other: 0.6,
} as const;

/** Floor area for an incubation area: incubation is 75–90 % of the floor, rounded up to 100 ㎡. */
function floorFor(incubationAreaM2: number, random: Random): number {
  return Math.ceil(incubationAreaM2 / (0.75 + 0.15 * random()) / 100) * 100;
}

/** One open phase for a carrier that has been running since before the plan period. */
function legacy(openedOn: string, incubationAreaM2: number, random: Random): PhaseSpec {
  return { incubationAreaM2, floorAreaM2: floorFor(incubationAreaM2, random), openedOn };
}

function randomWeights(random: Random, count: number, spread = 1): number[] {
  return Array.from({ length: count }, () => 1 + spread * (random() - 0.5));
}

/** Makerspaces open at the end of 2020: 2 national, 13 provincial, 5 lower (plus 梦工厂, county). */
function makerspaces2020(random: Random): Draft[] {
  const plan: { key: string; opened: string; recognitions: Recs; closedOn?: string; ratings?: Record<number, Grade>; district?: string; industries?: Industry[] }[] = [
    { key: 'tc-ms-n1', opened: '2015-04', recognitions: { provincial: 2016, national: 2018 } },
    { key: 'tc-ms-n2', opened: '2016-03', recognitions: { provincial: 2017, national: 2019 } },
    { key: 'tc-ms-p01', opened: '2016-06', recognitions: { provincial: 2017, national: 2022 } },
    { key: 'tc-ms-p02', opened: '2017-05', recognitions: { provincial: 2018, national: 2024 } },
    { key: 'tc-ms-p03', opened: '2015-09', recognitions: { provincial: 2016 } },
    { key: 'tc-ms-p04', opened: '2016-10', recognitions: { provincial: 2017 } },
    {
      key: 'tc-ms-p05',
      opened: '2017-08',
      recognitions: { provincial: 2018 },
      // Two failed evaluations in a row; still open, which a planner should flag.
      ratings: { 2021: 'B', 2022: 'C', 2023: 'D', 2024: 'D', 2025: 'C' },
      district: 'hitech',
      industries: ['equipment'],
    },
    { key: 'tc-ms-p06', opened: '2016-04', recognitions: { prefecture: 2017, provincial: 2019 } },
    { key: 'tc-ms-p07', opened: '2018-03', recognitions: { provincial: 2019 } },
    { key: 'tc-ms-p08', opened: '2017-11', recognitions: { county: 2018, provincial: 2020 } },
    { key: 'tc-ms-p09', opened: '2018-06', recognitions: { provincial: 2019 } },
    { key: 'tc-ms-p10', opened: '2019-02', recognitions: { provincial: 2020 } },
    { key: 'tc-ms-p11', opened: '2018-09', recognitions: { prefecture: 2019, provincial: 2020 } },
    { key: 'tc-ms-p12', opened: '2018-05', recognitions: { provincial: 2020 }, district: 'shuangfeng', industries: ['agriculture'] },
    {
      // Opened 2019, failed two evaluations, closed 2023: the closed phase of the brief.
      key: 'tc-ms-p13',
      opened: '2019-05',
      closedOn: '2023-03-31',
      recognitions: { provincial: 2020 },
      ratings: { 2021: 'D', 2022: 'D' },
    },
    { key: 'tc-ms-l1', opened: '2018-10', recognitions: { prefecture: 2019, provincial: 2022 } },
    { key: 'tc-ms-l2', opened: '2019-06', recognitions: { prefecture: 2020, provincial: 2024 } },
    { key: 'tc-ms-l3', opened: '2017-07', recognitions: { county: 2018, prefecture: 2021 } },
    { key: 'tc-ms-l4', opened: '2016-09', closedOn: '2022-06-30', recognitions: { county: 2017 } },
    { key: 'tc-ms-l5', opened: '2020-10', recognitions: { county: 2021, prefecture: 2024 } },
  ];
  const total = TAICANG_2020.makerspace.areaM2 - TAICANG_NAMED_AREA_2020.makerspace;
  const areas = splitExactly(total, randomWeights(random, plan.length));
  return plan.map((entry, index) => {
    const area = areas[index] ?? 0;
    const phase = legacy(entry.opened, area, random);
    if (entry.closedOn) phase.closedOn = entry.closedOn;
    return {
      key: entry.key,
      kind: 'makerspace',
      phases: [phase],
      recognitions: entry.recognitions,
      ...(entry.ratings ? { ratings: entry.ratings } : {}),
      ...(entry.district ? { district: entry.district } : {}),
      ...(entry.industries ? { industries: entry.industries } : {}),
    };
  });
}

/** Incubators open at the end of 2020 besides the named ones: 2 national, 5 provincial. */
function incubators2020(random: Random): Draft[] {
  const plan: { key: string; opened: string; recognitions: Recs; weight: number; secondPhaseBefore2021?: string }[] = [
    { key: 'tc-inc-n1', opened: '2010-05', recognitions: { provincial: 2012, national: 2015 }, weight: 1.6, secondPhaseBefore2021: '2016-04' },
    { key: 'tc-inc-n2', opened: '2012-09', recognitions: { provincial: 2014, national: 2019 }, weight: 1.4 },
    { key: 'tc-inc-p1', opened: '2014-03', recognitions: { provincial: 2016, national: 2021 }, weight: 1.1 },
    { key: 'tc-inc-p2', opened: '2015-06', recognitions: { provincial: 2017 }, weight: 0.9 },
    { key: 'tc-inc-p3', opened: '2016-08', recognitions: { provincial: 2018 }, weight: 0.8 },
    { key: 'tc-inc-p4', opened: '2017-04', recognitions: { provincial: 2019 }, weight: 0.7 },
    { key: 'tc-inc-p5', opened: '2018-02', recognitions: { prefecture: 2018, provincial: 2020 }, weight: 0.5 },
  ];
  const total = TAICANG_2020.incubator.areaM2 - TAICANG_NAMED_AREA_2020.incubator;
  const areas = splitExactly(total, plan.map((entry) => entry.weight * (0.9 + 0.2 * random())));
  return plan.map((entry, index) => {
    const area = areas[index] ?? 0;
    if (!entry.secondPhaseBefore2021) return { key: entry.key, kind: 'incubator', phases: [legacy(entry.opened, area, random)], recognitions: entry.recognitions };
    const first = Math.round((area * 0.6) / 100) * 100;
    return {
      key: entry.key,
      kind: 'incubator',
      phases: [legacy(entry.opened, first, random), legacy(entry.secondPhaseBefore2021, area - first, random)],
      recognitions: entry.recognitions,
    };
  });
}

/** Accelerators open at the end of 2020: 1 provincial, 4 lower. */
function accelerators2020(random: Random): Draft[] {
  const plan: { key: string; opened: string; recognitions: Recs; district?: string }[] = [
    { key: 'tc-acc-p1', opened: '2015-10', recognitions: { prefecture: 2016, provincial: 2018 } },
    { key: 'tc-acc-l1', opened: '2017-06', recognitions: { prefecture: 2019 }, district: 'hitech' },
    { key: 'tc-acc-l2', opened: '2018-04', recognitions: { prefecture: 2019, provincial: 2023 } },
    { key: 'tc-acc-l3', opened: '2018-11', recognitions: { county: 2018 } },
    { key: 'tc-acc-l4', opened: '2019-08', recognitions: { county: 2019, prefecture: 2023 } },
  ];
  const areas = splitExactly(TAICANG_2020.accelerator.areaM2, randomWeights(random, plan.length, 0.6));
  return plan.map((entry, index) => ({
    key: entry.key,
    kind: 'accelerator',
    phases: [legacy(entry.opened, areas[index] ?? 0, random)],
    recognitions: entry.recognitions,
    ...(entry.district ? { district: entry.district } : {}),
  }));
}

/** A phase built in the period: construction start, opening and both areas as the calibration needs. */
function built(constructionStartedOn: string, openedOn: string, incubationAreaM2: number, floorAreaM2: number): PhaseSpec {
  return { constructionStartedOn, openedOn, incubationAreaM2, floorAreaM2 };
}

/** A makerspace fitted out in an existing building: no construction start, so no new floor area (A3). */
function fitOut(openedOn: string, incubationAreaM2: number): PhaseSpec {
  return { openedOn, incubationAreaM2, floorAreaM2: Math.round((incubationAreaM2 * 1.2) / 100) * 100 };
}

/**
 * Carriers and phases opened 2021-01-01 … 2025-12-31, the pipeline, and the expansions of
 * 2020-cohort carriers. Incubation area opened per year (with the named 智汇谷 and
 * 航空新材料创新园): 2021 260,000 · 2022 140,000 · 2023 230,000 · 2024 215,000 · 2025 235,000.
 */
function periodDrafts(): Draft[] {
  return [
    // 2021 — 260,000 ㎡ with 智汇谷 一期 (100,000)
    { key: 'tc-inc-21a', kind: 'incubator', phases: [built('2019-05', '2021-01-01', 36_000, 45_000)], recognitions: { county: 2021, prefecture: 2022, provincial: 2024 } },
    { key: 'tc-inc-21b', kind: 'incubator', phases: [built('2020-03', '2021-04', 24_000, 30_000)], recognitions: { county: 2021, prefecture: 2022, provincial: 2024 } },
    { key: 'tc-inc-21c', kind: 'incubator', phases: [built('2020-06', '2021-09', 21_000, 26_000)], recognitions: { prefecture: 2022, provincial: 2024 } },
    { key: 'tc-acc-21', kind: 'accelerator', phases: [built('2019-09', '2021-11', 70_000, 88_000)], recognitions: { county: 2021, prefecture: 2023, provincial: 2024 } },
    { key: 'tc-ms-21a', kind: 'makerspace', phases: [fitOut('2021-03', 3_000)], recognitions: { county: 2021, prefecture: 2022, provincial: 2023 } },
    { key: 'tc-ms-21b', kind: 'makerspace', phases: [fitOut('2021-05', 3_000)], recognitions: { prefecture: 2021, provincial: 2022 } },
    { key: 'tc-ms-21c', kind: 'makerspace', phases: [fitOut('2021-10', 3_000)], recognitions: { county: 2021, provincial: 2024 } },

    // 2022 — 140,000 ㎡ with 航空新材料创新园 (30,000): below the 200,000 a year (A2)
    { key: 'tc-inc-22', kind: 'incubator', phases: [built('2021-02', '2022-12', 45_000, 56_000)], recognitions: { county: 2022, prefecture: 2023, provincial: 2025 } },
    { key: 'tc-acc-22', kind: 'accelerator', phases: [built('2020-08', '2022-06', 56_000, 70_000)], recognitions: { county: 2022, prefecture: 2024 } },
    { key: 'tc-ms-22a', kind: 'makerspace', phases: [fitOut('2022-02', 3_000)], recognitions: { prefecture: 2022, provincial: 2023 } },
    { key: 'tc-ms-22b', kind: 'makerspace', phases: [fitOut('2022-08', 3_000)], recognitions: { county: 2022, provincial: 2024 } },
    {
      key: 'tc-ms-22c',
      kind: 'makerspace',
      phases: [fitOut('2022-11', 3_000)],
      recognitions: { county: 2022, prefecture: 2023, provincial: 2024 },
      district: 'huangjing',
      industries: ['agriculture'],
    },

    // 2023 — 230,000 ㎡ with 智汇谷 二期 (90,000); 172,000 of it by 30 June
    { key: 'tc-inc-23a', kind: 'incubator', phases: [built('2021-05', '2023-03', 40_000, 50_000)], recognitions: { prefecture: 2023, provincial: 2025 } },
    { key: 'tc-inc-23b', kind: 'incubator', phases: [built('2022-02', '2023-05', 36_000, 45_000)], recognitions: { county: 2023, prefecture: 2024 } },
    { key: 'tc-ms-23a', kind: 'makerspace', phases: [fitOut('2023-02', 3_000)], recognitions: { prefecture: 2023, provincial: 2024 } },
    { key: 'tc-ms-23b', kind: 'makerspace', phases: [fitOut('2023-06', 3_000)], recognitions: { county: 2023, prefecture: 2024, provincial: 2025 } },
    { key: 'tc-ms-23c', kind: 'makerspace', phases: [fitOut('2023-10', 3_000)], recognitions: { county: 2023, provincial: 2024 } },
    { key: 'tc-acc-23', kind: 'accelerator', phases: [built('2021-07', '2023-09', 55_000, 68_000)], recognitions: { county: 2023 } },

    // 2024 — 215,000 ㎡ with 智汇谷 三期 (55,000) and tc-acc-l1 二期 (48,000, below)
    { key: 'tc-inc-24a', kind: 'incubator', phases: [built('2022-09', '2024-04', 32_000, 40_000)], recognitions: { prefecture: 2024 } },
    { key: 'tc-inc-24b', kind: 'incubator', phases: [built('2023-03', '2024-07', 28_000, 35_000)], recognitions: { county: 2024, prefecture: 2025 } },
    { key: 'tc-ms-24a', kind: 'makerspace', phases: [fitOut('2024-02', 4_000)], recognitions: { prefecture: 2024, provincial: 2025 } },
    { key: 'tc-ms-24b', kind: 'makerspace', phases: [fitOut('2024-05', 4_000)], recognitions: { county: 2024 } },
    { key: 'tc-ms-24c', kind: 'makerspace', phases: [fitOut('2024-08', 4_000)], recognitions: { county: 2024, provincial: 2025 } },
    { key: 'tc-acc-24', kind: 'accelerator', phases: [built('2023-01', '2024-03', 40_000, 50_000)], recognitions: { county: 2024 } },

    // 2025 — 235,000 ㎡ with tc-inc-p3 二期 (32,000, below)
    { key: 'tc-inc-25-edge', kind: 'incubator', phases: [built('2023-06', '2025-12-31', 45_000, 56_000)], recognitions: {} },
    { key: 'tc-acc-25', kind: 'accelerator', phases: [built('2023-04', '2025-06', 50_000, 62_000)], recognitions: { county: 2025 } },
    { key: 'tc-inc-25b', kind: 'incubator', phases: [built('2023-08', '2025-04', 38_000, 48_000)], recognitions: { prefecture: 2025 } },
    { key: 'tc-inc-25c', kind: 'incubator', phases: [built('2024-02', '2025-09', 30_000, 38_000)], recognitions: { prefecture: 2025 } },
    { key: 'tc-inc-25d', kind: 'incubator', phases: [built('2024-03', '2025-02', 12_000, 15_000)], recognitions: { prefecture: 2025 } },
    { key: 'tc-inc-25e', kind: 'incubator', phases: [built('2024-04', '2025-05', 10_000, 13_000)], recognitions: { prefecture: 2025 } },
    { key: 'tc-inc-25f', kind: 'incubator', phases: [built('2024-06', '2025-07', 8_000, 10_000)], recognitions: { prefecture: 2025 } },
    { key: 'tc-ms-25a', kind: 'makerspace', phases: [fitOut('2025-03', 3_500)], recognitions: { county: 2025 } },
    { key: 'tc-ms-25b', kind: 'makerspace', phases: [fitOut('2025-06', 3_500)], recognitions: { county: 2025 } },
    { key: 'tc-ms-25c', kind: 'makerspace', phases: [fitOut('2025-10', 3_000)], recognitions: {} },

    // Pipeline: started in the period but not open on 2025-12-31 (A4), planned, and started after it.
    {
      key: 'tc-inc-stalled',
      kind: 'incubator',
      district: 'hitech',
      industries: ['equipment', 'digital'],
      phases: [{ constructionStartedOn: '2021-10', plannedOpeningOn: '2027-06', incubationAreaM2: 28_000, floorAreaM2: 36_000 }],
      recognitions: {},
    },
    {
      key: 'tc-inc-26',
      kind: 'incubator',
      phases: [{ constructionStartedOn: '2023-09', plannedOpeningOn: '2026-03', openedOn: '2026-04', incubationAreaM2: 60_000, floorAreaM2: 74_000 }],
      recognitions: {},
    },
    {
      key: 'tc-acc-pipe-a',
      kind: 'accelerator',
      // Planned to open mid-2026 and still building: overdue.
      phases: [{ constructionStartedOn: '2024-05', plannedOpeningOn: '2026-06-30', incubationAreaM2: 72_000, floorAreaM2: 90_000 }],
      recognitions: {},
    },
    {
      key: 'tc-park-pipe',
      kind: 'incubator',
      district: 'loujiang',
      phases: [
        { constructionStartedOn: '2025-03', plannedOpeningOn: '2027-06', incubationAreaM2: 125_000, floorAreaM2: 160_000 },
        { plannedOpeningOn: '2028-12', floorAreaM2: 120_000 },
      ],
      recognitions: {},
    },
    {
      key: 'tc-inc-pipe-b',
      kind: 'incubator',
      phases: [{ constructionStartedOn: '2025-07', plannedOpeningOn: '2026-12', incubationAreaM2: 48_000, floorAreaM2: 60_000 }],
      recognitions: {},
    },
    {
      key: 'tc-acc-pipe-b',
      kind: 'accelerator',
      phases: [{ constructionStartedOn: '2025-10', plannedOpeningOn: '2027-09', incubationAreaM2: 88_000, floorAreaM2: 110_000 }],
      recognitions: {},
    },
    {
      key: 'tc-inc-planned',
      kind: 'incubator',
      phases: [{ plannedOpeningOn: '2027-12', incubationAreaM2: 50_000, floorAreaM2: 62_000 }],
      recognitions: {},
    },
    {
      key: 'tc-inc-started-2026',
      kind: 'incubator',
      phases: [{ constructionStartedOn: '2026-04', plannedOpeningOn: '2027-10', incubationAreaM2: 20_000, floorAreaM2: 25_000 }],
      recognitions: {},
    },
  ];
}

/** Later phases of 2020-cohort carriers, by key. */
const EXPANSIONS: Record<string, PhaseSpec[]> = {
  // Opened 2017, expanded inside the period.
  'tc-acc-l1': [built('2022-08', '2024-05', 48_000, 60_000)],
  'tc-inc-p3': [built('2024-01', '2025-03', 32_000, 40_000)],
  // Started 2024, planned for mid-2026, opened late in 2026: counts toward A4 at 2025-12-31.
  'tc-inc-p4': [{ constructionStartedOn: '2024-11', plannedOpeningOn: '2026-06', openedOn: '2026-09', incubationAreaM2: 36_000, floorAreaM2: 45_000 }],
  // Planned only, no incubation area decided yet.
  'tc-acc-l3': [{ plannedOpeningOn: '2027-06', floorAreaM2: 26_000 }],
};

function drawIndustries(random: Random): Industry[] {
  const first = pickWeighted(random, INDUSTRY_WEIGHTS);
  if (random() >= 0.3) return [first];
  const second = pickWeighted(random, INDUSTRY_WEIGHTS);
  return second === first ? [first] : [first, second];
}

/**
 * The synthetic Taicang specs, names not yet drawn (`name` is filled in by the caller,
 * which owns the name registry).
 */
export function taicangSyntheticSpecs(random: Random): Omit<CarrierSpec, 'name'>[] {
  const drafts = [...makerspaces2020(random), ...incubators2020(random), ...accelerators2020(random), ...periodDrafts()];
  return drafts.map((draft) => {
    const expansion = EXPANSIONS[draft.key] ?? [];
    const spec: Omit<CarrierSpec, 'name'> = {
      key: draft.key,
      kind: draft.kind,
      region: 'taicang',
      district: draft.district ?? pickWeighted(random, DISTRICT_WEIGHTS),
      industries: draft.industries ?? drawIndustries(random),
      phases: [...draft.phases, ...expansion],
      recognitions: draft.recognitions,
      source: SYNTHETIC_SOURCE_TAICANG,
      synthetic: true,
    };
    if (draft.ratings) spec.ratings = draft.ratings;
    return spec;
  });
}
