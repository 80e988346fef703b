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

/** A makerspace declared to be hosted inside an incubator whose area already includes it. */
export const DECLARED_NESTING = { nestedKey: 'tc-ms-p03', hostKey: 'tc-inc-p3' } as const;

/**
 * Two carriers registered separately at one building, about 40 m apart: flagged as a
 * possible overlap for a planner to confirm or dismiss.
 */
export const POSSIBLE_OVERLAP = {
  keys: ['tc-ms-p04', 'tc-acc-p1'],
  addresses: ['太仓市城厢镇县府东街99号科创大厦3楼', '太仓市城厢镇县府东街99号科创大厦5-8楼'],
  locations: [
    [121.1092, 31.4521],
    [121.1096, 31.4523],
  ],
} as const;
