import { badValue, notSupported } from '../errors';
import { isPlainObject, numericValue, type Doc } from '../values/typed';
import { parseGeoJSON, parseLegacyPoint } from './geometry';
import { distanceToGeometry, geometriesAt } from './shapes';
import { EARTH_RADIUS_METERS, type LngLat } from './sphere';

/** A `$near`/`$nearSphere` condition: results are limited by distance and sorted by it. */
export interface NearQuery {
  readonly field: string;
  readonly point: LngLat;
  /** GeoJSON queries measure meters; legacy-pair queries measure radians. */
  readonly unit: 'meters' | 'radians';
  readonly minDistance: number | undefined;
  readonly maxDistance: number | undefined;
  /** Distance in the query's unit, or null when the document has no usable geometry. */
  distance(doc: Doc): number | null;
}

function optionalDistance(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = numericValue(value);
  if (n === undefined || n < 0 || Number.isNaN(n)) throw badValue(`${name} must be a non-negative number`);
  return n;
}

export const isNearOperator = (op: string): boolean => op === '$near' || op === '$nearSphere';

/** Parses `{ field: { $near: …, $maxDistance… } }` (condition is the operator object). */
export function parseNear(field: string, condition: Doc): NearQuery {
  const op = '$near' in condition ? '$near' : '$nearSphere';
  const arg = condition[op];
  let point: LngLat;
  let unit: 'meters' | 'radians';
  let min = optionalDistance(condition.$minDistance, '$minDistance');
  let max = optionalDistance(condition.$maxDistance, '$maxDistance');
  if (isPlainObject(arg) && '$geometry' in arg) {
    const parsed = parseGeoJSON(arg.$geometry);
    if (!parsed.ok || parsed.value.type !== 'Point') throw badValue(`${op} requires a GeoJSON Point in $geometry${parsed.ok ? '' : `: ${parsed.reason}`}`);
    point = parsed.value.point;
    unit = 'meters';
    min = optionalDistance(arg.$minDistance, '$minDistance') ?? min;
    max = optionalDistance(arg.$maxDistance, '$maxDistance') ?? max;
  } else {
    if (op === '$near') throw notSupported('legacy $near with [x, y] (flat 2d geometry); use $near: { $geometry: … } or $nearSphere');
    const legacy = parseLegacyPoint(arg);
    if (!legacy.ok) throw badValue(`${op}: ${legacy.reason}`);
    point = legacy.value;
    unit = 'radians';
  }
  for (const key of Object.keys(condition)) {
    if (key !== op && key !== '$maxDistance' && key !== '$minDistance') throw badValue(`${op} cannot be combined with ${key} on the same field`);
  }
  const scale = unit === 'meters' ? EARTH_RADIUS_METERS : 1;
  return {
    field,
    point,
    unit,
    minDistance: min,
    maxDistance: max,
    distance(doc) {
      const geometries = geometriesAt(doc, field);
      if (geometries.length === 0) return null;
      return Math.min(...geometries.map((g) => distanceToGeometry(point, g))) * scale;
    },
  };
}

export function withinBounds(near: Pick<NearQuery, 'minDistance' | 'maxDistance'>, distance: number | null): distance is number {
  if (distance === null) return false;
  if (near.minDistance !== undefined && distance < near.minDistance) return false;
  if (near.maxDistance !== undefined && distance > near.maxDistance) return false;
  return true;
}
