import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIER_KINDS } from '@shared/carriers/vocabulary';
import { findRegion } from '@shared/regions';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { CARRIER_REGIONS } from '../../i18n/places';
import { LIST_SORTS, type CarrierFilters } from './useCarrierFilters';
import { useLanguage } from '../../i18n/useLanguage';

export interface CarrierFiltersBarProps {
  filters: CarrierFilters;
  onChange(patch: Partial<CarrierFilters>): void;
  onClear(): void;
}

/** Name search (applied on submit) and the selects (applied at once). */
export function CarrierFiltersBar({ filters, onChange, onClear }: CarrierFiltersBarProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const districts = findRegion(filters.region)?.districts ?? [];

  function search(event: FormEvent) {
    event.preventDefault();
    onChange({ q: q.trim() });
  }

  return (
    <form className="filters-bar" role="search" aria-label={t('filters.legend')} onSubmit={search}>
      <TextField path="filter.q" type="search" label={t('filters.q')} placeholder={t('filters.qPlaceholder')} value={q} onChange={setQ} />
      <SelectField
        path="filter.kind"
        label={t('filters.kind')}
        value={filters.kind}
        placeholder={t('filters.any')}
        options={CARRIER_KINDS.map((kind) => ({ value: kind, label: t(`common:kind.${kind}`) }))}
        onChange={(kind) => onChange({ kind })}
      />
      <SelectField
        path="filter.region"
        label={t('filters.region')}
        value={filters.region}
        placeholder={t('filters.any')}
        options={CARRIER_REGIONS.map((region) => ({ value: region.id, label: region.name[language] }))}
        onChange={(region) => onChange({ region, district: '' })}
      />
      <SelectField
        path="filter.district"
        label={t('filters.district')}
        value={filters.district}
        disabled={districts.length === 0}
        placeholder={t('filters.any')}
        options={districts.map((district) => ({ value: district.id, label: district.name[language] }))}
        onChange={(district) => onChange({ district })}
      />
      <SelectField
        path="filter.sort"
        label={t('filters.sort')}
        value={filters.sort}
        options={LIST_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
        onChange={(sort) => onChange({ sort: sort || 'name' })}
      />
      <div className="filters-actions">
        <button type="submit" className="primary">
          {t('actions.search')}
        </button>
        <button type="button" onClick={onClear}>
          {t('actions.clearFilters')}
        </button>
      </div>
    </form>
  );
}
