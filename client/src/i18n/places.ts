import { findDistrict, findRegion, REGIONS, type Region } from '@shared/regions';
import type { UiLanguage } from './format';

/** County-level units carriers belong to (the prefecture itself holds none). */
export const CARRIER_REGIONS: readonly Region[] = REGIONS.filter((region) => region.level === 'county');

export function regionName(regionId: string, language: UiLanguage): string {
  return findRegion(regionId)?.name[language] ?? regionId;
}

export function districtName(regionId: string, districtId: string | undefined, language: UiLanguage): string {
  if (!districtId) return '';
  return findDistrict(regionId, districtId)?.name[language] ?? districtId;
}

/** "太仓市 · 城厢镇" / "Taicang · Chengxiang". */
export function placeName(regionId: string, districtId: string | undefined, language: UiLanguage): string {
  const district = districtName(regionId, districtId, language);
  return district ? `${regionName(regionId, language)} · ${district}` : regionName(regionId, language);
}
