import type { TFunction } from 'i18next';
import { findDistrict, findRegion } from '@shared/regions';
import type { UiLanguage } from '../../i18n/format';
import type { CarrierFilters } from '../../map/carrierFilter';

/** The active filters in words, for the printed map ("类型：孵化器；级别：省级及以上"). */
export function describeFilters(filters: CarrierFilters, t: TFunction, language: UiLanguage): string {
  const list = (values: string[]) => values.join(language === 'zh' ? '、' : ', ');
  const parts: string[] = [];
  const add = (label: string, value: string) => parts.push(`${label}${language === 'zh' ? '：' : ': '}${value}`);
  if (filters.q.trim()) add(t('map:filters.name'), `“${filters.q.trim()}”`);
  if (filters.kind.length) add(t('map:filters.kind'), list(filters.kind.map((kind) => t(`common:kind.${kind}`))));
  if (filters.minTier) add(t('map:filters.minTier'), t('map:filters.atLeast', { tier: t(`common:tier.${filters.minTier}`) }));
  if (filters.status.length) add(t('map:filters.status'), list(filters.status.map((status) => t(`common:phaseStatus.${status}`))));
  if (filters.region) {
    const region = findRegion(filters.region);
    const districts = filters.district.map((id) => findDistrict(filters.region!, id)?.name[language] ?? id);
    add(t('map:filters.district'), [region?.name[language] ?? filters.region, ...districts].join(' · '));
  }
  if (filters.industry.length) add(t('map:filters.industry'), list(filters.industry.map((industry) => t(`common:industry.${industry}`))));
  return parts.join(language === 'zh' ? '；' : '; ');
}
