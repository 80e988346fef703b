import type { RuleSet } from '../types';

/* Makerspace (众创空间) and accelerator (加速器) rule sets, tier-rules.md §2, §3 and §6. */

/** 国科火字〔2017〕120号, national filing (国家备案众创空间). */
export const NATIONAL_MAKERSPACE_2017: RuleSet = {
  id: 'national-makerspace-2017',
  kind: 'makerspace',
  tier: 'national',
  name: { zh: '国家众创空间备案暂行规定', en: 'National makerspace filing rules (interim)' },
  issuer: { zh: '科学技术部火炬高技术产业开发中心', en: 'MOST Torch Centre' },
  documentNumber: '国科火字〔2017〕120号',
  effectiveFrom: '2017-01-01',
  source: 'tier-rules.md §2.1, §6 (Z3–Z10); baijidoc.com, zhuanli.366861.com',
  dateNote: {
    zh: '2017 年印发，具体日期未查到（按年初计）；2025-07-10 后是否继续单独备案未查到',
    en: 'Issued in 2017, exact date not found (taken as the start of the year); whether separate filing continues after 2025-07-10 was not found',
  },
  criteria: [
    { id: 'Z3', label: { zh: '运营时间满18个月', en: 'Operating for 18 months' }, tests: [{ metric: 'operatingMonths', op: 'gte', value: 18 }], verification: 'V', quote: '运营时间满 18 个月' },
    {
      id: 'Z4',
      label: { zh: '服务场地或创业工位', en: 'Service space or workstations' },
      join: 'or',
      tests: [
        { metric: 'siteAreaM2', op: 'gte', value: 500 },
        { metric: 'workstations', op: 'gte', value: 30 },
      ],
      verification: 'V',
      quote: '拥有不低于 500 平方米的服务场地,或提供不少于 30 个创业工位',
    },
    { id: 'Z5', label: { zh: '工位及公共服务面积占比', en: 'Workstation and public-service share' }, tests: [{ metric: 'workstationShare', op: 'gte', value: 0.75 }], verification: 'V', quote: '提供的创业工位和公共服务场地面积不低于众创空间总面积的 75%' },
    { id: 'Z6', label: { zh: '年协议入驻创业团队和企业', en: 'Teams and firms admitted a year' }, tests: [{ metric: 'residentTeams', op: 'gte', value: 20 }], verification: 'V', quote: '年协议入驻创业团队和企业不低于 20 家' },
    {
      id: 'Z7',
      label: { zh: '注册新企业或获得融资', en: 'New firms or financing' },
      join: 'or',
      tests: [
        { metric: 'newFirmsRegistered', op: 'gte', value: 10 },
        { metric: 'teamsFinanced', op: 'gte', value: 5 },
      ],
      verification: 'V',
      quote: '入驻创业团队每年注册成为新企业数不低于 10 家,或每年有不低于 5 家获得融资',
    },
    { id: 'Z8', label: { zh: '典型孵化案例', en: 'Typical incubation cases' }, tests: [{ metric: 'typicalCases', op: 'gte', value: 3 }], verification: 'V', quote: '每年有不少于 3 个典型孵化案例' },
    {
      id: 'Z9',
      label: { zh: '专职人员和导师', en: 'Full-time staff and mentors' },
      join: 'and',
      tests: [
        { metric: 'fulltimeStaff', op: 'gte', value: 3 },
        { metric: 'mentors', op: 'gte', value: 3 },
      ],
      verification: 'V',
      quote: '至少 3 名具备专业服务能力的专职人员,聘请至少 3 名专兼职导师',
    },
    { id: 'Z10', label: { zh: '创业活动', en: 'Events' }, tests: [{ metric: 'events', op: 'gte', value: 10 }], verification: 'V', quote: '每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动不少于 10 场次' },
    { id: 'Z11', label: { zh: '按要求上报统计数据', en: 'Torch statistics filed' }, tests: [{ metric: 'reportsFiled', op: 'gte', value: 1 }], verification: 'V', quote: '按科技部火炬中心要求上报统计数据,且数据真实、完整' },
  ],
};

