import type { Datum } from '@shared/carriers/vocabulary';
import { convertDatum } from '@shared/geo/datum';

/** A coordinate as a form holds it. */
export interface LngLatValue {
  lng: number;
  lat: number;
}

/** Six decimals are 0.1 m: finer than any web map a manager copies from. */
const DECIMALS = 6;

function round(value: number): number {
  return Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
}

/** Where a value typed in `datum` belongs on the map, which is always WGS-84. */
export function toMapPosition(value: LngLatValue, datum: Datum): LngLatValue {
  const [lng, lat] = convertDatum([value.lng, value.lat], datum, 'wgs84');
  return { lng, lat };
}

/** A place clicked or dragged to on the (WGS-84) map, expressed in the form's datum. */
export function fromMapPosition(position: LngLatValue, datum: Datum): LngLatValue {
  const [lng, lat] = convertDatum([position.lng, position.lat], 'wgs84', datum);
  return { lng: round(lng), lat: round(lat) };
}

/** Parses typed text; null unless both numbers are finite and within range. */
export function parseLngLat(lngText: string, latText: string): LngLatValue | null {
  if (!lngText.trim() || !latText.trim()) return null;
  const lng = Number(lngText.trim());
  const lat = Number(latText.trim());
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return null;
  return { lng, lat };
}
