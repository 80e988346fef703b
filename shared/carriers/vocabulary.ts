import { defineVocabulary } from '../fields/vocabulary';
import { REGIONS } from '../regions';

/**
 * The closed vocabularies of the carrier registry, as data: identifiers (English, see the
 * domain glossary), names in both languages, and the words officials write for each value.
 * Forms, imports, exports and the UI read these tables; nothing restates them.
 */

/** Stages of the incubation chain 众创空间 → 孵化器 → 加速器, in chain order. */
export const KINDS = defineVocabulary([
  { id: 'makerspace', name: { zh: '众创空间', en: 'Makerspace' }, aliases: ['星创天地', '创客空间', '众创'] },
  { id: 'incubator', name: { zh: '孵化器', en: 'Incubator' }, aliases: ['科技企业孵化器', '孵化基地', '孵化中心'] },
  { id: 'accelerator', name: { zh: '加速器', en: 'Accelerator' }, aliases: ['科技企业加速器', '加速基地'] },
]);
export const CARRIER_KINDS = KINDS.ids;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/**
 * Recognition tiers, highest first: 国家级, 省级, 苏州市级 (prefecture), 县级市级 (county).
 * County-level units write their own tier as "太仓市级", "吴江区级" …; a bare "市级" may mean
 * Suzhou's or the county's, so it is ambiguous and never guessed.
 */
export const TIER_VOCABULARY = defineVocabulary(
  [
    { id: 'national', name: { zh: '国家级', en: 'National' }, aliases: ['国家', '国家备案', '部级', '标准级'] },
    { id: 'provincial', name: { zh: '省级', en: 'Provincial' }, aliases: ['省', '江苏省级', '省备案'] },
    { id: 'prefecture', name: { zh: '苏州市级', en: 'Prefecture (Suzhou)' }, aliases: ['地市级', '设区市级'] },
    {
      id: 'county',
      name: { zh: '县级市级', en: 'County' },
      aliases: [
        '县级',
        '县市级',
        '区级',
        ...REGIONS.filter((region) => region.level === 'county').flatMap((region) => [`${region.name.zh}级`, `${region.name.zh.slice(0, -1)}级`]),
      ],
    },
  ],
  { ambiguous: ['市级', '市'] },
);
export const TIERS = TIER_VOCABULARY.ids;
export type Tier = (typeof TIERS)[number];

const TIER_RANK: Record<Tier, number> = { national: 4, provincial: 3, prefecture: 2, county: 1 };

/** Rank for comparisons: national 4 … county 1. */
export function tierRank(tier: Tier): number {
  return TIER_RANK[tier];
}

/**
 * "市级以上" counts higher tiers too: national and provincial carriers are in the Suzhou
 * system automatically (苏科规〔2023〕1号), so `tierAtLeast('national', 'prefecture')` is true.
 */
export function tierAtLeast(tier: Tier, minimum: Tier): boolean {
  return TIER_RANK[tier] >= TIER_RANK[minimum];
}

/** The highest of several tiers, or null when there are none. */
export function highestTier(tiers: Iterable<Tier>): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) if (best === null || TIER_RANK[tier] > TIER_RANK[best]) best = tier;
  return best;
}

/** Life cycle of one phase (一期, 二期 …) of a carrier. */
export const PHASE_STATUS_VOCABULARY = defineVocabulary([
  { id: 'planned', name: { zh: '规划', en: 'Planned' }, aliases: ['计划', '拟建', '规划中'] },
  { id: 'under_construction', name: { zh: '在建', en: 'Under construction' }, aliases: ['新建', '建设中', 'underconstruction', '施工中'] },
  { id: 'open', name: { zh: '投用', en: 'Open' }, aliases: ['已投用', '投入使用', '运营', '运营中', '使用中'] },
  { id: 'closed', name: { zh: '关闭', en: 'Closed' }, aliases: ['已关闭', '停用', '停运', '注销'] },
]);
export const PHASE_STATUSES = PHASE_STATUS_VOCABULARY.ids;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** Phases not yet open: the pipeline. */
export const PIPELINE_STATUSES: readonly PhaseStatus[] = ['planned', 'under_construction'];

/** Annual performance grades: A 优秀, B 良好, C 合格, D 不合格. */
export const GRADE_VOCABULARY = defineVocabulary([
  { id: 'A', name: { zh: 'A 优秀', en: 'A Excellent' }, aliases: ['优秀', 'a类'] },
  { id: 'B', name: { zh: 'B 良好', en: 'B Good' }, aliases: ['良好', 'b类'] },
  { id: 'C', name: { zh: 'C 合格', en: 'C Pass' }, aliases: ['合格', 'c类'] },
  { id: 'D', name: { zh: 'D 不合格', en: 'D Fail' }, aliases: ['不合格', 'd类'] },
]);
export const GRADES = GRADE_VOCABULARY.ids;
export type Grade = (typeof GRADES)[number];

/**
 * Coordinate datums people copy coordinates from. Storage is always WGS-84; GCJ-02 comes
 * from Gaode/AMap and Tencent, BD-09 from Baidu.
 */
