import { formatValue } from '../values/format';
import { isPlainObject, numericValue } from '../values/typed';
import { Gnomonic, segmentsCross, type LngLat } from './sphere';

export type Geometry =
  | { readonly type: 'Point'; readonly point: LngLat }
  | { readonly type: 'LineString'; readonly points: readonly LngLat[] }
  | { readonly type: 'Polygon'; readonly rings: readonly (readonly LngLat[])[] }
  | { readonly type: 'Multi'; readonly parts: readonly Geometry[] };

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A legacy coordinate pair: `[x, y]` or `{ anyName: x, anyOther: y }`. */
export function parseLegacyPoint(value: unknown): Parsed<LngLat> {
  let parts: unknown[] | null = null;
  if (Array.isArray(value)) parts = value;
  else if (isPlainObject(value) && !('type' in value)) parts = Object.values(value);
  if (!parts || parts.length < 2) return fail('Point must be an array or object');
  const x = numericValue(parts[0]);
  const y = numericValue(parts[1]);
  if (x === undefined || y === undefined) return fail('Point must only contain numeric elements');
  return ok([x, y]);
}

function parsePosition(value: unknown): Parsed<LngLat> {
  if (!Array.isArray(value) || value.length < 2) return fail('Point must be an array or object');
  const lng = numericValue(value[0]);
  const lat = numericValue(value[1]);
  if (lng === undefined || lat === undefined || value.slice(2).some((v) => numericValue(v) === undefined)) {
    return fail('Point must only contain numeric elements');
  }
  if (value.length > 3) return fail('Point must only contain numeric elements');
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || Number.isNaN(lng) || Number.isNaN(lat)) {
    return fail(`longitude/latitude is out of bounds, lng: ${lng} lat: ${lat}`);
  }
  return ok([lng, lat]);
}

function parsePositions(value: unknown): Parsed<LngLat[]> {
  if (!Array.isArray(value)) return fail('coordinates must be an array');
  const out: LngLat[] = [];
  for (const item of value) {
    const p = parsePosition(item);
    if (!p.ok) return p;
    out.push(p.value);
  }
  return ok(out);
}

const samePoint = (a: LngLat, b: LngLat): boolean => a[0] === b[0] && a[1] === b[1];

function parseRing(value: unknown): Parsed<LngLat[]> {
  const parsed = parsePositions(value);
  if (!parsed.ok) return parsed;
  const ring = parsed.value;
  if (ring.length < 4) return fail('Loop must have at least 3 different vertices');
  const first = ring[0] as LngLat;
  const last = ring[ring.length - 1] as LngLat;
  if (!samePoint(first, last)) {
    return fail(`Loop is not closed, first vertex does not equal last vertex: ${formatValue([...first])} ${formatValue([...last])}`);
  }
  const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return fail('Loop must have at least 3 different vertices');
  if (ring.length <= 2000) {
    const crossing = findCrossingEdges(ring);
    if (crossing) return fail(`Loop is not valid: ${formatValue(ring.map((p) => [...p]))} Edges ${crossing[0]} and ${crossing[1]} cross`);
  }
  return ok(ring);
}

function findCrossingEdges(ring: readonly LngLat[]): [number, number] | null {
  const projection = new Gnomonic(ring);
  const flat = ring.map((p) => projection.project(p));
  if (flat.some((p) => p === null)) return null;
  const pts = flat as Array<[number, number]>;
  const edges = pts.length - 1;
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue;
      if (segmentsCross(pts[i] as [number, number], pts[i + 1] as [number, number], pts[j] as [number, number], pts[j + 1] as [number, number])) {
        return [i, j];
      }
    }
  }
  return null;
}

function parsePolygon(coordinates: unknown): Parsed<Geometry> {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return fail('Polygon coordinates must be an array of loops');
  const rings: LngLat[][] = [];
  for (const raw of coordinates) {
    const ring = parseRing(raw);
    if (!ring.ok) return ring;
    rings.push(ring.value);
  }
  return ok({ type: 'Polygon', rings });
}

/** A GeoJSON object as stored under a 2dsphere index or given in `$geometry`. */
export function parseGeoJSON(value: unknown): Parsed<Geometry> {
  if (!isPlainObject(value)) return fail('geo element must be an array or object');
  const type = value.type;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(value.geometries)) return fail('GeometryCollection geometries must be an array');
    const parts: Geometry[] = [];
    for (const g of value.geometries) {
      const parsed = parseGeoJSON(g);
      if (!parsed.ok) return parsed;
      parts.push(parsed.value);
    }
    return ok({ type: 'Multi', parts });
  }
  const coordinates = value.coordinates;
  switch (type) {
    case 'Point': {
      const p = parsePosition(coordinates);
      return p.ok ? ok({ type: 'Point', point: p.value }) : p;
    }
    case 'LineString': {
      const points = parsePositions(coordinates);
      if (!points.ok) return points;
      if (points.value.length < 2) return fail('GeoJSON LineString must have at least 2 vertices');
      return ok({ type: 'LineString', points: points.value });
    }
    case 'Polygon':
      return parsePolygon(coordinates);
    case 'MultiPoint':
    case 'MultiLineString':
    case 'MultiPolygon': {
      if (!Array.isArray(coordinates)) return fail(`${type} coordinates must be an array`);
      const single = type.slice(5);
      const parts: Geometry[] = [];
      for (const c of coordinates) {
        const parsed = parseGeoJSON({ type: single, coordinates: c });
        if (!parsed.ok) return parsed;
        parts.push(parsed.value);
      }
      return ok({ type: 'Multi', parts });
    }
    default:
      return fail(`unknown GeoJSON type: ${formatValue(value)}`);
  }
}

/** What a 2dsphere index accepts in a document: GeoJSON, or a legacy pair within bounds. */
export function parseIndexedGeometry(value: unknown): Parsed<Geometry> {
  if (isPlainObject(value) && 'type' in value) return parseGeoJSON(value);
  if (Array.isArray(value) || isPlainObject(value)) {
    const legacy = parseLegacyPoint(value);
    if (!legacy.ok) return legacy;
    const [lng, lat] = legacy.value;
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return fail(`longitude/latitude is out of bounds, lng: ${lng} lat: ${lat}`);
    return ok({ type: 'Point', point: legacy.value });
  }
  return fail('geo element must be an array or object');
}

export function allPoints(geometry: Geometry): LngLat[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.point];
    case 'LineString':
      return [...geometry.points];
    case 'Polygon':
      return geometry.rings.flat();
    case 'Multi':
      return geometry.parts.flatMap(allPoints);
  }
}
