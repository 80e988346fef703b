import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIER_KINDS, INDUSTRIES, PHASE_STATUSES, TIERS, type Industry, type Tier } from '@shared/carriers/vocabulary';
import { REGIONS } from '@shared/regions';
import { currentLanguage } from '../../i18n';
import { hasActiveFilters, NO_FILTERS, type CarrierFilters } from '../../map/carrierFilter';

interface FilterPanelProps {
  filters: CarrierFilters;
  cluster: boolean;
  onFilters(next: CarrierFilters): void;
  onCluster(next: boolean): void;
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/** `region` or `region:district`, since district ids repeat across regions. */
function placeValue(filters: CarrierFilters): string {
  if (!filters.region) return '';
  return filters.district.length === 1 ? `${filters.region}:${filters.district[0]}` : filters.region;
}

/** The filter form; every change applies at once (filtering runs in the browser). */
export function FilterPanel({ filters, cluster, onFilters, onCluster }: FilterPanelProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const id = useId();
  const regionsWithDistricts = REGIONS.filter((region) => region.districts.length > 0);

  return (
    <form className="map-filters" aria-label={t('filters.heading')} onSubmit={(event) => event.preventDefault()}>
      <h2>{t('filters.heading')}</h2>

      <label className="map-field" htmlFor={`${id}-q`}>
        {t('filters.name')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={filters.q}
        placeholder={t('filters.namePlaceholder')}
        onChange={(event) => onFilters({ ...filters, q: event.target.value })}
      />

      <fieldset className="map-checks">
        <legend>{t('filters.kind')}</legend>
        {CARRIER_KINDS.map((kind) => (
          <label key={kind} className={`kind-check kind-${kind}`}>
            <input
              type="checkbox"
              checked={filters.kind.includes(kind)}
              onChange={(event) => onFilters({ ...filters, kind: toggled(filters.kind, kind, event.target.checked) })}
            />
            {t(`common:kind.${kind}`)}
          </label>
        ))}
      </fieldset>

      <label className="map-field" htmlFor={`${id}-tier`}>
        {t('filters.minTier')}
      </label>
      <select
        id={`${id}-tier`}
        value={filters.minTier ?? ''}
        onChange={(event) => onFilters({ ...filters, minTier: (event.target.value || null) as Tier | null })}
      >
        <option value="">{t('filters.anyTier')}</option>
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {tier === 'national' ? t(`common:tier.${tier}`) : t('filters.atLeast', { tier: t(`common:tier.${tier}`) })}
          </option>
        ))}
      </select>

      <fieldset className="map-checks">
        <legend>{t('filters.status')}</legend>
        {PHASE_STATUSES.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              checked={filters.status.includes(status)}
              onChange={(event) => onFilters({ ...filters, status: toggled(filters.status, status, event.target.checked) })}
            />
            {t(`common:phaseStatus.${status}`)}
          </label>
        ))}
      </fieldset>

      <label className="map-field" htmlFor={`${id}-place`}>
        {t('filters.district')}
      </label>
      <select
        id={`${id}-place`}
        value={placeValue(filters)}
        onChange={(event) => {
          const [region, district] = event.target.value.split(':');
          onFilters({ ...filters, region: region || null, district: district ? [district] : [] });
        }}
      >
        <option value="">{t('filters.allDistricts')}</option>
        {regionsWithDistricts.map((region) => (
          <optgroup key={region.id} label={region.name[language]}>
            <option value={region.id}>{t('filters.wholeRegion', { region: region.name[language] })}</option>
            {region.districts.map((district) => (
              <option key={district.id} value={`${region.id}:${district.id}`}>
                {district.name[language]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>

      <label className="map-field" htmlFor={`${id}-industry`}>
        {t('filters.industry')}
      </label>
      <select
        id={`${id}-industry`}
        value={filters.industry[0] ?? ''}
        onChange={(event) => onFilters({ ...filters, industry: event.target.value ? [event.target.value as Industry] : [] })}
      >
        <option value="">{t('filters.allIndustries')}</option>
        {INDUSTRIES.map((industry) => (
          <option key={industry} value={industry}>
            {t(`common:industry.${industry}`)}
          </option>
        ))}
      </select>

      <label className="map-toggle">
        <input type="checkbox" checked={cluster} onChange={(event) => onCluster(event.target.checked)} />
        {t('filters.cluster')}
      </label>

      <button type="button" disabled={!hasActiveFilters(filters)} onClick={() => onFilters(NO_FILTERS)}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
