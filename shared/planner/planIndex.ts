import type { CarrierRecord } from '../carriers/record';
import { INDUSTRIES, TIERS, tierRank, type CarrierKind, type PhaseStatus, type Tier } from '../carriers/vocabulary';
import { NO_DATE, dateKey } from './dateKeys';
import { yearOnlyRecognitionDay, type YearOnlyDay } from './recognitionDates';

/*
 * One pass over the carriers turns them into columns (typed arrays), so that every target
 * reads numbers instead of objects and strings. Built once per evaluation and shared by all
 * targets.
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
  /**
   * The date a recognition counts from: its document date (认定文件日期) when recorded, else
   * the day its year stands for (recognitionDates.ts: 31 December unless the region says 1 January).
   */
  recognitionKey: Int32Array;
  /** 1 when the recognition carries its document date, 0 when only its year is known. */
  recognitionDated: Uint8Array;
  /** Phases planned or under construction at as-of (not opened by then), the forecast's pipeline. */
  pipelinePhases: Int32Array;
  /** Phases by year of `openedOn` / `constructionStartedOn` (index = year); see `phasesByYear`. */
  openedPerYear: Int32Array;
  startedPerYear: Int32Array;
  /** Tier codes held by each carrier on a date key, filled on demand. */
  tiersByKey: Map<number, Uint8Array>;
  /**
   * Intermediate results that several targets of one evaluation share (recognitions by year,
   * the pipeline in a scope), filled on demand by the passes that use them.
   */
  shared: Map<string, unknown>;
}

/** Calendar years an ISO date can name (0000–9999). */
const YEARS = 10_000;

/** Later than any date key: an as-of that judges every phase by its recorded status. */
export const AFTER_EVERY_DATE = 99_999_999;

/**
 * Columns for a list of carriers; the carriers are not copied or changed. Phase states are
 * those at `asOfKey` (as-of replay, phaseAtAsOf.ts): a phase that opened after as-of is
 * pipeline, under construction if it had started by then, else planned, and expected on
 * `plannedOpeningOn ?? openedOn`. The default judges by recorded status.
 *
 * Written for speed, since it reads every phase and most of the engine's time is here: one
 * pass, no per-phase allocation, no strings built; it reads a string only when it must (the
 * status of a phase with an opening date follows from its dates, by the carrier schema's
 * rules: open or closed exactly when `openedOn` is set; a planned opening only on pipeline
 * phases) and parses dates by character codes. Columns are sized for three phases a carrier
 * and grow when a carrier has more.
 */
