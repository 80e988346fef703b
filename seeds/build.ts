import type { CarrierCreate, Phase, Rating, Recognition } from '@shared/carriers/schema';
import { TIERS, tierRank, type CarrierKind, type Grade, type Industry, type Tier } from '@shared/carriers/vocabulary';
import { findDistrict, findRegion, OVERSEAS_DISTRICT_ID } from '@shared/regions';
import { intBetween, pickWeighted, type Random } from './prng';

/** A seed record is exactly what a client would POST: it must pass CarrierCreateSchema. */
export type SeedCarrier = CarrierCreate;

/**
 * A date in a spec: `YYYY-MM-DD` is kept as written; `YYYY-MM` gets a day of the month
 * (1–28) from the generator, so dates look organic but stay in the month the calibration
 * needs.
 */
export type When = string;

export interface PhaseSpec {
  incubationAreaM2?: number;
  floorAreaM2?: number;
  constructionStartedOn?: When;
  plannedOpeningOn?: When;
  openedOn?: When;
  closedOn?: When;
}

export interface CarrierSpec {
  /** Internal key, stable across runs (the README and tests refer to some of them). */
  key: string;
  name: string;
  kind: CarrierKind;
  region: 'taicang' | 'kunshan';
  district: string;
  industries: Industry[];
  phases: PhaseSpec[];
  /** Year each tier was recognised; at most one per tier (CarrierCreateSchema refuses two). */
  recognitions?: Partial<Record<Tier, number>>;
  /** Notes on recognitions, by tier (e.g. where the tier comes from). */
  recognitionNotes?: Partial<Record<Tier, string>>;
  /** Explicit grades by year; when absent and the carrier is provincial or higher, grades are drawn. */
  ratings?: Record<number, Grade>;
  address?: string;
  operator?: string;
  source: string;
  synthetic: boolean;
}

const PHASE_LABELS = ['一期', '二期', '三期', '四期', '五期'] as const;

/** Radius (km) within which a point is scattered around its town's centre. */
export const JITTER_RADIUS_KM = 2;

function resolveDate(when: When | undefined, random: Random): string | undefined {
  if (when === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return when;
  if (/^\d{4}-\d{2}$/.test(when)) return `${when}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
  throw new Error(`bad date in seed spec: ${when}`);
}

/** Status follows from the dates: closed, open, under construction (started), else planned. */
function statusOf(spec: PhaseSpec): Phase['status'] {
  if (spec.closedOn) return 'closed';
  if (spec.openedOn) return 'open';
  if (spec.constructionStartedOn) return 'under_construction';
  return 'planned';
}

function buildPhase(spec: PhaseSpec, index: number, random: Random, key: string): Phase {
  const label = PHASE_LABELS[index];
  if (!label) throw new Error(`${key}: too many phases`);
  const phase: Phase = { id: `p${index + 1}`, label, status: statusOf(spec) };
  if (spec.incubationAreaM2 !== undefined) phase.incubationAreaM2 = spec.incubationAreaM2;
  if (spec.floorAreaM2 !== undefined) phase.floorAreaM2 = spec.floorAreaM2;
  const started = resolveDate(spec.constructionStartedOn, random);
  const planned = resolveDate(spec.plannedOpeningOn, random);
  const opened = resolveDate(spec.openedOn, random);
  const closed = resolveDate(spec.closedOn, random);
  if (started) phase.constructionStartedOn = started;
  if (planned) phase.plannedOpeningOn = planned;
  if (opened) phase.openedOn = opened;
  if (closed) phase.closedOn = closed;
  // Construction start ≤ planned opening, and start ≤ opening ≤ closing (a late opening may follow the plan).
  const chains = [
    [started, planned],
    [started, opened, closed],
  ].map((chain) => chain.filter((date): date is string => !!date));
  for (const chain of chains) {
    for (let i = 1; i < chain.length; i += 1) {
      if ((chain[i - 1] ?? '') > (chain[i] ?? '')) throw new Error(`${key} ${label}: dates out of order (${chain.join(' → ')})`);
    }
  }
  return phase;
}

/** A point scattered uniformly within JITTER_RADIUS_KM of the district centre, WGS-84, 5 decimals (~1 m). */
export function scatterAround(center: readonly [number, number], random: Random): [number, number] {
  const distanceKm = JITTER_RADIUS_KM * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const [lng, lat] = center;
  const dLat = (distanceKm * Math.cos(bearing)) / 111.32;
  const dLng = (distanceKm * Math.sin(bearing)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [Number((lng + dLng).toFixed(5)), Number((lat + dLat).toFixed(5))];
}

/** Grades are drawn A–C; a D (不合格) is only ever written into a spec on purpose. */
const DRAWN_GRADES: Record<Exclude<Grade, 'D'>, number> = { A: 3, B: 5, C: 2 };

/** Performance evaluations 2021–2025 for carriers recognised provincial or higher the year before. */
function drawRatings(spec: CarrierSpec, random: Random): Rating[] {
  const provincialSince = Math.min(
    ...(['national', 'provincial'] as const).map((tier) => spec.recognitions?.[tier] ?? Number.POSITIVE_INFINITY),
  );
  if (!Number.isFinite(provincialSince)) return [];
  const closedYear = Math.min(
    ...spec.phases.map((phase) => (phase.closedOn ? Number(phase.closedOn.slice(0, 4)) : Number.POSITIVE_INFINITY)),
  );
  const ratings: Rating[] = [];
  for (let year = Math.max(2021, provincialSince + 1); year <= 2025 && year < closedYear; year += 1) {
    ratings.push({ year, grade: pickWeighted(random, DRAWN_GRADES) });
  }
  return ratings;
}

/** Turns a spec into a record; consumes the generator in a fixed order, so output is stable. */
export function buildCarrier(spec: CarrierSpec, random: Random): SeedCarrier {
  const region = findRegion(spec.region);
  if (!region) throw new Error(`${spec.key}: unknown region ${spec.region}`);
  const district = findDistrict(spec.region, spec.district);
  if (!district) throw new Error(`${spec.key}: unknown district ${spec.district}`);

  const phases = spec.phases.map((phase, index) => buildPhase(phase, index, random, spec.key));
  const recognitions: Recognition[] = TIERS.filter((tier) => spec.recognitions?.[tier] !== undefined)
    .sort((a, b) => tierRank(a) - tierRank(b))
    .map((tier) => {
      const recognition: Recognition = { id: `r-${tier}`, tier, year: spec.recognitions?.[tier] ?? 0 };
      const note = spec.recognitionNotes?.[tier];
      if (note) recognition.note = note;
      return recognition;
    });
  const ratings = spec.ratings
    ? Object.entries(spec.ratings).map(([year, grade]) => ({ year: Number(year), grade }))
    : drawRatings(spec, random);

  const abroad = spec.district === OVERSEAS_DISTRICT_ID;
  const location = abroad || !district.center ? null : { type: 'Point' as const, coordinates: scatterAround(district.center, random) };

  const carrier: SeedCarrier = {
    name: spec.name,
    kind: spec.kind,
    region: spec.region,
    district: spec.district,
    address: spec.address ?? `${region.name.zh}${district.name.zh}`,
    location,
    locationApproximate: location !== null,
    industries: spec.industries,
    phases,
    recognitions,
    ratings,
    provenance: { source: spec.source, synthetic: spec.synthetic },
  };
  if (location) carrier.locationDatum = 'wgs84';
  if (spec.operator) carrier.operator = spec.operator;
  return carrier;
}
