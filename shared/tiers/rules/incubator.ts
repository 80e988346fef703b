import type { Criterion, RuleSet } from '../types';

/*
 * Incubator (科技企业孵化器) rule sets, from the shared tier-rules.md sections 0, 1 and 6.
 * Only rows marked V or V2 there carry a threshold; everything the sources do not give is
 * an `unknown` criterion with the reason.
 */

const TIER_RULES = 'tier-rules.md §1, §6';

const OPERATING_3Y: Criterion = {
  id: 'N1a',
  label: { zh: '实际注册并运营满3年', en: 'Registered and operating for 3 years' },
  tests: [{ metric: 'operatingYears', op: 'gte', value: 3 }],
  verification: 'V',
  quote: '机构实际注册并运营满3年',
};

const NATIONAL_2018_SHARED: Criterion[] = [
  OPERATING_3Y,
  {
    id: 'N1b',
    label: { zh: '至少连续2年报送统计数据', en: 'Statistics filed 2 years running' },
    tests: [{ metric: 'reportsFiled', op: 'gte', value: 2 }],
    verification: 'V',
    quote: '至少连续2年报送真实完整的统计数据',
  },
  {
    id: 'N2',
    label: { zh: '可自主支配的孵化场地面积', en: 'Self-controlled incubation area' },
    tests: [{ metric: 'siteAreaM2', op: 'gte', value: 10_000 }],
    relief: true,
    verification: 'V',
    quote: '可自主支配的孵化场地面积不低于10000平方米',
  },
  {
    id: 'N3',
    label: { zh: '孵化用途占比(含公共服务面积)', en: 'Share used by incubatees (incl. public services)' },
    tests: [{ metric: 'incubationShare', op: 'gte', value: 0.75 }],
    verification: 'V',
    quote: '在孵企业使用面积(含公共服务面积)占75%以上',
  },
  {
    id: 'N4',
    label: { zh: '孵化资金规模', en: 'Incubation fund' },
    // 500万元 = 5 000 千元 (the Torch statistics count money in 千元).
    tests: [{ metric: 'incubationFundKiloYuan', op: 'gte', value: 5_000 }],
    relief: true,
    verification: 'V',
    quote: '孵化资金规模不低于500万元人民币',
  },
  {
    id: 'N5',
    label: { zh: '获得投融资的在孵企业占比', en: 'Share of incubatees financed' },
    tests: [{ metric: 'financedShare', op: 'gte', value: 0.1 }],
    verification: 'V',
    quote: '获得投融资的在孵企业占比不低于10%',
  },
  {
    id: 'N6',
    label: { zh: '资金使用案例', en: 'Fund-use cases' },
    tests: [{ metric: 'fundUseCases', op: 'gte', value: 3 }],
    verification: 'V',
    quote: '并有不少于3个的资金使用案例',
  },
  {
    id: 'N7',
    label: { zh: '专业孵化服务人员占比', en: 'Professional staff share' },
    tests: [{ metric: 'professionalStaffShare', op: 'gte', value: 0.8 }],
    verification: 'V',
    quote: '专业孵化服务人员…占机构总人数80%以上',
  },
  {
    id: 'N8',
    label: { zh: '每10家在孵企业配备专业人员和创业导师', en: 'Staff and a mentor per 10 incubatees' },
    join: 'and',
    tests: [
      { metric: 'professionalStaffPer10', op: 'gte', value: 1 },
      { metric: 'mentorsPer10', op: 'gte', value: 1 },
    ],
    verification: 'V',
    quote: '每10家在孵企业至少配备1名专业孵化服务人员和1名创业导师',
  },
  {
    id: 'N9',
    label: { zh: '知识产权', en: 'Intellectual property' },
    join: 'or',
    tests: [
      { metric: 'patentApplicantShare', op: 'gte', value: 0.5 },
      { metric: 'validIpShare', op: 'gte', value: 0.3 },
    ],
    relief: true,
    verification: 'V',
    quote: '已申请专利的企业占在孵企业总数比例不低于50%或拥有有效知识产权的企业占比不低于30%',
  },
];