export function buildPlanIndex(
  carriers: readonly CarrierRecord[],
  asOfKey: number = AFTER_EVERY_DATE,
  yearOnlyDay: YearOnlyDay = yearOnlyRecognitionDay(),
): PlanIndex {
  const carrierCount = carriers.length;
  const codes = new CarrierCodes();
  const carrierRegion = new Uint16Array(carrierCount);
  const carrierKind = new Uint8Array(carrierCount);
  const carrierDistrict = new Uint16Array(carrierCount);
  const carrierIndustry = new Uint8Array(carrierCount);
  const carrierPhaseStart = new Int32Array(carrierCount + 1);
  const carrierRecognitionStart = new Int32Array(carrierCount + 1);
  let capacity = carrierCount * 3 + 16;
  let phaseCarrier = new Int32Array(capacity);
  let phaseIncubationM2 = new Float64Array(capacity);
  let phaseFloorM2 = new Float64Array(capacity);
  let phaseStatus = new Uint8Array(capacity);
  let phaseStarted = new Int32Array(capacity);
  let phasePlannedOpening = new Int32Array(capacity);
  let phaseOpened = new Int32Array(capacity);
  let phaseClosed = new Int32Array(capacity);
  let pipeline = new Int32Array(capacity);
  let recognitionCapacity = carrierCount * 2 + 16;
  let recognitionCarrier = new Int32Array(recognitionCapacity);
  let recognitionTier = new Uint8Array(recognitionCapacity);
  let recognitionYear = new Int32Array(recognitionCapacity);
  let recognitionKey = new Int32Array(recognitionCapacity);
  let recognitionDated = new Uint8Array(recognitionCapacity);
  // Phases per calendar year of opening and of construction start (every ISO year 0–9999),
  // counted here so that flows can file phases by year later without another counting pass.
  const openedPerYear = new Int32Array(YEARS);
  const startedPerYear = new Int32Array(YEARS);
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
    const phaseTotal = phases.length;
    if (p + phaseTotal > capacity) {
      capacity = Math.max(capacity * 2, p + phaseTotal);
      phaseCarrier = grownInt32(phaseCarrier, capacity);
      phaseIncubationM2 = grownFloat64(phaseIncubationM2, capacity);
      phaseFloorM2 = grownFloat64(phaseFloorM2, capacity);
      phaseStatus = grownUint8(phaseStatus, capacity);
      phaseStarted = grownInt32(phaseStarted, capacity);
      phasePlannedOpening = grownInt32(phasePlannedOpening, capacity);
      phaseOpened = grownInt32(phaseOpened, capacity);
      phaseClosed = grownInt32(phaseClosed, capacity);
      pipeline = grownInt32(pipeline, capacity);
    }
    for (let k = 0; k < phaseTotal; k += 1) {
      const phase = phases[k]!;
      const incubation = phase.incubationAreaM2 ?? 0;
      phaseCarrier[p] = c;
      phaseIncubationM2[p] = incubation;
      phaseFloorM2[p] = phase.floorAreaM2 ?? incubation;
      const startedOn = phase.constructionStartedOn;
      const started = startedOn === undefined ? NO_DATE : dateKey(startedOn);
      phaseStarted[p] = started;
      if (started !== NO_DATE) startedPerYear[(started / 10_000) | 0]! += 1;
      const openedOn = phase.openedOn;
      const opened = openedOn === undefined ? NO_DATE : dateKey(openedOn);
      phaseOpened[p] = opened;
      if (opened !== NO_DATE) openedPerYear[(opened / 10_000) | 0]! += 1;
      const closedOn = phase.closedOn;
      const closed = closedOn === undefined ? NO_DATE : dateKey(closedOn);
      phaseClosed[p] = closed;
      if (opened !== NO_DATE && opened <= asOfKey) {
        phaseStatus[p] = closed !== NO_DATE && closed <= asOfKey ? CLOSED : OPEN;
      } else {
        // Pipeline at as-of (phaseAtAsOf.ts): under construction once started by as-of; a
        // planned phase's start date is a plan; status under construction without a start
        // date holds now, so at as-of.
        const planned = opened === NO_DATE && phase.status === 'planned';
        const underConstruction = !planned && (started !== NO_DATE ? started <= asOfKey : phase.status === 'under_construction');
        phaseStatus[p] = underConstruction ? UNDER_CONSTRUCTION : PLANNED;
        const plannedOn = phase.plannedOpeningOn;
        phasePlannedOpening[p] = plannedOn === undefined ? opened : dateKey(plannedOn);
        pipeline[pipelineCount] = p;
        pipelineCount += 1;
      }
      p += 1;
    }
    carrierRecognitionStart[c] = r;
    const recognitions = carrier.recognitions;
    const recognitionTotal = recognitions.length;
    if (r + recognitionTotal > recognitionCapacity) {
      recognitionCapacity = Math.max(recognitionCapacity * 2, r + recognitionTotal);
      recognitionCarrier = grownInt32(recognitionCarrier, recognitionCapacity);
      recognitionTier = grownUint8(recognitionTier, recognitionCapacity);
      recognitionYear = grownInt32(recognitionYear, recognitionCapacity);
      recognitionKey = grownInt32(recognitionKey, recognitionCapacity);
      recognitionDated = grownUint8(recognitionDated, recognitionCapacity);
    }
    const monthDay = recognitionTotal === 0 ? 0 : yearOnlyDay(carrier.region);
    for (let k = 0; k < recognitionTotal; k += 1) {
      const recognition = recognitions[k]!;
      recognitionCarrier[r] = c;
      recognitionTier[r] = tierCode(recognition.tier);
      recognitionYear[r] = recognition.year;
      const recognizedOn = recognition.recognizedOn;
      if (recognizedOn === undefined) {
        recognitionKey[r] = recognition.year * 10_000 + monthDay;
        recognitionDated[r] = 0;
      } else {
        recognitionKey[r] = dateKey(recognizedOn);
        recognitionDated[r] = 1;
      }
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
    phaseCarrier: phaseCarrier.subarray(0, p),
    phaseIncubationM2: phaseIncubationM2.subarray(0, p),
    phaseFloorM2: phaseFloorM2.subarray(0, p),
    asOfKey,
    phaseStatus: phaseStatus.subarray(0, p),
    phaseStarted: phaseStarted.subarray(0, p),
    phasePlannedOpening: phasePlannedOpening.subarray(0, p),
    phaseOpened: phaseOpened.subarray(0, p),
    phaseClosed: phaseClosed.subarray(0, p),
    recognitionCarrier: recognitionCarrier.subarray(0, r),
    recognitionTier: recognitionTier.subarray(0, r),
    recognitionYear: recognitionYear.subarray(0, r),
    recognitionKey: recognitionKey.subarray(0, r),
    recognitionDated: recognitionDated.subarray(0, r),
    pipelinePhases: pipeline.subarray(0, pipelineCount),
    openedPerYear,
    startedPerYear,
    tiersByKey: new Map(),
    shared: new Map(),
  };
}

