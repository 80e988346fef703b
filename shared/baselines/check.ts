import { isOpenOn, openIncubationAreaM2 } from '../carriers/derive';
import type { Phase } from '../carriers/schema';
import { CARRIER_KINDS, type CarrierKind } from '../carriers/vocabulary';
import { regionAndDescendants } from '../regions';
import type { PublishedBaseline } from './published';

/** One published figure beside the registry's. */
export interface BaselineFigure {
  published: number;
  registry: number;
  /** registry − published. */
  difference: number;
  /** Counts must be equal; areas must round to the published figure (see `areaPrecisionM2`). */
  agrees: boolean;
}

export interface BaselineCheck {
  baseline: PublishedBaseline;
  /** The total the text states (36) against the carriers the registry holds. */
  carriers: BaselineFigure;
  incubationAreaM2: BaselineFigure;
  byKind: Record<CarrierKind, { carriers: BaselineFigure; incubationAreaM2: BaselineFigure }>;
  /** The published kinds added up (21 + 15 + 5 = 41) against the registry's total. */
  kindsSum: { carriers: BaselineFigure; incubationAreaM2: BaselineFigure };
  /** Whether the stated total equals the published kinds added up (36 ≠ 41: no). */
  publishedConsistent: { carriers: boolean; incubationAreaM2: boolean };
  /**
   * When a stated total disagrees with all the kinds added up: the smallest set of kinds
   * whose published figures add up to it, the likeliest definition the text used (Taicang
   * 2020: 36 = makerspaces 21 + incubators 15, while 91.8 万㎡ includes the accelerators).
   * Empty when no set of kinds adds up to it; absent when the total agrees.
   */
  statedTotalKinds: { carriers?: CarrierKind[]; incubationAreaM2?: CarrierKind[] };
  /** How many figures differ: stated totals and kinds against the registry, and the stated totals against their own breakdown. */
  differences: number;
}

/** What the check reads of a carrier (a registry record or a seed record). */
type CountedCarrier = { kind: CarrierKind; region: string; phases: readonly Phase[] };

function countFigure(published: number, registry: number): BaselineFigure {
  return { published, registry, difference: registry - published, agrees: registry === published };
}

function areaFigure(published: number, registry: number, precisionM2: number): BaselineFigure {
  const difference = registry - published;
  return { published, registry, difference, agrees: Math.abs(difference) < precisionM2 / 2 };
}

/**
 * The registry at the baseline's date beside the published figures. A carrier counts when
 * at least one of its phases is open on that date (`isOpenOn`, judged by dates, so past
 * dates replay); its area is the incubation area of its phases open then. Carriers of the
 * baseline's region and the regions below it count; others are ignored.
 */
export function checkBaseline(baseline: PublishedBaseline, carriers: readonly CountedCarrier[]): BaselineCheck {
  const inside = new Set(regionAndDescendants(baseline.region));
  const tally = Object.fromEntries(CARRIER_KINDS.map((kind) => [kind, { carriers: 0, areaM2: 0 }])) as Record<CarrierKind, { carriers: number; areaM2: number }>;
  for (const carrier of carriers) {
    if (!inside.has(carrier.region)) continue;
    if (!carrier.phases.some((phase) => isOpenOn(phase, baseline.on))) continue;
    tally[carrier.kind].carriers += 1;
    tally[carrier.kind].areaM2 += openIncubationAreaM2(carrier.phases, baseline.on);
  }

  const precision = baseline.areaPrecisionM2;
  const byKind = Object.fromEntries(
    CARRIER_KINDS.map((kind) => [
      kind,
      {
        carriers: countFigure(baseline.byKind[kind].carriers, tally[kind].carriers),
        incubationAreaM2: areaFigure(baseline.byKind[kind].incubationAreaM2, tally[kind].areaM2, precision),
      },
    ]),
  ) as BaselineCheck['byKind'];
  const sum = (pick: (kind: CarrierKind) => number) => CARRIER_KINDS.reduce((total, kind) => total + pick(kind), 0);
  const registryCarriers = sum((kind) => tally[kind].carriers);
  const registryArea = sum((kind) => tally[kind].areaM2);
  const publishedKindsCarriers = sum((kind) => baseline.byKind[kind].carriers);
  const publishedKindsArea = sum((kind) => baseline.byKind[kind].incubationAreaM2);

  const check: Omit<BaselineCheck, 'differences' | 'statedTotalKinds'> = {
    baseline,
    carriers: countFigure(baseline.carriers, registryCarriers),
    incubationAreaM2: areaFigure(baseline.incubationAreaM2, registryArea, precision),
    byKind,
    kindsSum: {
      carriers: countFigure(publishedKindsCarriers, registryCarriers),
      incubationAreaM2: areaFigure(publishedKindsArea, registryArea, precision),
    },
    publishedConsistent: {
      carriers: countFigure(baseline.carriers, publishedKindsCarriers).agrees,
      incubationAreaM2: areaFigure(baseline.incubationAreaM2, publishedKindsArea, precision).agrees,
    },
  };
  const statedTotalKinds: BaselineCheck['statedTotalKinds'] = {
    ...(check.publishedConsistent.carriers ? {} : { carriers: kindsAddingUpTo(baseline.carriers, (kind) => baseline.byKind[kind].carriers, 0) }),
    ...(check.publishedConsistent.incubationAreaM2
      ? {}
      : { incubationAreaM2: kindsAddingUpTo(baseline.incubationAreaM2, (kind) => baseline.byKind[kind].incubationAreaM2, precision / 2) }),
  };
  const agreements = [
    check.carriers.agrees,
    check.incubationAreaM2.agrees,
    check.publishedConsistent.carriers,
    check.publishedConsistent.incubationAreaM2,
    ...CARRIER_KINDS.flatMap((kind) => [byKind[kind].carriers.agrees, byKind[kind].incubationAreaM2.agrees]),
  ];
  return { ...check, statedTotalKinds, differences: agreements.filter((agrees) => !agrees).length };
}

/** The smallest set of kinds (in vocabulary order) whose figures add up to `total` within `tolerance`; [] if none. */
function kindsAddingUpTo(total: number, figure: (kind: CarrierKind) => number, tolerance: number): CarrierKind[] {
  const subsets = Array.from({ length: 2 ** CARRIER_KINDS.length - 1 }, (_, n) => CARRIER_KINDS.filter((_kind, k) => (n + 1) & (1 << k)));
  subsets.sort((a, b) => a.length - b.length);
  return subsets.find((kinds) => Math.abs(kinds.reduce((sum, kind) => sum + figure(kind), 0) - total) <= tolerance) ?? [];
}
