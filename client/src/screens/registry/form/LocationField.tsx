import { useTranslation } from 'react-i18next';
import { DATUMS } from '@shared/carriers/vocabulary';
import { CheckboxField } from '../../../ui/forms/CheckboxField';
import { NumberField } from '../../../ui/forms/NumberField';
import { SelectField } from '../../../ui/forms/SelectField';
import type { LocationDraft } from './draft';

export interface LocationFieldProps {
  value: LocationDraft;
  onChange(next: LocationDraft): void;
}

/**
 * Longitude, latitude and the datum they were copied in. This is the slot the map's
 * LocationPicker (click, drag, datum selector) goes into once client/src/map provides it;
 * the typed coordinates stay as the keyboard way to set the point.
 */
export function LocationField({ value, onChange }: LocationFieldProps) {
  const { t } = useTranslation('registry');
  return (
    <div className="location-field span-all">
      <p className="field-hint">{t('form.mapPending')}</p>
      <div className="form-grid">
        <NumberField
          path="location.coordinates.0"
          label={t('locationFields.lng')}
          value={value.lng}
          onChange={(lng) => onChange({ ...value, lng })}
          unit="°"
        />
        <NumberField
          path="location.coordinates.1"
          label={t('locationFields.lat')}
          value={value.lat}
          onChange={(lat) => onChange({ ...value, lat })}
          unit="°"
        />
        <SelectField
          path="locationDatum"
          className="span-2"
          label={t('fields.locationDatum')}
          value={value.datum}
          options={DATUMS.map((datum) => ({ value: datum, label: t(`datum.${datum}`) }))}
          onChange={(datum) => onChange({ ...value, datum: datum || 'wgs84' })}
        />
      </div>
      <CheckboxField
        label={t('form.locationApproximate')}
        checked={value.approximate}
        onChange={(approximate) => onChange({ ...value, approximate })}
      />
    </div>
  );
}
