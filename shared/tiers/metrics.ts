import { openIncubationAreaM2 } from '../carriers/derive';
import type { CarrierRecord } from '../carriers/record';
import { daysBetween, type IsoDate } from '../dates';
import type { FigureKey, ReportFigures } from './figures';
import type { Bilingual } from './types';

/** What a metric needs to be computed: the record, its latest verified report, the date. */
export interface MetricInput {
  carrier: CarrierRecord;
  report?: ReportFigures;
  asOf: IsoDate;
}

/** How a metric's values read: "家", "%", "㎡" … */
export type MetricUnit = 'firms' | 'persons' | 'cases' | 'events' | 'workstations' | 'teams' | 'ratio' | 'm2' | 'kiloYuan' | 'years' | 'months' | 'perThousandM2' | 'per10';

type Outcome = { value: number } | { missing: FigureKey[] | 'operatingSince' };

interface MetricSpec {
  label: Bilingual;
  unit: MetricUnit;
  compute: (input: MetricInput) => Outcome;
}

const figure = (name: FigureKey) => (input: MetricInput): Outcome => {
  const value = input.report?.[name];
  return value === undefined ? { missing: [name] } : { value };
};

/** numerator / denominator, both report figures; unknown when either is missing or the denominator is 0. */
const share = (numerator: FigureKey | FigureKey[], denominator: FigureKey, scale = 1) => (input: MetricInput): Outcome => {
  const parts = Array.isArray(numerator) ? numerator : [numerator];
  const missing = [...parts, denominator].filter((name) => input.report?.[name] === undefined);
  if (missing.length > 0) return { missing };
  const below = input.report![denominator]!;
  if (below <= 0) return { missing: [denominator] };
  const above = parts.reduce((sum, name) => sum + input.report![name]!, 0);
  return { value: (above * scale) / below };
};

/** The incubation area under the carrier's control: the report's site area, else the record's area in use. */
function siteArea(input: MetricInput): number {
  return input.report?.siteAreaM2 ?? openIncubationAreaM2(input.carrier.phases, input.asOf);
}

/** Operating since its declared start (运营起始日期); without one, since its first phase opened. */
export function operatingStart(carrier: CarrierRecord): { date: IsoDate; declared: boolean } | null {
  if (carrier.operatingSince) return { date: carrier.operatingSince, declared: true };
  const opened = carrier.phases.map((phase) => phase.openedOn).filter((date): date is string => Boolean(date)).sort();
  return opened[0] ? { date: opened[0], declared: false } : null;
}

function operatingDays(input: MetricInput): number | null {
  const start = operatingStart(input.carrier);
  if (!start || start.date > input.asOf) return start ? 0 : null;
  return daysBetween(start.date, input.asOf);
}

