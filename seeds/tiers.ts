import type { ReportFigures } from '@shared/tiers';
import { SYNTHETIC_SOURCE_TAICANG } from './sources';

/*
 * Seeds for the tier check and the double-count guard (synthetic, marked so). They name
 * seed carriers by their internal keys (seeds/taicang.ts) and are applied after the
 * carriers are stored (server/seed/seedTiers.ts), because a declared host is an id.
 */

/**
 * A provincial incubator that meets every national criterion but one: its share of
 * incubatees that obtained investment (5 of 58, 8.6 %, in the 2024 report; 5 of 60 in 2025) is below 10 % (国科发区〔2018〕300号
 * N5) — and, from 2025-07-10, below both of MIIT S1's alternatives (equity 4 of 60, 6.7 %
 * < 10 %; financing 8.3 % < 20 %). Everything else the rules publish is met; MIIT's other
 * quantitative conditions (S4) stay unknown.
 */
export const ALL_BUT_ONE = {
  key: 'tc-inc-p2',
  operatingSince: '2015-06-01',
  lackedCriterion: { national2018: 'N5', miit2025: 'S1' },
  /** Three consecutive verified years (N1b wants two). */
  reports: [2023, 2024, 2025].map((year, index) => ({
    year,
    figures: {
      incubatedFirms: 56 + index * 2,
      newIncubatedFirms: 12,
      graduatedFirms: 4,
      graduatedFirmsTotal: 22 + index * 2,
      financedFirms: 4 + (index > 0 ? 1 : 0),
      equityPaidInFirms: 3 + (index > 1 ? 1 : 0),
      incubationFundKiloYuan: 6_000,
      tenantRevenueKiloYuan: 310_000 + index * 20_000,
      rdSpendKiloYuan: 28_000,
      ipCount: 140,
      staff: 10,
      professionalStaff: 9,
      mentors: 12,
      siteAreaM2: 12_000,
      tenantAreaM2: 8_200,
      publicAreaM2: 1_400,
      patentApplicantFirms: 33,
      validIpFirms: 25,
      mainIndustryFirms: 30,
      incomeTotalKiloYuan: 8_000,
      incomeRentPropertyKiloYuan: 4_800,
      fundUseCases: 4,
      growthFirms: 21,
    } satisfies Omit<ReportFigures, 'year'>,
  })),
  source: `${SYNTHETIC_SOURCE_TAICANG}；年度统计为合成演示数据`,
} as const;

/**
 * A makerspace declared to be hosted inside an incubator of its town, whose registered area
 * excludes it: the pair shows as a declared nesting and nothing is subtracted. (Had the
 * host's area included it, the registry's 2020 stock would fall 1,800 ㎡ below the 91.8 万㎡
 * Taicang published, a gap the synthetic seed would have invented; the de-duplication itself
 * is shown by the possible overlap below once a planner confirms it.)
 */
export const DECLARED_NESTING = { nestedKey: 'tc-ms-p12', hostKey: 'tc-inc-p3', address: '太仓市双凤镇凤北路18号精密机械创新中心A座', hostAreaExcludesThis: true } as const;

/**
 * Two carriers of 科教新城 registered separately at one building, about 40 m apart, both
 * opened inside the plan period: flagged as a possible overlap for a planner to confirm or
 * dismiss. Confirmed, the makerspace's 3,000 ㎡ (opened 2023-06) is counted inside the
 * accelerator (40,000 ㎡, opened 2024-03), so A1 counts 3,000 ㎡ less.
 */
export const POSSIBLE_OVERLAP = {
  keys: ['tc-ms-23b', 'tc-acc-24'],
  addresses: ['太仓市科教新城智汇路8号创新大厦3楼', '太仓市科教新城智汇路8号创新大厦5-12楼'],
  locations: [
    [121.14165, 31.42843],
    [121.14205, 31.4286],
  ],
  /** The area counted once when the pair is confirmed (the smaller carrier's). */
  areaCountedOnceM2: 3_000,
} as const;
