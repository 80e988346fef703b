import { TIERS, tierRank, type CarrierKind, type Industry, type Tier } from '@shared/carriers/vocabulary';
import type { CarrierSpec, PhaseSpec } from './build';
import { KUNSHAN_NAMED_AREA_2020 } from './named';
import { intBetween, pickWeighted, splitExactly, type Random } from './prng';
import { SYNTHETIC_SOURCE_KUNSHAN } from './sources';

/**
 * The synthetic Kunshan demo set. Calibrated exactly to [003] 一（一）3 for the end of 2020
 * (53 incubators and 87 makerspaces open; 4,223,800 ㎡ in use, named carriers included).
 * After 2020 it is a plausible story, uncalibrated except where stated: 7 makerspaces close;
 * 12 incubators, 30 makerspaces, 2 accelerators and 6 second phases open, 900,000 ㎡ in all;
 * a small pipeline is under construction. Tiers are drawn: [003] publishes no breakdown.
 */
export const KUNSHAN_2020 = { incubators: 53, makerspaces: 87, areaM2: 4_223_800 } as const;

/** Incubation area opened 2021-01-01 … 2025-12-31 (new carriers and second phases). */
export const KUNSHAN_OPENED_2021_2025_M2 = 900_000;

const NAMED_INCUBATORS = 5;
const OLD_INCUBATORS = KUNSHAN_2020.incubators - NAMED_INCUBATORS;
const OLD_MAKERSPACES = KUNSHAN_2020.makerspaces;
/** Makerspace area in use at the end of 2020; the incubators hold the rest. */
const MAKERSPACE_AREA_2020 = 280_000;

const CLOSING_YEARS = [2021, 2022, 2022, 2023, 2024, 2024, 2025] as const;
const SECOND_PHASE_YEARS = [2021, 2022, 2023, 2023, 2024, 2025] as const;
const NEW_INCUBATOR_YEARS = [2021, 2021, 2022, 2022, 2023, 2023, 2023, 2024, 2024, 2025, 2025, 2025] as const;
const NEW_MAKERSPACE_YEARS = [2021, 2022, 2023, 2024, 2025].flatMap((year) => Array<number>(6).fill(year));
const NEW_ACCELERATOR_YEARS = [2022, 2025] as const;

const DISTRICT_WEIGHTS = {
  ketdz: 3,
  hitech: 3,
  huaqiao: 2,
  yushan: 2,
  lujia: 1,
  zhoushi: 1,
  bacheng: 1,
  zhangpu: 1,
  qiandeng: 1,
  dianshanhu: 0.7,
  zhouzhuang: 0.4,
  jinxi: 0.4,
} as const;

const INDUSTRY_WEIGHTS = {
  electronics: 3,
  equipment: 2.5,
  digital: 2,
  biomedicine: 1.5,
  materials: 1,
  automotive: 1,
  services: 1,
  other: 0.5,
  agriculture: 0.3,
} as const;

type Recs = Partial<Record<Tier, number>>;

const ASCENDING: readonly Tier[] = [...TIERS].sort((a, b) => tierRank(a) - tierRank(b));

function month(random: Random): string {
  return String(intBetween(random, 1, 12)).padStart(2, '0');
}

function floorFor(incubationAreaM2: number, random: Random, share = 0.75 + 0.15 * random()): number {
  return Math.ceil(incubationAreaM2 / share / 100) * 100;
}

/**
 * Recognitions up to 2020 for a carrier opened in `openedYear`: a top tier, some of the
 * tiers below it on the way up, in increasing years, none after 2020.
 */
function ladderUntil2020(random: Random, kind: CarrierKind, openedYear: number): Recs {
  const top: Tier =
    kind === 'incubator'
      ? pickWeighted(random, { national: 0.1, provincial: 0.3, prefecture: 0.3, county: 0.3 })
      : pickWeighted(random, { national: 0.06, provincial: 0.34, prefecture: 0.3, county: 0.3 });
  // Lower tiers on the way up are kept at random, except that a national carrier was provincial first.
  const steps = ASCENDING.filter(
    (tier) => tierRank(tier) < tierRank(top) && (random() < 0.5 || (top === 'national' && tier === 'provincial')),
  );
  const recs: Recs = {};
  let year = Math.min(2020, openedYear + intBetween(random, 0, 1));
  for (const tier of [...steps, top]) {
    recs[tier] = year;
    year = Math.min(2020, year + intBetween(random, 1, 3));
  }
  return recs;
}

