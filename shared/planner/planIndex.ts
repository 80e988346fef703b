import type { CarrierRecord } from '../carriers/record';
import { INDUSTRIES, TIERS, tierRank, type CarrierKind, type PhaseStatus, type Tier } from '../carriers/vocabulary';
import { NO_DATE, dateKey, optionalDateKey } from './dateKeys';

/*
 * One pass over the carriers turns them into columns (typed arrays) and buckets phases and
 * recognitions by year, so that every target reads only the years of its period instead of
 * rescanning every carrier. Built once per evaluation and shared by all targets.
 */

export const STATUS_CODES: Record<PhaseStatus, number> = { planned: 0, under_construction: 1, open: 2, closed: 3 };
export const PLANNED = STATUS_CODES.planned;
export const UNDER_CONSTRUCTION = STATUS_CODES.under_construction;

const KIND_CODES: Record<CarrierKind, number> = { makerspace: 0, incubator: 1, accelerator: 2 };

/** Tier codes are tier ranks (county 1 … national 4); 0 means no recognition. */
export const NO_TIER = 0;
export const TIER_BY_RANK: readonly (Tier | null)[] = [null, ...[...TIERS].reverse()];

const INDUSTRY_CODES = new Map<string, number>(INDUSTRIES.map((industry, code) => [industry, code]));
/** Industry code of carriers that name none. */
export const UNSPECIFIED_INDUSTRY = INDUSTRIES.length;

/** Indices of phases (or recognitions) grouped by calendar year, in CSR form. */
export interface YearBuckets {
  firstYear: number;
  /** `order[offsets[y - firstYear] … offsets[y - firstYear + 1])` are the items of year y. */
  offsets: Int32Array;
  order: Int32Array;
}

export interface PlanIndex {
  carriers: readonly CarrierRecord[];
  /** Region ids in order of first appearance; carrierRegion holds positions in it. */
  regionIds: string[];
  /** Carriers per region code. */
  regionCarrierCounts: Int32Array;
  /** `${region}/${district}` (district '' when absent); carrierDistrict holds positions in it. */
  districtKeys: string[];
  carrierRegion: Uint16Array;
  carrierKind: Uint8Array;
  carrierDistrict: Uint16Array;
  /** The first industry a carrier lists (主导产业), or UNSPECIFIED_INDUSTRY. */
  carrierIndustry: Uint8Array;
  /** Phases of carrier c are `carrierPhaseStart[c] … carrierPhaseStart[c + 1]`. */
  carrierPhaseStart: Int32Array;
  carrierRecognitionStart: Int32Array;
  phaseCarrier: Int32Array;
  phaseIncubationM2: Float64Array;
  /** Floor area, or incubation area when no floor area is recorded (a lower bound). */
  phaseFloorM2: Float64Array;
  /** The as-of the phase states below are judged at (AFTER_EVERY_DATE: by recorded status). */
  asOfKey: number;
  /** Each phase's status at as-of, by its dates (phaseAtAsOf.ts `phaseStatusAt`). */
  phaseStatus: Uint8Array;
  phaseStarted: Int32Array;
  /** Pipeline phases at as-of: `plannedOpeningOn ?? openedOn` (phaseAtAsOf.ts `plannedOpeningAt`); NO_DATE otherwise. */
  phasePlannedOpening: Int32Array;
  phaseOpened: Int32Array;
  phaseClosed: Int32Array;
  recognitionCarrier: Int32Array;
  recognitionTier: Uint8Array;
  recognitionYear: Int32Array;
  openedByYear: YearBuckets;
  startedByYear: YearBuckets;
  recognitionsByYear: YearBuckets;
  /** Phases planned or under construction at as-of (not opened by then), the forecast's pipeline. */
  pipelinePhases: Int32Array;
  /** Tier codes held by each carrier at the end of a year, filled on demand. */
  tiersByYear: Map<number, Uint8Array>;
}

/** Later than any date key: an as-of that judges every phase by its recorded status. */
export const AFTER_EVERY_DATE = 99_999_999;

/**
 * Columns and year buckets for a list of carriers; the carriers are not copied or changed.
 * Phase states are those at `asOfKey` (as-of replay, phaseAtAsOf.ts): a phase that opened
 * after as-of is pipeline, under construction if it had started by then, else planned, and
 * expected on `plannedOpeningOn ?? openedOn`. The default judges by recorded status.
 *
 * Written for speed, since it reads every phase: it touches a string only when it must (the
 * status of a phase with an opening date follows from its dates, by the carrier schema's
 * rules: open or closed exactly when `openedOn` is set), and it builds no strings.
 */
