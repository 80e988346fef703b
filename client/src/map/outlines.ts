import type { Feature } from 'geojson';
import L from 'leaflet';
import type { CountyCollection } from '../../../scripts/build-boundaries';
import counties from './outlines/suzhou-counties.geo.json';
import type { Frame } from './carrierMarks';

/** Suzhou's nine county-level outlines, WGS-84 (see outlines/README.md for source and datum). */
export const COUNTY_OUTLINES = counties as unknown as CountyCollection;

function outlineBounds(): L.LatLngBounds {
  const bounds = L.latLngBounds([]);
  for (const feature of COUNTY_OUTLINES.features) {
    for (const polygon of feature.geometry.coordinates) for (const [lng, lat] of polygon[0]!) bounds.extend([lat, lng]);
  }
  return bounds;
}

/** What the map opens on: all nine units, whatever the carriers' locations. */
export const OUTLINE_BOUNDS = outlineBounds();

/**
 * Located carriers farther than this from Suzhou are listed beside the map instead of drawn:
 * one point in Germany would otherwise stretch "fit to carriers" across Eurasia.
 */
const FRAME_MARGIN_DEGREES = 1;

export const MAP_FRAME: Frame = {
  west: OUTLINE_BOUNDS.getWest() - FRAME_MARGIN_DEGREES,
  south: OUTLINE_BOUNDS.getSouth() - FRAME_MARGIN_DEGREES,
  east: OUTLINE_BOUNDS.getEast() + FRAME_MARGIN_DEGREES,
  north: OUTLINE_BOUNDS.getNorth() + FRAME_MARGIN_DEGREES,
};

/** The box around a county-level unit's outline, or all of Suzhou for a unit without one. */
export function regionBounds(regionId: string | null): L.LatLngBounds {
  const feature = COUNTY_OUTLINES.features.find((candidate) => candidate.properties.regionId === regionId);
  return feature ? L.geoJSON(feature as unknown as Feature).getBounds() : OUTLINE_BOUNDS;
}

/** The box around some points, or all of Suzhou when there are none. */
export function boundsAround(points: readonly { lng: number; lat: number }[]): L.LatLngBounds {
  if (points.length === 0) return OUTLINE_BOUNDS;
  return L.latLngBounds(points.map((point) => [point.lat, point.lng] as [number, number]));
}
