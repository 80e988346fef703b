import { useTranslation } from 'react-i18next';
import { findRegion } from '@shared/regions';
import { SelectField } from '../../../ui/forms/SelectField';
import { CARRIER_REGIONS } from '../../../i18n/places';
import { useLanguage } from '../../../i18n/useLanguage';

export interface RegionDistrictFieldsProps {
  region: string;
  district: string;
  onChange(next: { region: string; district: string }): void;
}

/** The region, and the districts (区镇) of that region only. */
export function RegionDistrictFields({ region, district, onChange }: RegionDistrictFieldsProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const districts = findRegion(region)?.districts ?? [];
  return (
    <>
      <SelectField
        path="region"
        label={t('fields.region')}
        required
        value={region}
        placeholder={t('form.choose')}
        options={CARRIER_REGIONS.map((option) => ({ value: option.id, label: option.name[language] }))}
        onChange={(next) => {
          const keepsDistrict = findRegion(next)?.districts.some((option) => option.id === district);
          onChange({ region: next, district: keepsDistrict ? district : '' });
        }}
      />
      <SelectField
        path="district"
        label={t('fields.district')}
        value={district}
        disabled={districts.length === 0}
        placeholder={t('form.districtNone')}
        options={districts.map((option) => ({ value: option.id, label: option.name[language] }))}
        onChange={(next) => onChange({ region, district: next })}
      />
    </>
  );
}