export function buildPlanIndex(carriers: readonly CarrierRecord[], asOfKey: number = AFTER_EVERY_DATE): PlanIndex {
  let phaseCount = 0;
  let recognitionCount = 0;
  for (let c = 0; c < carriers.length; c += 1) {
    phaseCount += carriers[c]!.phases.length;
    recognitionCount += carriers[c]!.recognitions.length;
  }
  const carrierCount = carriers.length;
  const codes = new CarrierCodes();
  const carrierRegion = new Uint16Array(carrierCount);
  const carrierKind = new Uint8Array(carrierCount);
  const carrierDistrict = new Uint16Array(carrierCount);
  const carrierIndustry = new Uint8Array(carrierCount);
  const carrierPhaseStart = new Int32Array(carrierCount + 1);
  const carrierRecognitionStart = new Int32Array(carrierCount + 1);
  const phaseCarrier = new Int32Array(phaseCount);
  const phaseIncubationM2 = new Float64Array(phaseCount);
  const phaseFloorM2 = new Float64Array(phaseCount);
  const phaseStatus = new Uint8Array(phaseCount);
  const phaseStarted = new Int32Array(phaseCount);
  const phasePlannedOpening = new Int32Array(phaseCount);
  const phaseOpened = new Int32Array(phaseCount);
  const phaseClosed = new Int32Array(phaseCount);
  const recognitionCarrier = new Int32Array(recognitionCount);
  const recognitionTier = new Uint8Array(recognitionCount);
  const recognitionYear = new Int32Array(recognitionCount);
  const pipeline = new Int32Array(phaseCount);
  let pipelineCount = 0;
  let p = 0;
  let r = 0;
  for (let c = 0; c < carrierCount; c += 1) {
    const carrier = carriers[c]!;
    const regionCode = codes.region(carrier.region);
    carrierRegion[c] = regionCode;
    carrierKind[c] = kindCode(carrier.kind);
    carrierDistrict[c] = codes.district(regionCode, carrier.district);
    carrierIndustry[c] = codes.industry(carrier.industries[0]);
    carrierPhaseStart[c] = p;
    const phases = carrier.phases;
    for (let k = 0; k < phases.length; k += 1) {
      const phase = phases[k]!;
      const incubation = phase.incubationAreaM2 ?? 0;
      phaseCarrier[p] = c;
      phaseIncubationM2[p] = incubation;
      phaseFloorM2[p] = phase.floorAreaM2 ?? incubation;
      const started = optionalDateKey(phase.constructionStartedOn);
      phaseStarted[p] = started;
      const opened = optionalDateKey(phase.openedOn);
      phaseOpened[p] = opened;
      const closed = optionalDateKey(phase.closedOn);
      phaseClosed[p] = closed;
      if (opened !== NO_DATE && opened <= asOfKey) {
        phaseStatus[p] = closed !== NO_DATE && closed <= asOfKey ? CLOSED : OPEN;
      } else {
        // Pipeline at as-of; see phaseAtAsOf.ts for the rule.
        const planned = opened === NO_DATE ? phase.status === 'planned' : false;
        const underConstruction = !planned && (started !== NO_DATE ? started <= asOfKey : phase.status === 'under_construction');
        phaseStatus[p] = underConstruction ? UNDER_CONSTRUCTION : PLANNED;
        const plannedOpening = optionalDateKey(phase.plannedOpeningOn);
        phasePlannedOpening[p] = plannedOpening === NO_DATE ? opened : plannedOpening;
        pipeline[pipelineCount] = p;
        pipelineCount += 1;
      }
      p += 1;
    }
    carrierRecognitionStart[c] = r;
    const recognitions = carrier.recognitions;
    for (let k = 0; k < recognitions.length; k += 1) {
      const recognition = recognitions[k]!;
      recognitionCarrier[r] = c;
      recognitionTier[r] = tierCode(recognition.tier);
      recognitionYear[r] = recognition.year;
      r += 1;
    }
  }
  carrierPhaseStart[carrierCount] = p;
  carrierRecognitionStart[carrierCount] = r;
  return {
    carriers,
    regionIds: codes.regionIds,
    regionCarrierCounts: codes.regionCounts(carrierRegion),
    districtKeys: codes.districtKeys,
    carrierRegion,
    carrierKind,
    carrierDistrict,
    carrierIndustry,
    carrierPhaseStart,
    carrierRecognitionStart,
    phaseCarrier,
    phaseIncubationM2,
    phaseFloorM2,
    asOfKey,
    phaseStatus,
    phaseStarted,
    phasePlannedOpening,
    phaseOpened,
    phaseClosed,
    recognitionCarrier,
    recognitionTier,
    recognitionYear,
    openedByYear: bucketByYear(phaseOpened, true),
    startedByYear: bucketByYear(phaseStarted, true),
    recognitionsByYear: bucketByYear(recognitionYear, false),
    pipelinePhases: pipeline.subarray(0, pipelineCount),
    tiersByYear: new Map(),
  };
}

const OPEN = STATUS_CODES.open;
const CLOSED = STATUS_CODES.closed;

/** Kind names differ in length, so this compares lengths, not characters. */
function kindCode(kind: CarrierKind): number {
  return kind === 'incubator' ? KIND_CODES.incubator : kind === 'makerspace' ? KIND_CODES.makerspace : KIND_CODES.accelerator;
}

/** The tier's rank (see vocabulary.ts `tierRank`), by comparison rather than a keyed lookup. */
function tierCode(tier: Tier): number {
  return tier === 'prefecture' ? 2 : tier === 'provincial' ? 3 : tier === 'national' ? 4 : tierRank(tier);
}

