/**
 * A carrier's yearly statistics as the tier rules read them: the figures of its latest
 * verified report (Torch statistics, money in 千元). Every figure is optional — a report
 * that lacks one leaves the criteria that need it "unknown", never "met".
 *
 * The names are the ones the yearly reports use (API bodies, the `reports` collection), so
 * a report read from there is handed over as it is.
 */
export interface ReportFigures {
  /** The statistics year the figures describe. */
  year: number;
  /** Consecutive years (ending with `year`) the carrier has filed statistics. */
  reportsFiled?: number;
  incubatedFirms?: number;
  newIncubatedFirms?: number;
  graduatedFirms?: number;
  graduatedFirmsTotal?: number;
  financedFirms?: number;
  incubationFundKiloYuan?: number;
  tenantRevenueKiloYuan?: number;
  rdSpendKiloYuan?: number;
  ipCount?: number;
  staff?: number;
  mentors?: number;
  siteAreaM2?: number;
  tenantAreaM2?: number;
  publicAreaM2?: number;
  patentApplicantFirms?: number;
  validIpFirms?: number;
  mainIndustryFirms?: number;
  professionalStaff?: number;
  incomeTotalKiloYuan?: number;
  incomeRentPropertyKiloYuan?: number;
  equityPaidInFirms?: number;
  fundUseCases?: number;
  growthFirms?: number;
  workstations?: number;
  residentTeams?: number;
  newFirmsRegistered?: number;
  teamsFinanced?: number;
  typicalCases?: number;
  events?: number;
}

/** The figure names, in the order the README lists them. */
export const REPORT_FIGURE_NAMES = [
  'incubatedFirms',
  'newIncubatedFirms',
  'graduatedFirms',
  'graduatedFirmsTotal',
  'financedFirms',
  'incubationFundKiloYuan',
  'tenantRevenueKiloYuan',
  'rdSpendKiloYuan',
  'ipCount',
  'staff',
  'mentors',
  'siteAreaM2',
  'tenantAreaM2',
  'publicAreaM2',
  'patentApplicantFirms',
  'validIpFirms',
  'mainIndustryFirms',
  'professionalStaff',
  'incomeTotalKiloYuan',
  'incomeRentPropertyKiloYuan',
  'equityPaidInFirms',
  'fundUseCases',
  'growthFirms',
  'workstations',
  'residentTeams',
  'newFirmsRegistered',
  'teamsFinanced',
  'typicalCases',
  'events',
] as const satisfies ReadonlyArray<keyof ReportFigures>;
export type ReportFigureName = (typeof REPORT_FIGURE_NAMES)[number];

/** Picks the known figures out of a stored report (anything else is ignored). */
export function figuresFrom(stored: Record<string, unknown>, year: number, reportsFiled?: number): ReportFigures {
  const figures: ReportFigures = { year };
  if (reportsFiled !== undefined) figures.reportsFiled = reportsFiled;
  for (const name of REPORT_FIGURE_NAMES) {
    const value = stored[name];
    if (typeof value === 'number' && Number.isFinite(value)) figures[name] = value;
  }
  return figures;
}

/** A figure a criterion can need: a report figure or the count of years filed. */
export type FigureKey = ReportFigureName | 'reportsFiled';

/** The figures' names in both languages (Torch statistics wording; money in 千元). */
export const FIGURE_LABELS: Record<FigureKey, { zh: string; en: string }> = {
  reportsFiled: { zh: '连续报送统计年数', en: 'consecutive years of statistics' },
  incubatedFirms: { zh: '在孵企业数', en: 'incubated firms' },
  newIncubatedFirms: { zh: '当年新增在孵企业', en: 'new incubatees this year' },
  graduatedFirms: { zh: '当年毕业企业', en: 'graduates this year' },
  graduatedFirmsTotal: { zh: '累计毕业企业', en: 'graduates (cumulative)' },
  financedFirms: { zh: '获得投融资的在孵企业数', en: 'incubatees financed' },
  incubationFundKiloYuan: { zh: '孵化基金总额(千元)', en: 'incubation fund (k¥)' },
  tenantRevenueKiloYuan: { zh: '在孵企业总收入(千元)', en: 'incubatees’ revenue (k¥)' },
  rdSpendKiloYuan: { zh: '研发投入(千元)', en: 'R&D spend (k¥)' },
  ipCount: { zh: '有效知识产权数', en: 'valid IP' },
  staff: { zh: '从业人员', en: 'staff' },
  mentors: { zh: '创业导师人数', en: 'mentors' },
  siteAreaM2: { zh: '孵化场地面积', en: 'incubation site area' },
  tenantAreaM2: { zh: '在孵企业使用面积', en: 'area used by incubatees' },
  publicAreaM2: { zh: '公共服务面积', en: 'public service area' },
  patentApplicantFirms: { zh: '已申请专利的在孵企业数', en: 'incubatees that applied for patents' },
  validIpFirms: { zh: '拥有有效知识产权的在孵企业数', en: 'incubatees holding valid IP' },
  mainIndustryFirms: { zh: '主导产业在孵企业数', en: 'incubatees in the main industry' },
  professionalStaff: { zh: '专业孵化服务人员', en: 'professional staff' },
  incomeTotalKiloYuan: { zh: '总收入(千元)', en: 'total income (k¥)' },
  incomeRentPropertyKiloYuan: { zh: '房租及物业收入(千元)', en: 'rent and property income (k¥)' },
  equityPaidInFirms: { zh: '完成股权投资且实缴的在孵企业数', en: 'incubatees with paid-in equity' },
  fundUseCases: { zh: '资金使用案例数', en: 'fund-use cases' },
  growthFirms: { zh: '营收或研发增长超20%的在孵企业数', en: 'incubatees growing > 20 %' },
  workstations: { zh: '创业工位数', en: 'workstations' },
  residentTeams: { zh: '入驻团队和企业数', en: 'teams and firms admitted' },
  newFirmsRegistered: { zh: '当年注册新企业数', en: 'new firms registered' },
  teamsFinanced: { zh: '当年获得融资团队数', en: 'teams financed' },
  typicalCases: { zh: '典型孵化案例数', en: 'typical cases' },
  events: { zh: '创业活动场次', en: 'events' },
};
