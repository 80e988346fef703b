import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { DATUMS, type Datum } from '@shared/carriers/vocabulary';
import { findRegion } from '@shared/regions';
import { useSession } from '../app/session';
import { currentLanguage } from '../i18n';
import { BaseMap } from './BaseMap';
import { BoundaryLayer, type UnitLabel } from './BoundaryLayer';
import { DistrictLayer } from './DistrictLayer';
import { boundsAround } from './outlines';
import { fromMapPosition, parseLngLat, toMapPosition, type LngLatValue } from './pickedLocation';
import { PickerMarker } from './PickerMarker';
import { FitToBounds } from './viewControllers';

export type { LngLatValue } from './pickedLocation';

export interface LocationPickerProps {
  /** The coordinates as entered, in `datum` (what the form submits with `locationDatum`). */
  value: LngLatValue | null;
  /** The datum of `value`: WGS-84, GCJ-02 (Gaode, Tencent) or BD-09 (Baidu). */
  datum: Datum;
  /**
   * Called with new coordinates (in the datum) and the datum. Choosing another datum keeps
   * the numbers and moves the marker: the numbers were copied from that map.
   */
  onChange(value: LngLatValue | null, datum: Datum): void;
  /** Visible label of the field group; defaults to 位置 / Location. */
  label?: string;
  /** A validation message for the location, shown under the fields. */
  error?: string;
  disabled?: boolean;
  /**
   * What the map opens on while no point is placed, e.g. the form's region
   * (`regionBounds(regionId)` from ./outlines); all of Suzhou unless given. When it changes
   * (another region chosen) the map moves there, unless a point is placed.
   */
  bounds?: L.LatLngBounds;
  /** Extra layers drawn under the marker, one component each (e.g. `SketchedCarriersLayer`). */
  children?: ReactNode;
}

const PLAIN_FILL = '#f7f8fa';
const format = (value: number) => String(Number(value.toFixed(6)));

/**
 * Location field for forms: click the map to place, drag to adjust, or type or paste
 * coordinates in the datum they were copied in. The map always shows WGS-84.
 */
export function LocationPicker({ value, datum, onChange, label, error, disabled = false, bounds, children }: LocationPickerProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const tileUrl = useSession().session.tileUrl ?? null;
  const id = useId();
  const [lngText, setLngText] = useState(value ? format(value.lng) : '');
  const [latText, setLatText] = useState(value ? format(value.lat) : '');
  const typed = parseLngLat(lngText, latText);
  const invalid = (lngText.trim() !== '' || latText.trim() !== '') && typed === null;

  // Follow the value when it changes from outside (a click, a drag, a form reset), without
  // rewriting what is being typed when it already means the same.
  useEffect(() => {
    setLngText((text) => (value && Number(text) === value.lng ? text : value ? format(value.lng) : ''));
    setLatText((text) => (value && Number(text) === value.lat ? text : value ? format(value.lat) : ''));
  }, [value]);

  const position = useMemo(() => (value ? toMapPosition(value, datum) : null), [value, datum]);
  // A few kilometres around a placed point, enough to see the nearest town names; the
  // given bounds (the form's region) or all of Suzhou for an empty field.
  const [initialBounds] = useState(() =>
    position ? boundsAround([{ lng: position.lng - 0.03, lat: position.lat - 0.03 }, { lng: position.lng + 0.03, lat: position.lat + 0.03 }]) : bounds,
  );

  const typeCoordinate = (nextLng: string, nextLat: string) => {
    setLngText(nextLng);
    setLatText(nextLat);
    const parsed = parseLngLat(nextLng, nextLat);
    if (parsed) onChange(parsed, datum);
    else if (!nextLng.trim() && !nextLat.trim()) onChange(null, datum);
  };

  const unitLabel = (regionId: string): UnitLabel => ({ name: findRegion(regionId)?.name[language] ?? regionId, detail: '' });

  return (
    <fieldset className="location-picker" disabled={disabled} aria-describedby={`${id}-hint`}>
      <legend>{label ?? t('picker.label')}</legend>
      <p id={`${id}-hint`} className="map-hint">
        {t('picker.hint')}
      </p>
      <div className="location-picker-fields">
        <label>
          {t('picker.datum')}
          <select value={datum} onChange={(event) => onChange(value, event.target.value as Datum)}>
            {DATUMS.map((option) => (
              <option key={option} value={option}>
                {t(`picker.datums.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('picker.lng')}
          <input
            inputMode="decimal"
            value={lngText}
            aria-invalid={invalid}
            aria-errormessage={invalid ? `${id}-error` : undefined}
            onChange={(event) => typeCoordinate(event.target.value, latText)}
          />
        </label>
        <label>
          {t('picker.lat')}
          <input
            inputMode="decimal"
            value={latText}
            aria-invalid={invalid}
            aria-errormessage={invalid ? `${id}-error` : undefined}
            onChange={(event) => typeCoordinate(lngText, event.target.value)}
          />
        </label>
        <button type="button" disabled={!value} onClick={() => onChange(null, datum)}>
          {t('picker.clear')}
        </button>
      </div>
      <p className="map-hint">{t('picker.datumHint')}</p>
      {(invalid || error) && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {invalid ? t('picker.invalid') : error}
        </p>
      )}
      <div className="location-picker-map">
        <BaseMap label={label ?? t('picker.label')} attribution={t('attribution')} bounds={initialBounds} tileUrl={tileUrl}>
          <BoundaryLayer fillFor={() => PLAIN_FILL} labelFor={unitLabel} version={language} translucent={tileUrl !== null} />
          <DistrictLayer language={language} />
          <FitToBounds bounds={bounds} enabled={!position} />
          {children}
          <PickerMarker
            position={position}
            title={t('picker.marker')}
            disabled={disabled}
            onPick={(picked) => onChange(fromMapPosition(picked, datum), datum)}
          />
        </BaseMap>
      </div>
      {position && (
        <p className="map-hint" data-testid="picker-wgs84">
          {t('picker.stored', { longitude: format(position.lng), latitude: format(position.lat) })}
        </p>
      )}
    </fieldset>
  );
}
