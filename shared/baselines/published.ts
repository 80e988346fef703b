import type { CarrierKind } from '../carriers/vocabulary';
import type { IsoDate } from '../dates';

/**
 * Stocks of carriers as a plan published them at a date, quoted as written — including
 * where the figures disagree with each other. A product that imports such figures shows
 * the difference beside what the registry holds (see ./check.ts) rather than correcting it.
 */
export interface PublishedBaseline {
  region: string;
  /** The date the document states the figures for (截至…年底). */
  on: IsoDate;
  /** Carriers in total, as the text says. */
  carriers: number;
  /** Incubation area in total, m². */
  incubationAreaM2: number;
  /** The breakdown the document gives by kind. */
  byKind: Record<CarrierKind, { carriers: number; incubationAreaM2: number }>;
  /**
   * How finely the document writes areas, m²: figures given in 万㎡ with one decimal are
   * exact to ±500 ㎡, so a registry area within half of this agrees with them.
   */
  areaPrecisionM2: number;
  /** Document and clause. */
  source: string;
  /** The sentence the figures come from. */
  quote: string;
}

/**
 * Taicang at the end of 2020, from its 14th five-year S&T plan [seed-docs/001]. The counts
 * disagree: 36 carriers in the text, 21 + 15 + 5 = 41 in the breakdown; the areas add up
 * (4.3 + 48.9 + 38.6 = 91.8 万㎡). Makerspaces include the agricultural ones (星创天地).
 */
export const TAICANG_2020_BASELINE: PublishedBaseline = {
  region: 'taicang',
  on: '2020-12-31',
  carriers: 36,
  incubationAreaM2: 918_000,
  byKind: {
    makerspace: { carriers: 21, incubationAreaM2: 43_000 },
    incubator: { carriers: 15, incubationAreaM2: 489_000 },
    accelerator: { carriers: 5, incubationAreaM2: 386_000 },
  },
  areaPrecisionM2: 1_000,
  source: '《太仓市“十四五”科技创新规划》第一章 三、创新创业生态聚成',
  quote:
    '截至2020年底，全市建成科创载体36家，孵化面积91.8万平方米……包括众创空间21家……孵化面积4.3万平方米；科技企业孵化器15家……孵化面积48.9万平方米；科技企业加速器5家……孵化面积38.6万平方米。',
};

/** Every published baseline the product checks the registry against. */
export const PUBLISHED_BASELINES: readonly PublishedBaseline[] = [TAICANG_2020_BASELINE];

/** The published baseline of a region, if a document gives one. */
export function publishedBaselineFor(region: string): PublishedBaseline | undefined {
  return PUBLISHED_BASELINES.find((baseline) => baseline.region === region);
}