const national2018 = {
  kind: 'incubator',
  tier: 'national',
  name: { zh: '科技企业孵化器管理办法（国家级）', en: 'Incubator management measures (national)' },
  issuer: { zh: '科学技术部', en: 'Ministry of Science and Technology' },
  documentNumber: '国科发区〔2018〕300号',
  effectiveFrom: '2018-12-14',
  effectiveTo: '2025-07-09',
  source: `${TIER_RULES} (N1–N13); third-party copies: vyab.cn, wemaa.com.cn, xclusivegogo.com, lawfaq.cn`,
  dateNote: {
    zh: '2018-12-14 为签发日期（施行条款未查到）；2025-07-09 由工信部科〔2025〕131号 2025-07-10 施行推定',
    en: '2018-12-14 is the signing date (commencement clause not seen); 2025-07-09 inferred from MIIT 131 taking effect on 2025-07-10',
  },
  remoteAreaFactor: 0.8,
} as const;

/** 国科发区〔2018〕300号, comprehensive incubators (综合孵化器). */
export const NATIONAL_INCUBATOR_2018: RuleSet = {
  id: 'national-incubator-2018',
  ...national2018,
  criteria: [
    ...NATIONAL_2018_SHARED,
    {
      id: 'N10',
      label: { zh: '在孵企业数量与密度', en: 'Incubatees: number and density' },
      join: 'and',
      tests: [
        { metric: 'incubatedFirms', op: 'gte', value: 50 },
        { metric: 'firmsPerThousandM2', op: 'gte', value: 3 },
      ],
      relief: true,
      verification: 'V',
      quote: '在孵企业不少于50家且每千平方米平均在孵企业不少于3家',
    },
    {
      id: 'N11',
      label: { zh: '累计毕业企业', en: 'Cumulative graduates' },
      tests: [{ metric: 'graduatedFirmsTotal', op: 'gte', value: 20 }],
      relief: true,
      verification: 'V',
      quote: '孵化器累计毕业企业应达到20家以上',
    },
  ],
};

/**
 * The same rule for 专业孵化器 (≥ 75 % of incubatees in one industry): lower incubatee and
 * graduate counts. A separate area threshold was not found, so N2 stays as it is.
 */
export const NATIONAL_INCUBATOR_2018_PROFESSIONAL: RuleSet = {
  id: 'national-incubator-2018-professional',
  ...national2018,
  variant: {
    id: 'professional',
    label: { zh: '专业孵化器', en: 'Specialised incubator' },
    appliesWhen: { metric: 'mainIndustryShare', op: 'gte', value: 0.75 },
  },
  criteria: [
    ...NATIONAL_2018_SHARED,
    {
      id: 'N12a',
      label: { zh: '同一产业领域在孵企业占比', en: 'Share of incubatees in one industry' },
      tests: [{ metric: 'mainIndustryShare', op: 'gte', value: 0.75 }],
      verification: 'V',
      quote: '在同一產業領域從事研發、生產的企業占在孵企業總數的75%以上',
    },
    {
      id: 'N12b',
      label: { zh: '在孵企业数量与密度（专业孵化器）', en: 'Incubatees: number and density (specialised)' },
      join: 'and',
      tests: [
        { metric: 'incubatedFirms', op: 'gte', value: 30 },
        { metric: 'firmsPerThousandM2', op: 'gte', value: 2 },
      ],
      relief: true,
      verification: 'V',
      quote: '專業孵化器內在孵企業應不少于30家且每千平方米平均在孵企業不少于2家',
    },
    {
      id: 'N12d',
      label: { zh: '累计毕业企业（专业孵化器）', en: 'Cumulative graduates (specialised)' },
      tests: [{ metric: 'graduatedFirmsTotal', op: 'gte', value: 15 }],
      relief: true,
      verification: 'V',
      quote: '累計畢業企業應達到15家以上',
    },
  ],
};

