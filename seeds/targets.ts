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

/*
 * Counting rules and readings (issue #18, ../shared/domain.md). Where the plan's words allow
 * more than one honest reading, the target lists each one with why; the target's own fields
 * are the reading in use, and a planner may put another in use (`reading`).
 */

/** Recognition readings every count target of the 新认定 kind can be read by. */
const FIRST_REACHES = {
  id: 'firstReaches',
  label: { zh: '按首次达到计', en: 'Carriers first reaching the tier' },
  rule: 'firstReachesTier',
} as const;
const DISTINCT = {
  id: 'distinct',
  label: { zh: '按认定家数计', en: 'Carriers recognised in the period' },
  rule: 'distinctCarriers',
} as const;
const RECOGNITIONS = {
  id: 'recognitions',
  label: { zh: '按认定次数计', en: 'Recognitions in the period' },
  rule: 'recognitionsAtTier',
} as const;
const NET_CHANGE = {
  id: 'netChange',
  label: { zh: '按净增计', en: 'Net change of holders' },
  rule: 'netChangeOfHolders',
} as const;

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
    quote: '“十四五”期间，年新投用孵化面积20万平方米以上',
    why: {
      zh: '“年……以上”按每一年都不少于20万平方米计：一年未达到，就不能靠其他年份补回。',
      en: '“每年 … 以上” is read as every year at least 200,000 m²: a missed year cannot be made up by others.',
    },
    readings: [
      {
        id: 'everyYear',
        label: { zh: '每年均达到', en: 'Every year' },
        why: { zh: '“年新投用……以上”最直接的读法：逐年考核。', en: 'The plainest reading of “a year … at least”: each year is judged.' },
        window: 'each_year',
      },
      {
        id: 'annualAverage',
        label: { zh: '按年均计（五年合计100万）', en: 'As an annual average (1,000,000 over five years)' },
        why: {
          zh: '5 × 20 = 100，与A1的100万平方米一致，也可理解为五年年均20万平方米。',
          en: '5 × 20 = 100 equals A1’s 1,000,000 m², so it may also mean 200,000 m² a year on average.',
        },
        window: 'period_sum',
        threshold: 1_000_000,
      },
    ],
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
    quote: '年新建载体面积30万平方米以上',
    why: {
      zh: '本产品的读法：“新建”按当年开工计，“载体面积”按建筑面积计；规划原文未说明是开工还是竣工，也未定义载体面积。尚在“规划”状态的分期不计（其开工日期只是计划）。',
      en: 'The product’s reading: 新建 as construction started that year, 载体面积 as floor area; the plan says neither started nor finished and defines no 载体面积. A phase still planned does not count (its start date is a plan).',
    },
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
    quote: '“十四五”末……在建、新建载体孵化面积150万平方米以上',
    why: {
      zh: '本产品的读法：2025年底尚未投用的在建、新开工分期的孵化面积（存量）。',
      en: 'The product’s reading: incubation area under construction or newly started and not yet open at the end of 2025 (a stock).',
    },
    readings: [
      {
        id: 'unopenedStock',
        label: { zh: '未投用存量', en: 'Not yet open at the end' },
        why: { zh: '“在建”是期末状态，按2025年底尚未投用计。', en: '在建 is a state at the end: what is not yet open at 2025-12-31.' },
        measure: 'pipeline_incubation_area',
        window: 'stock_at_end',
      },
      {
        id: 'periodNewBuilds',
        label: { zh: '期间新建合计', en: 'All new builds of the period' },
        why: {
          zh: '150 = 5 × 30（A3每年30万），也可理解为期间开工的全部载体孵化面积，不论是否已投用。',
          en: '150 = 5 × 30 (A3’s 300,000 a year) suggests the period’s new builds, opened since or not.',
        },
        measure: 'construction_started_incubation_area',
        window: 'period_sum',
      },
    ],
  },
  {
    id: 'C1',
    region: 'taicang',
    label: { zh: '新认定苏州市级孵化器', en: 'Incubators newly recognised at Suzhou (prefecture) level' },
    measure: 'recognitions',
    rule: 'recognitionsAtTier',
    filter: { kinds: ['incubator'], minTier: 'prefecture', maxTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 30,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定苏州市级孵化器30家`,
    quote: '新认定苏州市级孵化器30家',
    why: {
      zh: '“新认定苏州市级”按期间内恰为该级别的认定计：每次该级别的认定计一次；已是更高级别的载体不在此列。',
      en: '新认定 at this tier counts the recognitions at exactly this tier in the period, one each; a higher tier is another target.',
    },
  },
  {
    id: 'C2',
    region: 'taicang',
    label: { zh: '新认定省级孵化器', en: 'Incubators newly recognised at provincial level' },
    measure: 'recognitions',
    rule: 'recognitionsAtTier',
    filter: { kinds: ['incubator'], minTier: 'provincial', maxTier: 'provincial' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 15,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定……省级孵化器15家`,
    quote: '新认定……省级孵化器15家',
    why: {
      zh: '“新认定省级”按期间内恰为该级别的认定计：每次该级别的认定计一次；已是更高级别的载体不在此列。',
      en: '新认定 at this tier counts the recognitions at exactly this tier in the period, one each; a higher tier is another target.',
    },
  },
  {
    id: 'C3',
    region: 'taicang',
    label: { zh: '新认定省级众创空间', en: 'Makerspaces newly recognised at provincial level' },
    measure: 'recognitions',
    rule: 'recognitionsAtTier',
    filter: { kinds: ['makerspace'], minTier: 'provincial', maxTier: 'provincial' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 20,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_GOALS}“创新推动科创载体多元发展”：新认定……省级众创空间20家以上`,
    quote: '新认定……省级众创空间20家以上',
    why: {
      zh: '“新认定省级”按期间内恰为该级别的认定计：每次该级别的认定计一次；已是更高级别的载体不在此列。',
      en: '新认定 at this tier counts the recognitions at exactly this tier in the period, one each; a higher tier is another target.',
    },
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
    rule: 'distinctCarriers',
    filter: { kinds: ['makerspace', 'incubator'], minTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 40,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${TAICANG_PLAN}重大工程四 科创载体循环孵化工程：新认定市级以上众创空间、孵化器40家以上；表2 第9行 市级以上孵化器、众创空间 40家`,
    quote: '新认定市级以上众创空间、孵化器40家以上',
    why: {
      zh: '默认按期间内获得苏州市级及以上认定的载体家数计，每家一次（“40家”数的是家数）；已是苏州市级、期间升为省级的也计入（它被“新认定”为省级）。原文可作多种理解，各口径见下。',
      en: 'By default the carriers recognised at prefecture tier or higher in the period, each once (40 家 counts carriers); one already prefecture that is recognised provincial counts (it was newly recognised at that tier). The words allow other readings, listed below.',
    },
    readings: [
      {
        ...DISTINCT,
        why: { zh: '“新认定……40家”：期间获得认定的家数，升级的也算。', en: '新认定 … 40 家: carriers recognised in the period, upgrades included.' },
      },
      {
        ...FIRST_REACHES,
        why: { zh: '只计期间首次达到苏州市级及以上的载体：期初已是该级别、期间升级的不算“新”。', en: 'Only carriers first reaching prefecture tier or higher in the period: one holding it before is not new.' },
      },
      {
        ...RECOGNITIONS,
        why: { zh: '每次认定各计一次（同一载体先苏州市级后省级计两次）。', en: 'Every recognition counts (prefecture then provincial counts twice).' },
      },
      {
        id: 'countyDistinct',
        label: { zh: '“市级”为太仓市级，按认定家数计', en: '市级 as Taicang (county) tier, carriers recognised' },
        why: {
          zh: '太仓的文件中“市级”可指太仓市级（规划写有“在市级层面”“太仓市级综合孵化器”）。',
          en: 'In a Taicang document 市级 may mean Taicang’s own tier (the plan writes 在市级层面 and 太仓市级综合孵化器).',
        },
        rule: 'distinctCarriers',
        filter: { kinds: ['makerspace', 'incubator'], minTier: 'county' },
      },
      {
        id: 'countyFirstReaches',
        label: { zh: '“市级”为太仓市级，按首次达到计', en: '市级 as Taicang (county) tier, first reaching it' },
        why: { zh: '太仓市级的读法，只计期间首次获得任一级别认定的载体。', en: 'The Taicang-tier reading, counting only carriers first recognised at any tier in the period.' },
        rule: 'firstReachesTier',
        filter: { kinds: ['makerspace', 'incubator'], minTier: 'county' },
      },
      {
        id: 'stockAtEnd',
        label: { zh: '按2025年底存量计', en: 'As a stock at the end of 2025' },
        why: {
          zh: '表2第9行“市级以上孵化器、众创空间 40”没有“新认定”，且列在存量指标中，可理解为2025年底持有苏州市级及以上级别、仍在运营的不少于40家。',
          en: 'Table 2 row 9 has no 新认定 and sits among stock rows: it may mean at least 40 in operation holding prefecture tier or higher at the end of 2025.',
        },
        measure: 'carriers_with_tier',
        window: 'stock_at_end',
      },
    ],
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
    quote: '孵化器和众创空间数 2020年完成值140个、2025年目标值176个',
    note: {
      zh: '计入运营中的孵化器和众创空间，不论是否获得认定；2020年基数140家原文为“各级科技企业孵化载体”，即已获各级认定的载体，两者口径不同，另列“仅计已认定”口径。',
      en: 'Counts incubators and makerspaces in operation, recognised or not; the 2020 baseline of 140 is 各级科技企业孵化载体, carriers recognised at some tier, so a recognised-only reading is listed beside it.',
    },
    readings: [
      {
        id: 'operating',
        label: { zh: '运营中的全部载体', en: 'All in operation' },
        why: { zh: '表1“孵化器和众创空间数”没有级别限定。', en: 'Table 1’s 孵化器和众创空间数 names no tier.' },
        measure: 'carrier_count',
      },
      {
        id: 'recognised',
        label: { zh: '仅计已认定（与2020年基数同口径）', en: 'Recognised ones only (as the 2020 baseline)' },
        why: { zh: '2020年的140家是“各级科技企业孵化载体”，即获得各级认定的。', en: 'The 140 of 2020 are 各级科技企业孵化载体, carriers recognised at some tier.' },
        measure: 'carriers_with_tier',
        filter: { kinds: ['makerspace', 'incubator'], minTier: 'county' },
      },
    ],
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
    quote: '累计科创空间 2020年完成值422.38万平方米、2025年目标值＞500万平方米',
    note: {
      zh: '计入当日在用的孵化面积：已关闭的空间从累计中减去（“累计启用”按现存计）。昆山的科创空间含园区，与太仓的孵化面积不可比。',
      en: 'Counts incubation area in use on the day: closed space is subtracted (累计启用 read as what still stands). Kunshan’s 科创空间 includes parks and is not comparable with Taicang’s incubation area.',
    },
  },
  {
    id: 'K3',
    region: 'kunshan',
    label: { zh: '新增苏州市级及以上孵化器和众创空间', en: 'Incubators and makerspaces newly recognised at prefecture level or higher' },
    measure: 'recognitions',
    rule: 'firstReachesTier',
    filter: { kinds: ['makerspace', 'incubator'], minTier: 'prefecture' },
    window: 'recognitions_in_period',
    comparator: 'at_least',
    threshold: 36,
    unit: 'count',
    period: FIVE_YEAR_PLAN,
    source: `${KUNSHAN_PLAN}二（三）发展目标 “科创载体平台集聚‘新动能’”：到2025年，新增苏州市级及以上孵化器和众创空间数36个`,
    quote: '到2025年，新增苏州市级及以上孵化器和众创空间数36个',
    why: {
      zh: '“新增……数36个”是持有苏州市级及以上级别的载体数的增加：期间首次达到该级别的载体各计一次；期初已是苏州市级、期间升为省级的原本就在数内，不再计。同一规划在指净增时写“净增”（净增高新技术企业超1000家），故“新增”按新进入计，净增为另一口径。',
      en: '新增 … 数 36 is an increase in the number of carriers holding prefecture tier or higher: each carrier first reaching it in the period counts once; one already prefecture that moves up to provincial was in the count already. The same plan writes 净增 for a net change, so 新增 counts new entrants and the net change is another reading.',
    },
    readings: [
      {
        ...FIRST_REACHES,
        why: { zh: '新进入持有者行列的载体：首次达到苏州市级及以上。', en: 'New holders: carriers first reaching prefecture tier or higher.' },
      },
      {
        ...NET_CHANGE,
        why: { zh: '期末运营中的持有者减去期初的持有者：关闭、撤销的相抵。', en: 'Holders in operation at the end less those at the start: closures offset entrants.' },
      },
      {
        ...DISTINCT,
        why: {
          zh: '期间获得苏州市级及以上认定的载体家数，每家一次，含期初已是持有者、期间升级的，会高估增加数。',
          en: 'Carriers recognised at prefecture tier or higher in the period, each once, upgrades of holders included: overstates the increase.',
        },
      },
      {
        ...RECOGNITIONS,
        why: { zh: '期间苏州市级及以上的每次认定各计一次，含已是持有者的升级，会高估。', en: 'Every prefecture-or-higher recognition in the period, upgrades of holders included: an overstatement.' },
      },
    ],
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