function grownInt32(column: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(column);
  return grown;
}

function grownFloat64(column: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(length);
  grown.set(column);
  return grown;
}

function grownUint8(column: Uint8Array<ArrayBuffer>, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(length);
  grown.set(column);
  return grown;
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

/**
 * The tier code each carrier holds on a date key: its highest recognition counted by then
 * (dated ones from their document date, year-only ones from the day their year stands for).
 */
export function tiersAt(index: PlanIndex, key: number): Uint8Array {
  const cached = index.tiersByKey.get(key);
  if (cached) return cached;
  const tiers = new Uint8Array(index.carriers.length);
  const { recognitionCarrier, recognitionTier, recognitionKey } = index;
  for (let r = 0; r < recognitionKey.length; r += 1) {
    if (recognitionKey[r]! > key) continue;
    const c = recognitionCarrier[r]!;
    if (recognitionTier[r]! > tiers[c]!) tiers[c] = recognitionTier[r]!;
  }
  index.tiersByKey.set(key, tiers);
  return tiers;
}

/** The tier code each carrier holds at the end of `year` (as carriers/derive.ts `tierAt` for year-only recognitions). */
export function tiersAtYear(index: PlanIndex, year: number): Uint8Array {
  return tiersAt(index, year * 10_000 + 1231);
}

/** Phases grouped by calendar year of an event, in index order within a year (CSR form). */
export interface PhasesByYear {
  /** `order[starts[y]] … order[starts[y + 1]]` are the phases whose event falls in year y. */
  starts: Int32Array;
  order: Int32Array;
}

/**
 * Phases by the year they opened or started construction: one pass over the date column,
 * using the per-year counts of `buildPlanIndex`; built once per evaluation, when first needed.
 */
export function phasesByYear(index: PlanIndex, event: 'opened' | 'started'): PhasesByYear {
  return sharedValue(index, `phasesByYear|${event}`, () => {
    const keys = event === 'opened' ? index.phaseOpened : index.phaseStarted;
    const counts = event === 'opened' ? index.openedPerYear : index.startedPerYear;
    const starts = new Int32Array(YEARS + 1);
    for (let year = 0; year < YEARS; year += 1) starts[year + 1] = starts[year]! + counts[year]!;
    const cursor = starts.slice(0, YEARS);
    const order = new Int32Array(starts[YEARS]!);
    for (let p = 0; p < keys.length; p += 1) {
      const key = keys[p]!;
      if (key === NO_DATE) continue;
      const year = (key / 10_000) | 0;
      order[cursor[year]!] = p;
      cursor[year]! += 1;
    }
    return { starts, order };
  });
}

/** A value shared by the passes of one evaluation: computed by `compute` the first time `key` is asked for. */
export function sharedValue<T>(index: PlanIndex, key: string, compute: () => T): T {
  if (index.shared.has(key)) return index.shared.get(key) as T;
  const value = compute();
  index.shared.set(key, value);
  return value;
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