/** 工信部科〔2025〕131号 标准级: three quantitative checks seen; the rest not found. */
export const MIIT_STANDARD_2025: RuleSet = {
  id: 'miit-standard-2025',
  kind: 'incubator',
  tier: 'national',
  name: { zh: '工业和信息化部科技型企业孵化器管理办法（标准级）', en: 'MIIT incubator measures (standard tier)' },
  issuer: { zh: '工业和信息化部', en: 'Ministry of Industry and Information Technology' },
  documentNumber: '工信部科〔2025〕131号',
  effectiveFrom: '2025-07-10',
  source: `${TIER_RULES} (S1–S4); jwview.com 2025-06-14, 42vhd.com.cn, Guangdong 2025 notice m.xjsygy.com (V2)`,
  dateNote: { zh: '“于7月10起正式施行”（转引）', en: '"in force from 10 July" (secondary source)' },
  criteria: [
    {
      id: 'S1',
      label: { zh: '上年度股权投资或投融资', en: 'Equity investment or financing (previous year)' },
      join: 'or',
      tests: [
        { metric: 'equityPaidInShare', op: 'gte', value: 0.1 },
        { metric: 'financedShare', op: 'gte', value: 0.2 },
      ],
      verification: 'V2',
      quote: '完成股權投資且確權實繳的在孵企業占比不低于10%,或上年度獲得投融資的在孵企業占比不低于20%',
    },
    {
      id: 'S2',
      label: { zh: '上年度在孵企业成长', en: 'Incubatee growth (previous year)' },
      tests: [{ metric: 'growthShare', op: 'gte', value: 0.3 }],
      verification: 'V2',
      quote: '上年度不少于30%的在孵企業營業收入或研發經費投入同比增長超過20%',
    },
    {
      id: 'S3',
      label: { zh: '上年度收入结构', en: 'Income mix (previous year)' },
      tests: [{ metric: 'nonRentIncomeShare', op: 'gte', value: 0.3 }],
      verification: 'V2',
      quote: '上年度除房租及物業之外的收入占總收入的比例不低于30%',
    },
    {
      id: 'S4',
      label: { zh: '其他定量条件（面积、在孵企业数、人员、运营年限等）', en: 'Other quantitative conditions (area, incubatees, staff, years)' },
      unknown: {
        zh: '《管理办法》明确的其他定量条件的数值未查到（tier-rules.md S4 NOT FOUND）',
        en: 'The other quantitative thresholds of the measures were not found (tier-rules.md S4, NOT FOUND)',
      },
    },
  ],
};

/** 苏科技规〔2019〕206号: in force, but none of its thresholds was found. */
export const JIANGSU_INCUBATOR_2019: RuleSet = {
  id: 'jiangsu-incubator-2019',
  kind: 'incubator',
  tier: 'provincial',
  name: { zh: '江苏省科技企业孵化器管理办法', en: 'Jiangsu incubator management measures' },
  issuer: { zh: '江苏省科学技术厅', en: 'Jiangsu Department of Science and Technology' },
  documentNumber: '苏科技规〔2019〕206号',
  effectiveFrom: '2019-01-01',
  source: `${TIER_RULES} §1.3; kststis.com (2023-12-20 provincial list cites it)`,
  dateNote: { zh: '2019 年印发，具体日期未查到（按年初计）', en: 'Issued in 2019, exact date not found (taken as the start of the year)' },
  criteria: [
    {
      id: 'JS-INC',
      label: { zh: '省级孵化器认定条件', en: 'Provincial incubator conditions' },
      unknown: { zh: '苏科技规〔2019〕206号 的数值门槛均未查到', en: 'None of the thresholds of 苏科技规〔2019〕206号 was found' },
    },
  ],
};

const SUZHOU_COMMON: Criterion[] = [
  {
    id: 'M1',
    label: { zh: '在本市实际注册并运营满1年', en: 'Registered and operating in Suzhou for 1 year' },
    tests: [{ metric: 'operatingYears', op: 'gte', value: 1 }],
    verification: 'V',
    quote: '在我市实际注册并运营满1年',
  },
  {
    id: 'M3',
    label: { zh: '可自主支配的孵化场地面积', en: 'Self-controlled incubation area' },
    tests: [{ metric: 'siteAreaM2', op: 'gte', value: 3_000 }],
    verification: 'V',
    quote: '可自主支配的孵化场地面积不小于3000平方米',
  },
  {
    id: 'M4',
    label: { zh: '孵化用途占比(含公共服务面积)', en: 'Share used by incubatees (incl. public services)' },
    tests: [{ metric: 'incubationShare', op: 'gte', value: 2 / 3 }],
    verification: 'V',
    quote: '在孵企业使用面积(含公共服务面积)不低于总面积的2/3',
  },
];

const suzhou = {
  kind: 'incubator',
  tier: 'prefecture',
  issuer: { zh: '苏州市科学技术局', en: 'Suzhou Science and Technology Bureau' },
} as const;

