import { buildCarrier, type CarrierSpec, type SeedCarrier } from './build';
import { kunshanSyntheticSpecs } from './kunshan';
import { NameRegistry } from './names';
import { namedKunshanSpecs, namedTaicangSpecs, TAICANG_NAMED } from './named';
import { mulberry32, SEED } from './prng';
import { TAICANG_KEYS, taicangSyntheticSpecs } from './taicang';

export type { SeedCarrier } from './build';

/** A seed record with the internal key the README and the tests use to name it. */
export interface KeyedSeedCarrier {
  key: string;
  carrier: SeedCarrier;
}

function buildRegion(
  seed: number,
  named: CarrierSpec[],
  synthetic: (random: () => number) => Omit<CarrierSpec, 'name'>[],
  names: NameRegistry,
): KeyedSeedCarrier[] {
  const random = mulberry32(seed);
  const drafts = synthetic(random);
  for (const spec of named) names.reserve(spec.region, spec.name);
  const specs: CarrierSpec[] = [
    ...named,
    ...drafts.map((draft) => ({ ...draft, name: names.draw(random, draft.region, draft.district, draft.kind, draft.industries[0] ?? 'other') })),
  ];
  return specs.map((spec) => ({ key: spec.key, carrier: buildCarrier(spec, random) }));
}

let cache: KeyedSeedCarrier[] | undefined;

function build(): KeyedSeedCarrier[] {
  if (cache) return cache;
  const names = new NameRegistry();
  // One stream per region, so a change to Kunshan's story never moves a Taicang record.
  cache = [
    ...buildRegion(SEED, namedTaicangSpecs(), taicangSyntheticSpecs, names),
    ...buildRegion(SEED + 1, namedKunshanSpecs(), kunshanSyntheticSpecs, names),
  ];
  return cache;
}

/** Every seed record with its internal key (a fresh copy each call). */
export function seedCarriersWithKeys(): KeyedSeedCarrier[] {
  return structuredClone(build());
}

/**
 * The seed data for Taicang and Kunshan: the carriers the documents name plus a synthetic
 * demo set calibrated to the published aggregates (seeds/README.md). Deterministic — the
 * same records on every run — and each one passes CarrierCreateSchema. A fresh copy each call.
 */
export function seedCarriers(): SeedCarrier[] {
  return seedCarriersWithKeys().map(({ carrier }) => carrier);
}

function nameOf(key: string): string {
  const found = build().find((entry) => entry.key === key);
  if (!found) throw new Error(`no seed carrier ${key}`);
  return found.carrier.name;
}

/**
 * The Taicang carriers the demo account `manager` owns: a named incubator in 太仓高新区 and
 * three synthetic ones there that exercise the editing screens — an accelerator expanded with
 * a second phase in 2024, a makerspace graded D two years running, and an incubator whose
 * construction started in 2021 and has not finished.
 */
export const demoManagerCarrierNames: string[] = [
  TAICANG_NAMED.mobo,
  nameOf(TAICANG_KEYS.expandedInPeriod),
  nameOf(TAICANG_KEYS.ratedDTwiceStillOpen),
  nameOf(TAICANG_KEYS.stalledUnderConstruction),
];
