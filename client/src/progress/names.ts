import type { TFunction } from 'i18next';
import type { Dimension } from '@shared/planner';
import { findRegion } from '@shared/regions';
import type { UiLanguage } from '../i18n/format';

/** Breakdown and drill-down keys the engine uses for "not recorded". */
const UNSPECIFIED = 'unspecified';

/** A district id of the region (`hitech`), or `region/district` for a child unit's carriers, as people name it. */
export function districtName(key: string | null, regionId: string, language: UiLanguage, t: TFunction): string {
  if (!key || key === UNSPECIFIED) return t('dashboard:breakdown.unspecified');
  const [unitId, districtId] = key.includes('/') ? (key.split('/') as [string, string]) : [regionId, key];
  const unit = findRegion(unitId);
  const district = unit?.districts.find((candidate) => candidate.id === districtId)?.name[language] ?? districtId;
  return unitId === regionId ? district : `${unit?.name[language] ?? unitId} · ${district}`;
}

/** A carrier's district as seen from the region on screen: "太仓市 · 双凤镇" when the carrier lies in a unit below it. */
export function carrierDistrictName(carrierRegion: string, district: string | null, viewRegion: string, language: UiLanguage, t: TFunction): string {
  if (carrierRegion === viewRegion) return districtName(district, viewRegion, language, t);
  const unit = findRegion(carrierRegion)?.name[language] ?? carrierRegion;
  return district ? districtName(`${carrierRegion}/${district}`, viewRegion, language, t) : unit;
}

/** The name of one breakdown cell, whatever its dimension. */
export function cellName(dimension: Dimension, key: string, regionId: string, language: UiLanguage, t: TFunction): string {
  if (key === UNSPECIFIED) return t('dashboard:breakdown.unspecified');
  switch (dimension) {
    case 'district':
      return districtName(key, regionId, language, t);
    case 'kind':
      return t(`common:kind.${key}`);
    case 'tier':
      return t(`common:tier.${key}`);
    case 'industry':
      return t(`common:industry.${key}`);
    case 'unit':
      return findRegion(key)?.name[language] ?? key;
  }
}
