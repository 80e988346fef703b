import { z } from 'zod';
import { defineFields, type FieldTable } from '../fields/table';
import { text } from '../fields/text';
import { MAX_AREA_M2 } from '../carriers/limits';

/*
 * A carrier's yearly statistics (年度统计), one field a row, in the order and with the
 * headers of the Torch statistics (火炬统计): counts of firms and people, money in 千元
 * (thousand yuan), areas in ㎡. Everything else is derived from this table: the API's
 * schema, the mongoose model (server/reports/model.ts), the export's columns, the form and
 * the review's labels. Every figure is optional: a carrier reports what applies to it.
 * Occupancy (tenant area / site area) is derived, never stored (see ./derive.ts).
 */

/** Upper bounds that only catch typing slips (a figure with three extra zeros still passes; the plausibility checks catch that). */
export const MAX_REPORT_COUNT = 1_000_000;
export const MAX_KILO_YUAN = 1_000_000_000_000;
export const MAX_REPORT_COMMENT = 1000;

/** A count of firms, people or events: a whole number ≥ 0. */
export const CountSchema = z
  .number({ message: 'report.count.number' })
  .int({ message: 'report.count.integer' })
  .min(0, { message: 'report.count.negative' })
  .max(MAX_REPORT_COUNT, { message: 'report.count.max' });

/** Money in 千元, as the Torch statistics write it: a whole number ≥ 0. */
export const KiloYuanSchema = z
  .number({ message: 'report.money.number' })
  .int({ message: 'report.money.integer' })
  .min(0, { message: 'report.money.negative' })
  .max(MAX_KILO_YUAN, { message: 'report.money.max' });

/** An area in ㎡: ≥ 0 (a carrier without public space reports 0). */
export const ReportAreaSchema = z
  .number({ message: 'area.number' })
  .min(0, { message: 'report.area.negative' })
  .max(MAX_AREA_M2, { message: 'area.max' });

/** The form sections of the report, in order. */
export const REPORT_SECTIONS = ['firms', 'money', 'people', 'site', 'tier', 'makerspace', 'comment'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

const count = (zh: string, en: string, section: ReportSection, header?: string) => ({
  label: { zh, en },
  input: CountSchema.optional(),
  column: { cell: 'number' as const, width: 12, ...(header ? { header: { zh: header, en } } : {}) },
  form: { control: 'number' as const, section },
  diff: 'number' as const,
});

const money = (zh: string, en: string, section: ReportSection) => ({
  label: { zh, en },
  input: KiloYuanSchema.optional(),
  column: { cell: 'number' as const, width: 14, header: { zh: `${zh}(千元)`, en: `${en} (k CNY)` } },
  form: { control: 'number' as const, section, hint: { zh: '单位：千元', en: 'In thousand yuan' } },
  diff: 'number' as const,
});

const area = (zh: string, en: string) => ({
  label: { zh, en },
  input: ReportAreaSchema.optional(),
  column: { cell: 'area' as const, width: 14 },
  form: { control: 'area' as const, section: 'site' as const },
  diff: 'area' as const,
});

export const reportFields = defineFields({
  incubatedFirms: count('在孵企业数', 'Incubated firms', 'firms', '在孵企业数(家)'),
  newIncubatedFirms: count('当年新增在孵企业', 'New incubated firms this year', 'firms', '当年新增在孵企业(家)'),
  graduatedFirms: count('当年毕业企业', 'Graduated this year', 'firms', '当年毕业企业(家)'),
  graduatedFirmsTotal: count('累计毕业企业', 'Graduated in total', 'firms', '累计毕业企业(家)'),
  financedFirms: count('获得投融资的在孵企业数', 'Incubated firms financed', 'firms', '获得投融资的在孵企业数(家)'),
  incubationFundKiloYuan: money('孵化基金总额', 'Incubation fund', 'money'),
  tenantRevenueKiloYuan: money('在孵企业总收入', 'Incubated firms’ revenue', 'money'),
  rdSpendKiloYuan: money('研发投入', 'R&D spending', 'money'),
  ipCount: count('有效知识产权数', 'Valid intellectual property', 'firms', '有效知识产权数(件)'),
  staff: count('从业人员', 'Staff', 'people', '从业人员(人)'),
  mentors: count('创业导师人数', 'Mentors', 'people', '创业导师人数(人)'),
  siteAreaM2: area('孵化场地面积', 'Incubation site area'),
  tenantAreaM2: area('在孵企业使用面积', 'Area used by incubated firms'),
  publicAreaM2: area('公共服务面积', 'Public service area'),
  // The figures the tier rules test (../shared/tier-rules.md, sections 5–6).
  patentApplicantFirms: count('申请专利的在孵企业数', 'Incubated firms that applied for patents', 'tier', '申请专利的在孵企业数(家)'),
  validIpFirms: count('拥有有效知识产权的在孵企业数', 'Incubated firms holding valid IP', 'tier', '拥有有效知识产权的在孵企业数(家)'),
  mainIndustryFirms: count('主导产业领域在孵企业数', 'Incubated firms in the main industry', 'tier', '主导产业领域在孵企业数(家)'),
  professionalStaff: count('专业孵化服务人员', 'Professional incubation staff', 'tier', '专业孵化服务人员(人)'),
  incomeTotalKiloYuan: money('载体总收入', 'Carrier’s total income', 'tier'),
  incomeRentPropertyKiloYuan: money('房租及物业收入', 'Rent and property income', 'tier'),
  equityPaidInFirms: count('获得投资且实缴到位的在孵企业数', 'Incubated firms with equity paid in', 'tier', '投资实缴到位的在孵企业数(家)'),
  fundUseCases: count('孵化基金使用案例', 'Incubation fund investments', 'tier', '孵化基金投资案例(个)'),
  growthFirms: count('收入或研发投入增长超过20%的在孵企业数', 'Firms growing revenue or R&D by more than 20%', 'tier', '高成长在孵企业数(家)'),
  // Makerspaces (众创空间) report these instead of, or besides, the incubator figures.
  workstations: count('工位数', 'Workstations', 'makerspace', '工位数(个)'),
  residentTeams: count('入驻团队及企业数', 'Resident teams and firms', 'makerspace', '入驻团队及企业数(个)'),
  newFirmsRegistered: count('当年新注册企业数', 'Firms registered this year', 'makerspace', '当年新注册企业数(家)'),
  teamsFinanced: count('获得投融资的团队及企业数', 'Teams and firms financed', 'makerspace', '获得投融资的团队及企业数(个)'),
  typicalCases: count('典型孵化案例', 'Typical cases', 'makerspace', '典型孵化案例(个)'),
  events: count('举办创业活动次数', 'Start-up events held', 'makerspace', '举办创业活动(次)'),
  comment: {
    label: { zh: '说明', en: 'Comment' },
    input: text({ max: MAX_REPORT_COMMENT, multiline: true }).optional(),
    column: { cell: 'text' as const, width: 30, header: { zh: '填报说明', en: 'Comment' } },
    form: { control: 'textarea' as const, section: 'comment' as const, maxLength: MAX_REPORT_COMMENT, hint: { zh: '数据变化较大或密度偏高时须说明原因', en: 'Explain large changes or a high density here' } },
    diff: 'text' as const,
  },
}) satisfies FieldTable;

export type ReportFieldName = keyof typeof reportFields;

/** Every figure of the report (all but the comment), in the table's order. */
export const REPORT_FIGURES = (Object.keys(reportFields) as ReportFieldName[]).filter((key) => key !== 'comment');
export type ReportFigure = Exclude<ReportFieldName, 'comment'>;