/** 苏科技规〔2019〕207号 (2019-08-05), provincial filing; J1–J3 seen in restatements. */
export const JIANGSU_MAKERSPACE_2019: RuleSet = {
  id: 'jiangsu-makerspace-2019',
  kind: 'makerspace',
  tier: 'provincial',
  name: { zh: '江苏省众创空间备案办法（试行）', en: 'Jiangsu makerspace filing measures (trial)' },
  issuer: { zh: '江苏省科学技术厅', en: 'Jiangsu Department of Science and Technology' },
  documentNumber: '苏科技规〔2019〕207号',
  effectiveFrom: '2019-08-05',
  source: 'tier-rules.md §2.2, §6 (J1–J4); wotao.org.cn, 908331.com (V2)',
  criteria: [
    { id: 'J1', label: { zh: '实际开展运营满1年', en: 'Operating for 1 year' }, tests: [{ metric: 'operatingYears', op: 'gte', value: 1 }], verification: 'V2', quote: '已實際開展運營滿1年以上' },
    {
      id: 'J2-3',
      label: { zh: '办公场地与创业工位', en: 'Office space and workstations' },
      join: 'unclear',
      tests: [
        { metric: 'siteAreaM2', op: 'gte', value: 300 },
        { metric: 'workstations', op: 'gte', value: 30 },
      ],
      verification: 'V2',
      quote: '拥有不低于300平方米的办公场地 / 提供不少于30个创业工位',
      note: { zh: '两项是“且”还是“或”未查到：只满足一项时结论未知', en: 'Whether the two are joined by "and" or "or" was not found: meeting only one leaves it unknown' },
    },
    {
      id: 'J4',
      label: { zh: '入驻、成效、人员、活动、资金', en: 'Residents, outcomes, staff, events, fund' },
      unknown: { zh: '苏科技规〔2019〕207号 J1–J3 以外各项的数值未查到', en: 'The thresholds of 苏科技规〔2019〕207号 beyond J1–J3 were not found' },
    },
  ],
};

/** 苏科规〔2023〕1号, municipal makerspace: only the operating year was seen. */
export const SUZHOU_MAKERSPACE_2023: RuleSet = {
  id: 'suzhou-makerspace-2023',
  kind: 'makerspace',
  tier: 'prefecture',
  name: { zh: '苏州市科技创业孵化载体管理办法（众创空间）', en: 'Suzhou incubation carrier measures (makerspaces)' },
  issuer: { zh: '苏州市科学技术局', en: 'Suzhou Science and Technology Bureau' },
  documentNumber: '苏科规〔2023〕1号',
  effectiveFrom: '2023-01-01',
  source: 'tier-rules.md §2.3, §6 (SZ-MS1); 268862.cn',
  dateNote: { zh: '2023 年印发，具体日期未查到（按年初计）', en: 'Issued in 2023, exact date not found (taken as the start of the year)' },
  criteria: [
    { id: 'SZ-MS1', label: { zh: '实际注册并运营满1年', en: 'Registered and operating for 1 year' }, tests: [{ metric: 'operatingYears', op: 'gte', value: 1 }], verification: 'V', quote: '需实际注册并运营满1年' },
    { id: 'SZ-MS2', label: { zh: '其他条件', en: 'Other conditions' }, unknown: { zh: '苏科规〔2023〕1号 市级众创空间其余数值未查到', en: 'The other thresholds for municipal makerspaces were not found' } },
  ],
};

/** Accelerators: no recognition thresholds were found at any tier (tier-rules.md §3). */
export const ACCELERATOR_RULES: RuleSet[] = (['national', 'provincial', 'prefecture'] as const).map((tier) => ({
  id: `accelerator-${tier}`,
  kind: 'accelerator',
  tier,
  name: { zh: '加速器认定条件', en: 'Accelerator conditions' },
  issuer: tier === 'national' ? { zh: '工业和信息化部', en: 'MIIT' } : tier === 'provincial' ? { zh: '江苏省科学技术厅', en: 'Jiangsu Department of Science and Technology' } : { zh: '苏州市科学技术局', en: 'Suzhou Science and Technology Bureau' },
  documentNumber: tier === 'national' ? '工信部科〔2025〕131号（范围含加速器）' : '未查到',
  effectiveFrom: tier === 'national' ? '2025-07-10' : '2000-01-01',
  source: 'tier-rules.md §3',
  criteria: [
    {
      id: `ACC-${tier}`,
      label: { zh: '加速器专门门槛', en: 'Accelerator-specific thresholds' },
      unknown: { zh: '未查到该级别加速器的认定门槛', en: 'No accelerator thresholds were found for this tier' },
    },
  ],
}));