function topTier(recs: Recs): Tier | undefined {
  return [...TIERS].find((tier) => recs[tier] !== undefined);
}

function nextTier(tier: Tier | undefined): Tier | undefined {
  if (!tier) return 'county';
  return ASCENDING[ASCENDING.indexOf(tier) + 1];
}

/** Sometimes one step up during the plan period. */
function maybeClimb(random: Random, recs: Recs, probability: number, fromYear: number): Recs {
  if (random() >= probability) return recs;
  const next = nextTier(topTier(recs));
  if (!next) return recs;
  const after = Math.max(fromYear, ...Object.values(recs).map((year) => (year ?? 0) + 1));
  if (after > 2025) return recs;
  return { ...recs, [next]: intBetween(random, after, 2025) };
}

/** Recognitions for a carrier opened in the period: a first tier soon after opening, maybe a climb. */
function newcomerRecs(random: Random, openedYear: number): Recs {
  const firstYear = openedYear + intBetween(random, 0, 1);
  if (firstYear > 2025) return {};
  const first = pickWeighted(random, { county: 0.55, prefecture: 0.35, provincial: 0.1 });
  return maybeClimb(random, { [first]: firstYear }, 0.25, firstYear + 1);
}

function drawIndustries(random: Random): Industry[] {
  const first = pickWeighted(random, INDUSTRY_WEIGHTS);
  if (random() >= 0.25) return [first];
  const second = pickWeighted(random, INDUSTRY_WEIGHTS);
  return second === first ? [first] : [first, second];
}

function spec(random: Random, key: string, kind: CarrierKind, phases: PhaseSpec[], recognitions: Recs): Omit<CarrierSpec, 'name'> {
  return {
    key,
    kind,
    region: 'kunshan',
    district: pickWeighted(random, DISTRICT_WEIGHTS),
    industries: drawIndustries(random),
    phases,
    recognitions,
    source: SYNTHETIC_SOURCE_KUNSHAN,
    synthetic: true,
  };
}