/** Small integer codes for regions, districts and industries, remembering the last region seen (carriers come grouped). */
class CarrierCodes {
  readonly regionIds: string[] = [];
  readonly districtKeys: string[] = [];
  readonly #regions = new Map<string, number>();
  readonly #districts: Map<string, number>[] = [];
  #lastRegion: string | undefined;
  #lastRegionCode = 0;
  #lastIndustry: string | undefined;
  #lastIndustryCode: number = UNSPECIFIED_INDUSTRY;

  region(id: string): number {
    if (id === this.#lastRegion) return this.#lastRegionCode;
    let code = this.#regions.get(id);
    if (code === undefined) {
      code = this.regionIds.length;
      this.regionIds.push(id);
      this.#regions.set(id, code);
      this.#districts.push(new Map());
    }
    this.#lastRegion = id;
    this.#lastRegionCode = code;
    return code;
  }

  district(regionCode: number, district: string | undefined): number {
    const districts = this.#districts[regionCode]!;
    const name = district ?? '';
    const known = districts.get(name);
    if (known !== undefined) return known;
    const code = this.districtKeys.length;
    this.districtKeys.push(`${this.regionIds[regionCode]}/${name}`);
    districts.set(name, code);
    return code;
  }

  industry(industry: string | undefined): number {
    if (industry === this.#lastIndustry) return this.#lastIndustryCode;
    const code = industry === undefined ? UNSPECIFIED_INDUSTRY : (INDUSTRY_CODES.get(industry) ?? UNSPECIFIED_INDUSTRY);
    this.#lastIndustry = industry;
    this.#lastIndustryCode = code;
    return code;
  }

  regionCounts(carrierRegion: Uint16Array): Int32Array {
    const counts = new Int32Array(this.regionIds.length);
    for (let c = 0; c < carrierRegion.length; c += 1) counts[carrierRegion[c]!]! += 1;
    return counts;
  }
}

const EMPTY_BUCKETS: YearBuckets = { firstYear: 0, offsets: new Int32Array(1), order: new Int32Array(0) };

/** Counting sort by year; `keys` holds date keys (YYYYMMDD, NO_DATE skipped) or plain years. */
function bucketByYear(keys: Int32Array, areDateKeys: boolean): YearBuckets {
  const divisor = areDateKeys ? 10_000 : 1;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key === NO_DATE) continue;
    const year = Math.floor(key / divisor);
    if (year < first) first = year;
    if (year > last) last = year;
  }
  if (first > last) return EMPTY_BUCKETS;
  const offsets = new Int32Array(last - first + 2);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key !== NO_DATE) offsets[Math.floor(key / divisor) - first + 1]! += 1;
  }
  for (let y = 1; y < offsets.length; y += 1) offsets[y]! += offsets[y - 1]!;
  const cursor = offsets.slice(0, -1);
  const order = new Int32Array(offsets[offsets.length - 1]!);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key === NO_DATE) continue;
    const slot = Math.floor(key / divisor) - first;
    order[cursor[slot]!] = i;
    cursor[slot]! += 1;
  }
  return { firstYear: first, offsets, order };
}

/** The items of one year in a bucket, as a [start, end) range of `order`. */
export function bucketRange(buckets: YearBuckets, year: number): [number, number] {
  const slot = year - buckets.firstYear;
  if (slot < 0 || slot >= buckets.offsets.length - 1) return [0, 0];
  return [buckets.offsets[slot]!, buckets.offsets[slot + 1]!];
}

/**
 * The tier code each carrier holds at the end of `year`: its highest recognition in or
 * before that year (the same rule as carriers/derive.ts `tierAt`).
 */
export function tiersAtYear(index: PlanIndex, year: number): Uint8Array {
  const cached = index.tiersByYear.get(year);
  if (cached) return cached;
  const tiers = new Uint8Array(index.carriers.length);
  const { recognitionCarrier, recognitionTier, recognitionYear } = index;
  for (let r = 0; r < recognitionYear.length; r += 1) {
    if (recognitionYear[r]! > year) continue;
    const c = recognitionCarrier[r]!;
    if (recognitionTier[r]! > tiers[c]!) tiers[c] = recognitionTier[r]!;
  }
  index.tiersByYear.set(year, tiers);
  return tiers;
}

/** `carrierId:phaseId`, the drill-down id of a phase. */
export function phaseRef(index: PlanIndex, p: number): string {
  const c = index.phaseCarrier[p]!;
  const carrier = index.carriers[c]!;
  return `${carrier.id}:${carrier.phases[p - index.carrierPhaseStart[c]!]!.id}`;
}

/** `carrierId:recognitionId`, the drill-down id of a recognition. */
export function recognitionRef(index: PlanIndex, r: number): string {
  const c = index.recognitionCarrier[r]!;
  const carrier = index.carriers[c]!;
  return `${carrier.id}:${carrier.recognitions[r - index.carrierRecognitionStart[c]!]!.id}`;
}

/** `carrierId`, the drill-down id of a carrier (carrier counts). */
export function carrierRef(index: PlanIndex, c: number): string {
  return index.carriers[c]!.id;
}
