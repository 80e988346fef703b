import type { CarrierKind } from '../shared/carriers/vocabulary';
import type { Target } from '../shared/planner/targets';

/*
 * The targets the planner starts with, as data (issue #6, ../shared/domain.md). Sources are
 * the documents in ../shared/seed-docs: 001 Taicang 14th five-year S&T plan, 003 Kunshan 14th
 * five-year S&T plan, 002 Suzhou S&T bureau 2022 review / 2023 plan.
 */

const ALL_KINDS: CarrierKind[] = ['makerspace', 'incubator', 'accelerator'];
const FIVE_YEAR_PLAN = { from: '2021-01-01', to: '2025-12-31' };
const TAICANG_PLAN = '《太仓市“十四五”科技创新规划》';
const TAICANG_GOALS = `${TAICANG_PLAN}第三章 四、发展目标`;
const KUNSHAN_PLAN = '《昆山市“十四五”科技发展规划》';

/** Taicang 2021–2025 [001]: A1–A4 capacity, C1–C5 recognitions. */
export const TAICANG_TARGETS: Target[] = [
  {
    id: 'A1',
    region: 'taicang',
    label: { zh: '“十四五”末新投用孵化面积', en: 'Incubation area opened in 2021–2025' },
    measure: 'opened_incubation_area',
    filter: { kinds: ALL_KINDS },
    window: 'period_sum',
    comparator: 'at_least',
    threshold: 1_000_000,
    unit: 'm2',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：“十四五”末全市新投用孵化面积100万平方米以上；表2 第13行 新投用孵化器面积 100万平方米；重大工程四 科创载体循环孵化工程`,
  },
  {
    id: 'A2',
    region: 'taicang',
    label: { zh: '年新投用孵化面积', en: 'Incubation area opened each year' },
    measure: 'opened_incubation_area',
    filter: { kinds: ALL_KINDS },
    window: 'each_year',
    comparator: 'at_least',
    threshold: 200_000,
    unit: 'm2',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：“十四五”期间，年新投用孵化面积20万平方米以上`,
  },
  {
    id: 'A3',
    region: 'taicang',
    label: { zh: '年新建载体面积', en: 'Carrier floor area started each year' },
    measure: 'construction_started_floor_area',
    filter: { kinds: ALL_KINDS },
    window: 'each_year',
    comparator: 'at_least',
    threshold: 300_000,
    unit: 'm2',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：年新建载体面积30万平方米以上`,
  },
  {
    id: 'A4',
    region: 'taicang',
    label: { zh: '在建、新建载体孵化面积', en: 'Incubation area under construction, not yet open, at the end of 2025' },
    measure: 'pipeline_incubation_area',
    filter: { kinds: ALL_KINDS },
    window: 'stock_at_end',
    comparator: 'at_least',
    threshold: 1_500_000,
    unit: 'm2',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：“十四五”末……在建、新建载体孵化面积150万平方米以上`,
  },
  {
    id: 'C1',
    region: 'taicang',
    label: { zh: '新认定苏州市级孵化器', en: 'Incubators newly recognised at Suzhou (prefecture) level' },
    measure: 'recognitions',
    filter: { kinds: ['incubator'], minTier: 'prefecture', maxTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 30,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定苏州市级孵化器30家`,
  },
  {
    id: 'C2',
    region: 'taicang',
    label: { zh: '新认定省级孵化器', en: 'Incubators newly recognised at provincial level' },
    measure: 'recognitions',
    filter: { kinds: ['incubator'], minTier: 'provincial', maxTier: 'provincial' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 15,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定……省级孵化器15家`,
  },
  {
    id: 'C3',
    region: 'taicang',
    label: { zh: '新认定省级众创空间', en: 'Makerspaces newly recognised at provincial level' },
    measure: 'recognitions',
    filter: { kinds: ['makerspace'], minTier: 'provincial', maxTier: 'provincial' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 20,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定……省级众创空间20家以上`,
  },
  {
    id: 'C4',
    region: 'taicang',
    label: { zh: '苏州市级以上孵化器', en: 'Incubators at Suzhou (prefecture) level or higher' },
    measure: 'carriers_with_tier',
    filter: { kinds: ['incubator'], minTier: 'prefecture' },
    window: 'stock_at_end',
    comparator: 'more_than',
    threshold: 20,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新孕育生态文明更加健康”：到2025年，苏州市级以上孵化器突破20家`,
  },
  {
    id: 'C5',
    region: 'taicang',
    label: { zh: '新认定市级以上众创空间、孵化器', en: 'Makerspaces and incubators newly recognised at prefecture level or higher' },
    measure: 'recognitions',
    filter: { kinds: ['makerspace', 'incubator'], minTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 40,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_PLAN}重大工程四 科创载体循环孵化工程：新认定市级以上众创空间、孵化器40家以上；表2 第9行 市级以上孵化器、众创空间 40家`,
  },
];

/** Kunshan 2021–2025 [003]: Table 1 rows 7 and 8, and the carrier goal of 二（三）. */
export const KUNSHAN_TARGETS: Target[] = [
  {
    id: 'K1',
    region: 'kunshan',
    label: { zh: '孵化器和众创空间数', en: 'Incubators and makerspaces in operation' },
    measure: 'carrier_count',
    filter: { kinds: ['makerspace', 'incubator'] },
    window: 'stock_at_end',
    comparator: 'at_least',
    threshold: 176,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    baseline: { value: 140, on: '2020-12-31' },
    source: `${KUNSHAN_PLAN}表1 “十四五”科技发展主要指标目标 第7行：孵化器和众创空间数 2020年完成值140个、2025年目标值176个；一（一）3. 截至2020年底拥有各级科技企业孵化载体140家，其中孵化器53家、众创空间87家`,
  },
  {
    id: 'K2',
    region: 'kunshan',
    label: { zh: '累计科创空间', en: 'Cumulative innovation space in use' },
    measure: 'open_incubation_area',
    filter: { kinds: ALL_KINDS },
    window: 'stock_at_end',
    comparator: 'more_than',
    threshold: 5_000_000,
    unit: 'm2',
    period: FIVE_YEAR_PLAN,
    baseline: { value: 4_223_800, on: '2020-12-31' },
    source: `${KUNSHAN_PLAN}表1 “十四五”科技发展主要指标目标 第8行：累计科创空间 2020年完成值422.38万平方米、2025年目标值＞500万平方米；一（一）3. 截至2020年底，全市累计启用科创空间422.38万平方米`,
  },
  {
    id: 'K3',
    region: 'kunshan',
    label: { zh: '新增苏州市级及以上孵化器和众创空间', en: 'Incubators and makerspaces newly recognised at prefecture level or higher' },
    measure: 'recognitions',
    filter: { kinds: ['makerspace', 'incubator'], minTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 36,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${KUNSHAN_PLAN}二（三）发展目标 “科创载体平台集聚‘新动能’”：到2025年，新增苏州市级及以上孵化器和众创空间数36个`,
  },
];

/** Suzhou 2023 [002]. */
export const SUZHOU_TARGETS: Target[] = [
  {
    id: 'S1',
    region: 'suzhou',
    label: { zh: '省级以上科技创业孵化载体', en: 'Incubation carriers at provincial level or higher' },
    measure: 'carriers_with_tier',
    filter: { kinds: ALL_KINDS, minTier: 'provincial' },
    window: 'stock_at_end',
    comparator: 'more_than',
    threshold: 550,
    unit: 'count',
    period: { from: '2023-01-01', to: '2023-12-31' },
    source:
      '《苏州科技创新工作2022年总结及2023年计划》二、2023年工作计划 3．加快打造创新型企业集群 “五是构建全链条孵化体系”：力争2023年……省级以上科技创业孵化载体超550家',
  },
];

/** Every seeded target: Taicang, then Kunshan, then Suzhou. */
export const SEEDED_TARGETS: Target[] = [...TAICANG_TARGETS, ...KUNSHAN_TARGETS, ...SUZHOU_TARGETS];