/** The synthetic Kunshan specs, names not yet drawn. */
export function kunshanSyntheticSpecs(random: Random): Omit<CarrierSpec, 'name'>[] {
  const specs: Omit<CarrierSpec, 'name'>[] = [];
  const incubatorArea2020 = KUNSHAN_2020.areaM2 - KUNSHAN_NAMED_AREA_2020 - MAKERSPACE_AREA_2020;
  const incubatorAreas = splitExactly(incubatorArea2020, Array.from({ length: OLD_INCUBATORS }, () => 0.4 + 1.2 * random()));
  const makerspaceAreas = splitExactly(MAKERSPACE_AREA_2020, Array.from({ length: OLD_MAKERSPACES }, () => 0.5 + random()), 50);

  // Period openings: second phases of old incubators, new incubators, accelerators, makerspaces.
  const makerspaceOpenings = splitExactly(105_000, NEW_MAKERSPACE_YEARS.map(() => 0.6 + 0.8 * random()), 50);
  const acceleratorOpenings = splitExactly(100_000, NEW_ACCELERATOR_YEARS.map(() => 0.8 + 0.4 * random()));
  const incubatorOpenings = splitExactly(
    KUNSHAN_OPENED_2021_2025_M2 - 105_000 - 100_000,
    [...SECOND_PHASE_YEARS, ...NEW_INCUBATOR_YEARS].map(() => 0.5 + random()),
  );

  for (let index = 0; index < OLD_INCUBATORS; index += 1) {
    const area = incubatorAreas[index] ?? 0;
    const openedYear = intBetween(random, 2008, 2020);
    const phases: PhaseSpec[] = [];
    if (openedYear <= 2016 && random() < 0.35) {
      const first = Math.round((area * 0.6) / 100) * 100;
      phases.push({ incubationAreaM2: first, floorAreaM2: floorFor(first, random), openedOn: `${openedYear}-${month(random)}` });
      const secondYear = intBetween(random, openedYear + 2, 2020);
      phases.push({ incubationAreaM2: area - first, floorAreaM2: floorFor(area - first, random), openedOn: `${secondYear}-${month(random)}` });
    } else {
      phases.push({ incubationAreaM2: area, floorAreaM2: floorFor(area, random), openedOn: `${openedYear}-${month(random)}` });
    }
    const secondPhaseYear = SECOND_PHASE_YEARS[index];
    if (secondPhaseYear !== undefined) {
      const opened = incubatorOpenings[index] ?? 0;
      phases.push({
        constructionStartedOn: `${secondPhaseYear - 2}-${month(random)}`,
        openedOn: `${secondPhaseYear}-${month(random)}`,
        incubationAreaM2: opened,
        floorAreaM2: floorFor(opened, random),
      });
    }
    const recs = maybeClimb(random, ladderUntil2020(random, 'incubator', openedYear), 0.18, 2021);
    specs.push(spec(random, `ks-inc-${String(index + 1).padStart(2, '0')}`, 'incubator', phases, recs));
  }

  let closures = 0;
  for (let index = 0; index < OLD_MAKERSPACES; index += 1) {
    const area = makerspaceAreas[index] ?? 0;
    const openedYear = intBetween(random, 2015, 2020);
    const phase: PhaseSpec = { incubationAreaM2: area, floorAreaM2: floorFor(area, random), openedOn: `${openedYear}-${month(random)}` };
    let recs = ladderUntil2020(random, 'makerspace', openedYear);
    const closingYear = CLOSING_YEARS[closures];
    const lowTier = tierRank(topTier(recs) ?? 'county') <= tierRank('prefecture');
    if (closingYear !== undefined && lowTier) {
      phase.closedOn = `${closingYear}-${month(random)}-28`;
      closures += 1;
    } else {
      recs = maybeClimb(random, recs, 0.18, 2021);
    }
    specs.push(spec(random, `ks-ms-${String(index + 1).padStart(2, '0')}`, 'makerspace', [phase], recs));
  }
  if (closures !== CLOSING_YEARS.length) throw new Error('not enough low-tier makerspaces to close');

  NEW_INCUBATOR_YEARS.forEach((year, index) => {
    const area = incubatorOpenings[SECOND_PHASE_YEARS.length + index] ?? 0;
    const phase: PhaseSpec = {
      constructionStartedOn: `${year - 2}-${month(random)}`,
      openedOn: `${year}-${month(random)}`,
      incubationAreaM2: area,
      floorAreaM2: floorFor(area, random),
    };
    specs.push(spec(random, `ks-inc-new-${String(index + 1).padStart(2, '0')}`, 'incubator', [phase], newcomerRecs(random, year)));
  });

  NEW_MAKERSPACE_YEARS.forEach((year, index) => {
    const area = makerspaceOpenings[index] ?? 0;
    const phase: PhaseSpec = { openedOn: `${year}-${month(random)}`, incubationAreaM2: area, floorAreaM2: floorFor(area, random, 0.85) };
    specs.push(spec(random, `ks-ms-new-${String(index + 1).padStart(2, '0')}`, 'makerspace', [phase], newcomerRecs(random, year)));
  });

  NEW_ACCELERATOR_YEARS.forEach((year, index) => {
    const area = acceleratorOpenings[index] ?? 0;
    const phase: PhaseSpec = {
      constructionStartedOn: `${year - 2}-${month(random)}`,
      openedOn: `${year}-${month(random)}`,
      incubationAreaM2: area,
      floorAreaM2: floorFor(area, random),
    };
    specs.push(spec(random, `ks-acc-new-${index + 1}`, 'accelerator', [phase], newcomerRecs(random, year)));
  });

  const pipeline: PhaseSpec[] = [
    { constructionStartedOn: '2024-08', plannedOpeningOn: '2026-03', openedOn: '2026-05', incubationAreaM2: 42_000, floorAreaM2: 52_000 },
    { constructionStartedOn: '2024-09', plannedOpeningOn: '2026-10', incubationAreaM2: 65_000, floorAreaM2: 80_000 },
    { constructionStartedOn: '2025-04', plannedOpeningOn: '2027-03', incubationAreaM2: 90_000, floorAreaM2: 110_000 },
    { constructionStartedOn: '2025-11', plannedOpeningOn: '2027-12', incubationAreaM2: 38_000, floorAreaM2: 47_000 },
    { plannedOpeningOn: '2027-09', incubationAreaM2: 55_000, floorAreaM2: 68_000 },
  ];
  pipeline.forEach((phase, index) => specs.push(spec(random, `ks-inc-pipe-${index + 1}`, 'incubator', [phase], {})));
  return specs;
}
