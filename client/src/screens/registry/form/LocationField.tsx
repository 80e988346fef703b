import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { LngLatValue } from '../../../map/LocationPicker';
import { CheckboxField } from '../../../ui/forms/CheckboxField';
import { useFormErrors, useProblemMessage } from '../../../ui/forms/FormErrors';
import { parseNumberInput } from '../../../ui/forms/NumberField';
import { Loading } from '../../../ui/StatusView';
import type { LocationDraft } from './draft';

// Leaflet is heavy: the picker loads after the rest of the form, which stays usable meanwhile.
const RegionLocationPicker = lazy(() => import('./RegionLocationPicker'));

const LOCATION_PATHS = ['location.coordinates.0', 'location.coordinates.1', 'location', 'locationDatum'];

export interface LocationFieldProps {
  value: LocationDraft;
  /** The form's region: the map opens on it. */
  region: string;
  onChange(next: LocationDraft): void;
}

function toPickerValue(draft: LocationDraft): LngLatValue | null {
  const lng = parseNumberInput(draft.lng);
  const lat = parseNumberInput(draft.lat);
  return lng !== undefined && lat !== undefined && Number.isFinite(lng) && Number.isFinite(lat) ? { lng, lat } : null;
}

/**
 * The map's LocationPicker, opening on the form's region (click to place, drag, datum
 * selector, typed coordinates) plus
 * the "approximate" flag. The form keeps the coordinates in the datum they were entered
 * in and submits that datum; the server stores WGS-84.
 */
export function LocationField({ value, region, onChange }: LocationFieldProps) {
  const { t } = useTranslation('registry');
  const { problemFor, edited } = useFormErrors();
  const messageOf = useProblemMessage();
  const problem = LOCATION_PATHS.map(problemFor).find(Boolean);

  return (
    <div className="location-field">
      <Suspense fallback={<Loading />}>
        <RegionLocationPicker
          region={region}
          label={t('form.locationLegend')}
          value={toPickerValue(value)}
          datum={value.datum}
          error={problem ? messageOf(problem) : undefined}
          onChange={(picked, datum) => {
            LOCATION_PATHS.forEach(edited);
            onChange({ ...value, lng: picked ? String(picked.lng) : '', lat: picked ? String(picked.lat) : '', datum });
          }}
        />
      </Suspense>
      <CheckboxField label={t('form.locationApproximate')} checked={value.approximate} onChange={(approximate) => onChange({ ...value, approximate })} />
    </div>
  );
}