/** Every figure a criterion can test, with its names and unit. */
export const METRICS = {
  operatingYears: {
    label: { zh: '运营年限', en: 'Years in operation' },
    unit: 'years',
    compute: (input) => {
      const days = operatingDays(input);
      return days === null ? { missing: 'operatingSince' } : { value: Math.floor((days / 365.25) * 10) / 10 };
    },
  },
  operatingMonths: {
    label: { zh: '运营时间', en: 'Months in operation' },
    unit: 'months',
    compute: (input) => {
      const days = operatingDays(input);
      return days === null ? { missing: 'operatingSince' } : { value: Math.floor(days / 30.4375) };
    },
  },
  reportsFiled: { label: { zh: '连续报送统计年数', en: 'Consecutive years of statistics' }, unit: 'years', compute: figure('reportsFiled') },
  siteAreaM2: {
    label: { zh: '孵化场地面积', en: 'Incubation site area' },
    unit: 'm2',
    compute: (input) => ({ value: siteArea(input) }),
  },
  incubationShare: { label: { zh: '孵化用途占比', en: 'Share used for incubation' }, unit: 'ratio', compute: share(['tenantAreaM2', 'publicAreaM2'], 'siteAreaM2') },
  incubationFundKiloYuan: { label: { zh: '孵化资金', en: 'Incubation fund' }, unit: 'kiloYuan', compute: figure('incubationFundKiloYuan') },
  financedShare: { label: { zh: '获得投融资的在孵企业占比', en: 'Share of incubatees financed' }, unit: 'ratio', compute: share('financedFirms', 'incubatedFirms') },
  equityPaidInShare: { label: { zh: '完成股权投资且实缴的在孵企业占比', en: 'Share of incubatees with paid-in equity' }, unit: 'ratio', compute: share('equityPaidInFirms', 'incubatedFirms') },
  fundUseCases: { label: { zh: '资金使用案例', en: 'Fund-use cases' }, unit: 'cases', compute: figure('fundUseCases') },
  professionalStaffShare: { label: { zh: '专业孵化服务人员占比', en: 'Share of professional staff' }, unit: 'ratio', compute: share('professionalStaff', 'staff') },
  professionalStaffPer10: { label: { zh: '每10家在孵企业专业服务人员', en: 'Professional staff per 10 incubatees' }, unit: 'per10', compute: share('professionalStaff', 'incubatedFirms', 10) },
  mentorsPer10: { label: { zh: '每10家在孵企业创业导师', en: 'Mentors per 10 incubatees' }, unit: 'per10', compute: share('mentors', 'incubatedFirms', 10) },
  patentApplicantShare: { label: { zh: '已申请专利的在孵企业占比', en: 'Share of incubatees that applied for patents' }, unit: 'ratio', compute: share('patentApplicantFirms', 'incubatedFirms') },
  validIpShare: { label: { zh: '拥有有效知识产权的在孵企业占比', en: 'Share of incubatees holding valid IP' }, unit: 'ratio', compute: share('validIpFirms', 'incubatedFirms') },
  incubatedFirms: { label: { zh: '在孵企业', en: 'Incubated firms' }, unit: 'firms', compute: figure('incubatedFirms') },
  firmsPerThousandM2: {
    label: { zh: '每千平方米在孵企业', en: 'Incubatees per 1,000 ㎡' },
    unit: 'perThousandM2',
    compute: (input) => {
      const firms = input.report?.incubatedFirms;
      if (firms === undefined) return { missing: ['incubatedFirms'] };
      const area = siteArea(input);
      return area > 0 ? { value: (firms * 1000) / area } : { missing: ['siteAreaM2'] };
    },
  },
  graduatedFirmsTotal: { label: { zh: '累计毕业企业', en: 'Graduated firms (cumulative)' }, unit: 'firms', compute: figure('graduatedFirmsTotal') },
  mainIndustryShare: { label: { zh: '主导产业在孵企业占比', en: 'Share of incubatees in the main industry' }, unit: 'ratio', compute: share('mainIndustryFirms', 'incubatedFirms') },
  growthShare: { label: { zh: '营收或研发投入增长超20%的在孵企业占比', en: 'Share of incubatees growing revenue or R&D > 20 %' }, unit: 'ratio', compute: share('growthFirms', 'incubatedFirms') },
  nonRentIncomeShare: {
    label: { zh: '房租及物业以外收入占比', en: 'Share of income other than rent and property' },
    unit: 'ratio',
    compute: (input) => {
      const total = input.report?.incomeTotalKiloYuan;
      const rent = input.report?.incomeRentPropertyKiloYuan;
      const missing = (['incomeTotalKiloYuan', 'incomeRentPropertyKiloYuan'] as const).filter((name) => input.report?.[name] === undefined);
      if (missing.length > 0 || total === undefined || rent === undefined) return { missing: [...missing] };
      return total > 0 ? { value: (total - rent) / total } : { missing: ['incomeTotalKiloYuan'] };
    },
  },
  workstations: { label: { zh: '创业工位', en: 'Workstations' }, unit: 'workstations', compute: figure('workstations') },
  workstationShare: { label: { zh: '工位及公共服务面积占比', en: 'Share of workstations and public services' }, unit: 'ratio', compute: share(['tenantAreaM2', 'publicAreaM2'], 'siteAreaM2') },
  residentTeams: { label: { zh: '年协议入驻创业团队和企业', en: 'Teams and firms admitted a year' }, unit: 'teams', compute: figure('residentTeams') },
  newFirmsRegistered: { label: { zh: '当年注册新企业', en: 'New firms registered this year' }, unit: 'firms', compute: figure('newFirmsRegistered') },
  teamsFinanced: { label: { zh: '当年获得融资的团队', en: 'Teams financed this year' }, unit: 'teams', compute: figure('teamsFinanced') },
  typicalCases: { label: { zh: '典型孵化案例', en: 'Typical incubation cases' }, unit: 'cases', compute: figure('typicalCases') },
  fulltimeStaff: { label: { zh: '专职服务人员', en: 'Full-time staff' }, unit: 'persons', compute: figure('professionalStaff') },
  professionalStaff: { label: { zh: '专业孵化服务人员', en: 'Professional incubation staff' }, unit: 'persons', compute: figure('professionalStaff') },
  mentors: { label: { zh: '创业导师', en: 'Mentors' }, unit: 'persons', compute: figure('mentors') },
  events: { label: { zh: '创业活动', en: 'Events' }, unit: 'events', compute: figure('events') },
} satisfies Record<string, MetricSpec>;

export type MetricId = keyof typeof METRICS;

/** A metric's value for a carrier, or which figures it lacks. */
export function computeMetric(id: MetricId, input: MetricInput): Outcome {
  return (METRICS[id] as MetricSpec).compute(input);
}
