import { KINDS, PHASE_STATUS_VOCABULARY, TIER_VOCABULARY } from '@shared/carriers/vocabulary';
import { normalizeWord, type Parsed, type Vocabulary } from '@shared/fields/vocabulary';
import { OVERSEAS_DISTRICT_ID, REGIONS, findRegion } from '@shared/regions';
import type { Language } from '@shared/validation/messages';

/*
 * The words spreadsheets use for regions and districts, both ways. The closed vocabularies
 * (kinds, tiers, statuses, industries …) and their aliases are data in
 * shared/carriers/vocabulary.ts; regions and their districts in shared/regions.ts.
 */

export type { Parsed };

export const parseKind = (text: string) => KINDS.parse(text);
export const parseStatus = (text: string) => PHASE_STATUS_VOCABULARY.parse(text);
export const parseTier = (text: string) => TIER_VOCABULARY.parse(text);

const regions = new Map<string, string>();
for (const region of REGIONS) {
  for (const word of [region.id, region.name.zh, region.name.en, region.name.zh.replace(/[市区]$/, '')]) {
    regions.set(normalizeWord(word), region.id);
  }
}

export function parseRegion(text: string): Parsed<string> {
  const value = regions.get(normalizeWord(text));
  return value === undefined ? { ok: false, raw: text } : { ok: true, value };
}

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

/** How an export writes a vocabulary value: the Chinese name, or the identifier in English files. */
export function vocabularyLabel(vocabulary: Vocabulary, value: string, language: Language): string {
  if (language !== 'zh') return value;
  return vocabulary.has(value) ? vocabulary.name(value).zh : value;
}

export function regionLabel(regionId: string, language: Language): string {
  return language === 'zh' ? (findRegion(regionId)?.name.zh ?? regionId) : regionId;
}

export function districtLabel(regionId: string, districtId: string, language: Language): string {
  if (language !== 'zh') return districtId;
  return findRegion(regionId)?.districts.find((district) => district.id === districtId)?.name.zh ?? districtId;
}
