import type { Language } from '../fields/bilingual';
import { FIRMS_PER_100_M2_WARNING } from './rules';

/** Validation messages of the yearly report, merged into shared/validation/messages.ts. */
export const REPORT_MESSAGES: Record<string, Record<Language, string>> = {
  'report.count.number': { zh: '应为数字', en: 'must be a number' },
  'report.count.integer': { zh: '应为整数', en: 'must be a whole number' },
  'report.count.negative': { zh: '不能为负数', en: 'cannot be negative' },
  'report.count.max': { zh: '数值过大，请检查', en: 'is implausibly large' },
  'report.money.number': { zh: '金额应为数字（单位：千元）', en: 'must be a number (thousand yuan)' },
  'report.money.integer': { zh: '金额应为整数千元', en: 'must be a whole number of thousand yuan' },
  'report.money.negative': { zh: '金额不能为负数', en: 'cannot be negative' },
  'report.money.max': { zh: '金额过大，请检查单位（千元）', en: 'is implausibly large; check the unit (thousand yuan)' },
  'report.area.negative': { zh: '面积不能为负数', en: 'area cannot be negative' },
  'report.area.exceedsSite': { zh: '在孵企业使用面积与公共服务面积之和不能大于孵化场地面积', en: 'tenant area plus public service area cannot exceed the site area' },
  'report.financed.exceedsIncubated': { zh: '获得投融资的在孵企业数不能大于在孵企业数', en: 'financed firms cannot outnumber incubated firms' },
  'report.graduated.exceedsLastYear': { zh: '当年毕业企业数不能大于上一年的在孵企业数', en: 'firms graduating this year cannot outnumber last year’s incubated firms' },
  'report.warning.yearOnYear': { zh: '与上一年相比变化超过 50%，请在“说明”中解释', en: 'moved more than 50% from last year; explain it in the comment' },
  'reporting.dueBeforeOpening': { zh: '截止日期不能早于开始日期', en: 'the due date cannot be before the opening date' },
  'reporting.format': { zh: '导出格式应为 xlsx 或 csv', en: 'format must be xlsx or csv' },
  'report.warning.density': {
    zh: `每百平方米在孵企业超过 ${FIRMS_PER_100_M2_WARNING} 家，请在“说明”中解释`,
    en: `more than ${FIRMS_PER_100_M2_WARNING} firms per 100 m²; explain it in the comment`,
  },
};
