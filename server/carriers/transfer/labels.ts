import {
  CARRIER_KINDS,
  DATUMS,
  INDUSTRIES,
  PHASE_STATUSES,
  TIERS,
  type CarrierKind,
  type Datum,
  type Industry,
  type PhaseStatus,
  type Tier,
} from '@shared/carriers/vocabulary';
import { INDUSTRY_NAMES, KIND_NAMES, namesIn, PHASE_STATUS_NAMES, TIER_NAMES } from '@shared/carriers/labels';
import { OVERSEAS_DISTRICT_ID, REGIONS, findRegion } from '@shared/regions';
import type { Language } from '@shared/validation/messages';

/*
 * The words spreadsheets use for the closed vocabularies, both ways: exports write the
 * Chinese label (or the English identifier), imports accept either plus common variants.
 * The labels themselves are shared with the UI (shared/carriers/labels.ts).
 */

export const KIND_LABELS: Record<CarrierKind, string> = namesIn(KIND_NAMES, 'zh');
export const TIER_LABELS: Record<Tier, string> = namesIn(TIER_NAMES, 'zh');
export const STATUS_LABELS: Record<PhaseStatus, string> = namesIn(PHASE_STATUS_NAMES, 'zh');
export const DATUM_LABELS: Record<Datum, string> = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' };
export const INDUSTRY_LABELS: Record<Industry, string> = namesIn(INDUSTRY_NAMES, 'zh');

/** Lowercase, NFKC (full-width letters and digits to ASCII), no spaces or hyphens. */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-·•]/g, '');
}

function lookup<T extends string>(ids: readonly T[], labels: Record<T, string>, synonyms: Record<string, T>): Map<string, T> {
  const table = new Map<string, T>();
  for (const id of ids) {
    table.set(normalizeWord(id), id);
    table.set(normalizeWord(labels[id]), id);
  }
  for (const [word, id] of Object.entries(synonyms)) table.set(normalizeWord(word), id);
  return table;
}

const kinds = lookup(CARRIER_KINDS, KIND_LABELS, {
  科技企业孵化器: 'incubator',
  孵化基地: 'incubator',
  科技企业加速器: 'accelerator',
  星创天地: 'makerspace',
  创客空间: 'makerspace',
});

const statuses = lookup(PHASE_STATUSES, STATUS_LABELS, {
  计划: 'planned',
  拟建: 'planned',
  规划中: 'planned',
  新建: 'under_construction',
  建设中: 'under_construction',
  underconstruction: 'under_construction',
  已投用: 'open',
  投入使用: 'open',
  运营: 'open',
  运营中: 'open',
  已关闭: 'closed',
  停用: 'closed',
  停运: 'closed',
});

const datums = lookup(DATUMS, DATUM_LABELS, {
  gps: 'wgs84',
  高德: 'gcj02',
  腾讯: 'gcj02',
  火星坐标: 'gcj02',
  百度: 'bd09',
});

const industries = lookup(INDUSTRIES, INDUSTRY_LABELS, {
  装备制造: 'equipment',
  高端装备制造: 'equipment',
  新材料: 'materials',
  医药: 'biomedicine',
  生物医药及医疗器械: 'biomedicine',
  航空: 'aerospace',
  数字: 'digital',
  软件: 'digital',
  软件和信息服务: 'digital',
  电子: 'electronics',
  汽车: 'automotive',
  汽车零部件: 'automotive',
  农业: 'agriculture',
  服务业: 'services',
  综合: 'other',
});

/** County-level units write their own tier as “太仓市级”, “吴江区级” …; “苏州市级” is the prefecture's. */
const tiers = lookup(TIERS, TIER_LABELS, {
  国家: 'national',
  省: 'provincial',
  江苏省级: 'provincial',
  地市级: 'prefecture',
  设区市级: 'prefecture',
  县级: 'county',
  县市级: 'county',
  区级: 'county',
  ...Object.fromEntries(
    REGIONS.filter((region) => region.level === 'county').flatMap((region) => [
      [`${region.name.zh}级`, 'county' as const],
      [`${region.name.zh.slice(0, -1)}级`, 'county' as const],
    ]),
  ),
});

/** Words that name a tier only ambiguously: in Taicang “市级” may mean Suzhou's or Taicang's. */
const AMBIGUOUS_TIERS = new Set(['市级', '市']);

export type Parsed<T> = { ok: true; value: T } | { ok: false; raw: string; ambiguous?: boolean };

function parseWith<T>(table: Map<string, T>, text: string): Parsed<T> {
  const value = table.get(normalizeWord(text));
  return value === undefined ? { ok: false, raw: text } : { ok: true, value };
}

export const parseKind = (text: string) => parseWith(kinds, text);
export const parseStatus = (text: string) => parseWith(statuses, text);
export const parseDatum = (text: string) => parseWith(datums, text);
export const parseIndustry = (text: string) => parseWith(industries, text);

export function parseTier(text: string): Parsed<Tier> {
  if (AMBIGUOUS_TIERS.has(normalizeWord(text))) return { ok: false, raw: text, ambiguous: true };
  return parseWith(tiers, text);
}

const regions = new Map<string, string>();
for (const region of REGIONS) {
  for (const word of [region.id, region.name.zh, region.name.en, region.name.zh.replace(/[市区]$/, '')]) {
    regions.set(normalizeWord(word), region.id);
  }
}

export const parseRegion = (text: string): Parsed<string> => parseWith(regions, text);

/** A district's spellings: its id, Chinese and English names, each part of “娄江新城/科教新城”, and the name without 镇. */
function districtWords(district: { id: string; name: { zh: string; en: string } }): string[] {
  const zhParts = district.name.zh.split('/');
  return [district.id, district.name.zh, district.name.en, ...zhParts, ...zhParts.map((part) => part.replace(/镇$/, ''))];
}

/** The district id for a spelling within a region, or the text unchanged so validation names it. */
export function parseDistrict(regionId: string, text: string): Parsed<string> {
  const region = findRegion(regionId);
  const word = normalizeWord(text);
  const district = region?.districts.find((candidate) => districtWords(candidate).some((spelling) => normalizeWord(spelling) === word));
  return district ? { ok: true, value: district.id } : { ok: false, raw: text };
}

/**
 * The region a district name points to when the file has no region: only when exactly one
 * region has a district so named (海外离岸 belongs to every region, so it never decides).
 */
export function regionOfDistrict(text: string): string | null {
  const word = normalizeWord(text);
  const matches = REGIONS.filter((region) =>
    region.districts.some((district) => district.id !== OVERSEAS_DISTRICT_ID && districtWords(district).some((spelling) => normalizeWord(spelling) === word)),
  );
  // District ids such as `hitech` exist in several regions; a unique Chinese name does not.
  return matches.length === 1 ? matches[0]!.id : null;
}

/** How an export writes a vocabulary value: the Chinese label, or the identifier in English files. */
export function labelFor<T extends string>(labels: Record<T, string>, value: T, language: Language): string {
  return language === 'zh' ? labels[value] : value;
}

export function regionLabel(regionId: string, language: Language): string {
  return language === 'zh' ? (findRegion(regionId)?.name.zh ?? regionId) : regionId;
}

export function districtLabel(regionId: string, districtId: string, language: Language): string {
  if (language !== 'zh') return districtId;
  return findRegion(regionId)?.districts.find((district) => district.id === districtId)?.name.zh ?? districtId;
}