export const DATUM_VOCABULARY = defineVocabulary([
  { id: 'wgs84', name: { zh: 'WGS-84', en: 'WGS-84' }, aliases: ['gps', '天地图', 'cgcs2000'] },
  { id: 'gcj02', name: { zh: 'GCJ-02', en: 'GCJ-02' }, aliases: ['高德', '腾讯', '火星坐标', '高德地图', '腾讯地图'] },
  { id: 'bd09', name: { zh: 'BD-09', en: 'BD-09' }, aliases: ['百度', '百度地图'] },
]);
export const DATUMS = DATUM_VOCABULARY.ids;
export type Datum = (typeof DATUMS)[number];

/**
 * Industry focus of a carrier: the nine categories of the national classification of
 * strategic emerging industries (国家统计局《战略性新兴产业分类（2018）》), then the leading
 * industries Taicang's and Kunshan's plans name (太仓: 高端装备、先进材料、生物医药、航空航天、
 * 数字经济; 昆山: 新一代电子信息、智能制造、人工智能、高端医疗器械、新能源汽车及零部件 …), then
 * what county registers also use. A term none of these knows is kept as written (and an
 * import warns about it): an official's sheet is never refused for its industry words.
 */
export const INDUSTRY_VOCABULARY = defineVocabulary([
  { id: 'next_gen_it', name: { zh: '新一代信息技术', en: 'Next-generation IT' }, aliases: ['新一代信息技术产业', '信息技术'] },
  { id: 'equipment', name: { zh: '高端装备', en: 'High-end equipment' }, aliases: ['高端装备制造', '高端装备制造产业', '装备制造', '先进制造', '智能装备'] },
  { id: 'materials', name: { zh: '先进材料', en: 'Advanced materials' }, aliases: ['新材料', '新材料产业', '先进材料产业', '化工新材料', '先进电子材料', '材料'] },
  { id: 'biomedicine', name: { zh: '生物医药', en: 'Biomedicine' }, aliases: ['生物产业', '生物', '医药', '生物医药及医疗器械', '生命健康', '大健康'] },
  { id: 'new_energy_vehicles', name: { zh: '新能源汽车', en: 'New-energy vehicles' }, aliases: ['新能源汽车产业', '新能源汽车及零部件', '智能网联汽车'] },
  { id: 'new_energy', name: { zh: '新能源', en: 'New energy' }, aliases: ['新能源产业', '光伏', '储能', '氢能'] },
  { id: 'green', name: { zh: '节能环保', en: 'Energy saving & environment' }, aliases: ['节能环保产业', '环保', '绿色低碳', '双碳'] },
  { id: 'digital_creative', name: { zh: '数字创意', en: 'Digital creative' }, aliases: ['数字创意产业', '文化创意', '文创', '动漫游戏'] },
  { id: 'services', name: { zh: '科技服务', en: 'S&T services' }, aliases: ['相关服务业', '服务业', '科技服务业', '检验检测', '研发服务'] },
  { id: 'aerospace', name: { zh: '航空航天', en: 'Aerospace' }, aliases: ['航空', '航天', '航空航天产业', '航空装备', '低空经济'] },
  { id: 'digital', name: { zh: '数字经济', en: 'Digital economy' }, aliases: ['数字', '软件', '软件和信息服务', '软件信息', '互联网', '大数据', '工业互联网', '物联网', '云计算'] },
  { id: 'electronics', name: { zh: '电子信息', en: 'Electronics' }, aliases: ['电子', '新一代电子信息', '光电', '新型显示', '智能终端', '通信'] },
  { id: 'integrated_circuits', name: { zh: '集成电路', en: 'Integrated circuits' }, aliases: ['半导体', '芯片', 'ic', 'ic设计', '第三代半导体'] },
  { id: 'intelligent_manufacturing', name: { zh: '智能制造', en: 'Intelligent manufacturing' }, aliases: ['机器人', '智能机器人', '工业软件', '工业自动化'] },
  { id: 'ai', name: { zh: '人工智能', en: 'Artificial intelligence' }, aliases: ['ai', '人工智能产业', '智能科技'] },
  { id: 'medical_devices', name: { zh: '高端医疗器械', en: 'Medical devices' }, aliases: ['医疗器械', '医疗装备', '体外诊断'] },
  { id: 'automotive', name: { zh: '汽车及零部件', en: 'Automotive' }, aliases: ['汽车', '汽车零部件', '汽配'] },
  { id: 'agriculture', name: { zh: '现代农业', en: 'Agriculture' }, aliases: ['农业', '农业科技', '智慧农业'] },
  { id: 'other', name: { zh: '其他', en: 'Other' }, aliases: ['综合', '不限'] },
]);
export const INDUSTRIES = INDUSTRY_VOCABULARY.ids;
/** A known industry; a carrier's list may also hold terms none of the lists knows, as written. */
export type Industry = (typeof INDUSTRIES)[number];

/** An industry's name in one language; a term no list knows is shown as written. */
export function industryName(term: string, language: 'zh' | 'en'): string {
  return INDUSTRY_VOCABULARY.has(term) ? INDUSTRY_VOCABULARY.name(term)[language] : term;
}
