import type { CarrierKind, Industry, PhaseStatus, Tier } from './vocabulary';

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

/*
 * The names of the closed vocabularies, once, for every place that shows them: the UI's
 * i18n resources and the spreadsheets the registry imports and exports.
 */

export const KIND_NAMES: Labels<CarrierKind> = {
  makerspace: { zh: '众创空间', en: 'Makerspace' },
  incubator: { zh: '孵化器', en: 'Incubator' },
  accelerator: { zh: '加速器', en: 'Accelerator' },
};

export const TIER_NAMES: Labels<Tier> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  prefecture: { zh: '苏州市级', en: 'Prefecture (Suzhou)' },
  county: { zh: '县级市级', en: 'County' },
};

export const PHASE_STATUS_NAMES: Labels<PhaseStatus> = {
  planned: { zh: '规划', en: 'Planned' },
  under_construction: { zh: '在建', en: 'Under construction' },
  open: { zh: '投用', en: 'Open' },
  closed: { zh: '关闭', en: 'Closed' },
};

export const INDUSTRY_NAMES: Labels<Industry> = {
  equipment: { zh: '高端装备', en: 'High-end equipment' },
  materials: { zh: '先进材料', en: 'Advanced materials' },
  biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  aerospace: { zh: '航空航天', en: 'Aerospace' },
  digital: { zh: '数字经济', en: 'Digital economy' },
  electronics: { zh: '电子信息', en: 'Electronics' },
  automotive: { zh: '汽车及零部件', en: 'Automotive' },
  agriculture: { zh: '现代农业', en: 'Agriculture' },
  services: { zh: '科技服务', en: 'S&T services' },
  other: { zh: '其他', en: 'Other' },
};

/** One language's side of a vocabulary: `{incubator: '孵化器', …}`. */
export function namesIn<T extends string>(labels: Labels<T>, language: 'zh' | 'en'): Record<T, string> {
  return Object.fromEntries(Object.entries<{ zh: string; en: string }>(labels).map(([id, name]) => [id, name[language]])) as Record<T, string>;
}