/** 《苏州市科技创业孵化载体管理实施细则(试行)》 (2020), items seen in a 2020 article. */
export const SUZHOU_INCUBATOR_2020: RuleSet = {
  id: 'suzhou-incubator-2020',
  ...suzhou,
  name: { zh: '苏州市科技创业孵化载体管理实施细则（试行）', en: 'Suzhou incubation carrier rules (trial)' },
  documentNumber: '苏州市科技创业孵化载体管理实施细则（试行）',
  effectiveFrom: '2020-01-01',
  effectiveTo: '2022-12-31',
  source: `${TIER_RULES} §1.4 (M1–M9, 2020 column); qicaiji.com 2020-10-10`,
  dateNote: { zh: '2020 年修订出台，具体日期未查到；由苏科规〔2023〕1号 取代（日期未查到，按 2023 年初计）', en: 'Revised in 2020, exact date not found; replaced by 苏科规〔2023〕1号 (date not found, taken as the start of 2023)' },
  criteria: [
    ...SUZHOU_COMMON,
    { id: 'M6a', label: { zh: '专业孵化服务人员', en: 'Professional staff' }, tests: [{ metric: 'professionalStaff', op: 'gte', value: 3 }], verification: 'V', quote: '專業孵化服務人員不少于3人' },
    { id: 'M6b', label: { zh: '创业导师', en: 'Mentors' }, tests: [{ metric: 'mentors', op: 'gte', value: 2 }], verification: 'V', quote: '配備創業導師不少于2人' },
    {
      id: 'M7',
      label: { zh: '在孵企业、产业集中度与毕业企业', en: 'Incubatees, industry focus and graduates' },
      join: 'and',
      tests: [
        { metric: 'incubatedFirms', op: 'gte', value: 10 },
        { metric: 'mainIndustryShare', op: 'gte', value: 0.6 },
        { metric: 'graduatedFirmsTotal', op: 'gte', value: 3 },
      ],
      verification: 'V',
      quote: '在孵企業不少于10家,其中在同一產業領域從事研發、生產的企業占在孵企業總數的60%以上。累計畢業企業不少于3家',
    },
    {
      id: 'M8',
      label: { zh: '知识产权', en: 'Intellectual property' },
      join: 'or',
      tests: [
        { metric: 'patentApplicantShare', op: 'gte', value: 0.2 },
        { metric: 'validIpShare', op: 'gte', value: 0.1 },
      ],
      verification: 'V',
      quote: '已申請專利的企業占在孵企業總數比例不低于20%,或擁有有效知識產權的企業占比不低于10%',
    },
    {
      id: 'M9',
      label: { zh: '孵化资金、投融资与资金使用案例', en: 'Fund, financing and fund-use cases' },
      join: 'and',
      tests: [
        // 100万元 = 1 000 千元.
        { metric: 'incubationFundKiloYuan', op: 'gte', value: 1_000 },
        { metric: 'financedShare', op: 'gte', value: 0.1 },
        { metric: 'fundUseCases', op: 'gte', value: 1 },
      ],
      verification: 'V',
      quote: '孵化資金規模不低于100萬元,獲得投融資的在孵企業占比不低于10%,并每年有不少于1個的資金使用案例',
    },
  ],
};

/** 苏科规〔2023〕1号: articles 1–2 seen verbatim; the rest of the standard was not found. */
export const SUZHOU_INCUBATOR_2023: RuleSet = {
  id: 'suzhou-incubator-2023',
  ...suzhou,
  name: { zh: '苏州市科技创业孵化载体管理办法', en: 'Suzhou incubation carrier measures' },
  documentNumber: '苏科规〔2023〕1号',
  effectiveFrom: '2023-01-01',
  source: `${TIER_RULES} §1.4 (2023 column); techpioneers.sipac.gov.cn`,
  dateNote: { zh: '2023 年印发，具体日期未查到（按年初计）', en: 'Issued in 2023, exact date not found (taken as the start of the year)' },
  criteria: [
    ...SUZHOU_COMMON,
    {
      id: 'M5-9',
      label: { zh: '人员、在孵企业、知识产权、孵化资金等', en: 'Staff, incubatees, IP, fund and others' },
      unknown: {
        zh: '苏科规〔2023〕1号 第三条起的数值未查到（2020 年细则的数值不作为现行门槛）',
        en: 'The thresholds from article 3 of 苏科规〔2023〕1号 were not found (the 2020 values are not taken as current)',
      },
    },
  ],
};

export { OPERATING_3Y };
