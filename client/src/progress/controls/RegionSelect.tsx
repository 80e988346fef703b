import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import type { RegionSummary } from './useRegions';

interface RegionSelectProps {
  regions: readonly RegionSummary[];
  value: string;
  onChange(region: string): void;
}

export function RegionSelect({ regions, value, onChange }: RegionSelectProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{t('controls.region')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="region-select">
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
