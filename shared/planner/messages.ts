import { MAX_TARGET_PERIOD_YEARS, MAX_TARGET_THRESHOLD, MAX_SLIP_MONTHS } from './limits';

/**
 * Validation messages of the planner's schemas (targets, forecast weights, scenarios, chain
 * reference), in the shape of shared/validation/messages.ts, to be merged into it.
 */
export const PLANNER_MESSAGES: Record<string, { zh: string; en: string }> = {
  'target.id.format': { zh: '指标编号应以字母开头，最多 20 位字母、数字、下划线或连字符', en: 'target id must start with a letter and have at most 20 letters, digits, underscores or hyphens' },
  'target.id.duplicate': { zh: '指标编号重复', en: 'target id is used twice' },
  'target.region.invalid': { zh: '地区不存在', en: 'is not a known region' },
  'target.label.required': { zh: '请填写指标名称（中英文）', en: 'label is required in Chinese and English' },
  'target.measure.invalid': { zh: '统计口径不在可选范围内', en: 'is not a known measure' },
  'target.filter.required': { zh: '请设置统计范围', en: 'filter is required' },
  'target.filter.kinds.required': { zh: '至少选择一种载体类型', en: 'choose at least one carrier kind' },
  'target.filter.kinds.duplicate': { zh: '载体类型重复', en: 'carrier kind is listed twice' },
  'target.filter.minTier.required': { zh: '该口径需要设置最低级别', en: 'this measure needs a lowest tier' },
  'target.filter.tierRange': { zh: '最高级别不能低于最低级别', en: 'highest tier cannot be below the lowest tier' },
  'target.window.invalid': { zh: '统计方式应为期间累计、逐年、期末存量或期间认定', en: 'window must be period_sum, each_year, stock_at_end or recognitions_in_period' },
  'target.window.notForMeasure': { zh: '该统计方式不适用于所选口径', en: 'this window does not fit the measure' },
  'target.comparator.invalid': { zh: '比较方式应为“以上”或“超过”', en: 'comparator must be at_least or more_than' },
  'target.threshold.number': { zh: '目标值应为数字', en: 'threshold must be a number' },
  'target.threshold.positive': { zh: '目标值必须大于 0', en: 'threshold must be greater than 0' },
  'target.threshold.max': {
    zh: `目标值不能超过 ${MAX_TARGET_THRESHOLD.toLocaleString('en-US')}`,
    en: `threshold must not exceed ${MAX_TARGET_THRESHOLD.toLocaleString('en-US')}`,
  },
  'target.threshold.integer': { zh: '数量目标应为整数', en: 'a count threshold must be a whole number' },
  'target.unit.invalid': { zh: '单位应为平方米或个（家）', en: 'unit must be m2 or count' },
  'target.unit.notForMeasure': { zh: '单位与统计口径不符', en: 'unit does not match the measure' },
  'target.period.required': { zh: '请填写起止日期', en: 'period with from and to is required' },
  'target.period.order': { zh: '结束日期不能早于开始日期', en: 'period cannot end before it starts' },
  'target.period.tooLong': { zh: `期限最长 ${MAX_TARGET_PERIOD_YEARS} 年`, en: `period can span at most ${MAX_TARGET_PERIOD_YEARS} years` },
  'target.baseline.invalid': { zh: '基数应包含数值和日期', en: 'baseline needs a value and a date' },
  'target.baseline.number': { zh: '基数应为不小于 0 的数字', en: 'baseline must be a number of at least 0' },
  'target.baseline.onlyForStock': { zh: '只有期末存量指标可以设置基数', en: 'only stock targets take a baseline' },
  'target.baseline.notBeforePeriod': { zh: '基数日期应早于期限开始日期', en: 'baseline date must be before the period starts' },
  'target.source.required': { zh: '请注明出处（文件和条款）', en: 'source (document and clause) is required' },
  'forecast.weights.invalid': { zh: '请为规划和在建分别设置权重', en: 'weights for planned and under_construction are required' },
  'forecast.weight.range': { zh: '权重应在 0 到 1 之间', en: 'weight must be between 0 and 1' },
  'scenario.name.required': { zh: '请填写情景名称', en: 'scenario name is required' },
  'scenario.edit.kind.invalid': { zh: '调整类型应为延期、删除或新增', en: 'edit kind must be slip, drop or add' },
  'scenario.phaseRef.format': { zh: '分期编号应为“载体编号:分期编号”或载体编号', en: 'must be carrierId:phaseId or a carrier id' },
  'scenario.phases.required': { zh: '至少选择一个分期', en: 'choose at least one phase' },
  'scenario.slip.months': {
    zh: `延期月数应为 ${-MAX_SLIP_MONTHS} 到 ${MAX_SLIP_MONTHS} 之间的非零整数`,
    en: `months must be a whole number between ${-MAX_SLIP_MONTHS} and ${MAX_SLIP_MONTHS}, not 0`,
  },
  'scenario.carrier.outsideRegion': { zh: '假设载体应位于本情景的地区内', en: 'a hypothetical carrier must lie in the scenario region' },
  'scenario.phase.notPipeline': { zh: '假设载体的分期只能是规划或在建', en: 'phases of a hypothetical carrier must be planned or under construction' },
  'chain.reference.invalid': { zh: '请为众创空间、孵化器和加速器分别设置比例', en: 'reference needs makerspace, incubator and accelerator' },
  'chain.reference.number': { zh: '比例应为不小于 0 的数字', en: 'reference share must be a number of at least 0' },
  'chain.reference.empty': { zh: '比例之和必须大于 0', en: 'reference shares must add up to more than 0' },
};
