import { badValue, notSupported } from '../errors';
import { isPlainObject, numericValue } from '../values/typed';
import { allPoints, parseGeoJSON, parseIndexedGeometry, parseLegacyPoint, type Geometry } from './geometry';
import {
  angularDistance, distanceToArc, Gnomonic, pointInRing, segmentsCross, type LngLat,
} from './sphere';

type Flat = readonly [number, number];

/** A `$geoWithin` region, compiled once per query. */
export interface Region {
  contains(geometry: Geometry): boolean;
}

function edgesOf(geometry: Geometry): Array<[LngLat, LngLat]> {
  switch (geometry.type) {
    case 'Point':
      return [];
    case 'LineString':
      return geometry.points.slice(1).map((p, i) => [geometry.points[i] as LngLat, p]);
    case 'Polygon':
      return geometry.rings.flatMap((ring) => ring.slice(1).map((p, i): [LngLat, LngLat] => [ring[i] as LngLat, p]));
    case 'Multi':
      return geometry.parts.flatMap(edgesOf);
  }
}

/** Polygon (with holes) in some plane; `toPlane` is the identity for legacy shapes. */
class PlanarPolygon {
  private readonly rings: Flat[][];

  constructor(rings: readonly (readonly LngLat[])[], private readonly toPlane: (p: LngLat) => Flat | null) {
    this.rings = rings.map((ring) => ring.map((p) => toPlane(p) ?? [Number.NaN, Number.NaN]));
  }

  containsPoint(p: LngLat): boolean {
    const q = this.toPlane(p);
    if (!q) return false;
    const [outer, ...holes] = this.rings;
    if (!outer || !pointInRing(q, outer)) return false;
    // A point on a hole's edge still belongs to the polygon.
    return !holes.some((hole) => pointInRing(q, hole) && !isVertexOrEdge(q, hole));
  }

  crossesEdge(a: LngLat, b: LngLat): boolean {
    const pa = this.toPlane(a);
    const pb = this.toPlane(b);
    if (!pa || !pb) return true;
    return this.rings.some((ring) => ring.slice(1).some((q, i) => segmentsCross(pa, pb, ring[i] as Flat, q)));
  }

  contains(geometry: Geometry): boolean {
    if (!allPoints(geometry).every((p) => this.containsPoint(p))) return false;
    return !edgesOf(geometry).some(([a, b]) => this.crossesEdge(a, b));
  }
}

function isVertexOrEdge(q: Flat, ring: readonly Flat[]): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Flat;
    const b = ring[i + 1] as Flat;
    const crossProduct = (b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]);
    if (Math.abs(crossProduct) < 1e-12 && q[0] >= Math.min(a[0], b[0]) && q[0] <= Math.max(a[0], b[0]) &&
      q[1] >= Math.min(a[1], b[1]) && q[1] <= Math.max(a[1], b[1])) return true;
  }
  return false;
}

const flatIdentity = (p: LngLat): Flat => [p[0], p[1]];

function legacyPairs(value: unknown, operator: string, minimum: number): LngLat[] {
  if (!Array.isArray(value) || value.length < minimum) throw badValue(`${operator} must be an array of at least ${minimum} points`);
  return value.map((item) => {
    const p = parseLegacyPoint(item);
    if (!p.ok) throw badValue(`${operator}: ${p.reason}`);
    return p.value;
  });
}

function sphericalPolygons(geometry: Geometry): PlanarPolygon[] {
  if (geometry.type === 'Polygon') {
    const projection = new Gnomonic(geometry.rings[0] ?? []);
    return [new PlanarPolygon(geometry.rings, (p) => projection.project(p))];
  }
  if (geometry.type === 'Multi') return geometry.parts.flatMap(sphericalPolygons);
  throw badValue('$geoWithin $geometry must be a Polygon or MultiPolygon');
}

export function compileRegion(spec: unknown): Region {
  if (!isPlainObject(spec)) throw badValue('$geoWithin not an object');
  const [shape, ...others] = Object.keys(spec);
  if (shape === undefined || others.length > 0) throw badValue('$geoWithin takes exactly one shape');
  const arg = spec[shape];
  switch (shape) {
    case '$box': {
      const [a, b] = legacyPairs(arg, '$box', 2) as [LngLat, LngLat];
      const [minX, maxX] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
      const [minY, maxY] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
      return { contains: (g) => allPoints(g).every(([x, y]) => x >= minX && x <= maxX && y >= minY && y <= maxY) };
    }
    case '$polygon': {
      const ring = legacyPairs(arg, '$polygon', 3);
      const closed = ring[0] && ring[0][0] === ring[ring.length - 1]?.[0] && ring[0][1] === ring[ring.length - 1]?.[1] ? ring : [...ring, ring[0] as LngLat];
      const polygon = new PlanarPolygon([closed], flatIdentity);
      return { contains: (g) => polygon.contains(g) };
    }
    case '$center': {
      if (!Array.isArray(arg) || arg.length !== 2) throw badValue('$center must be [ [x, y], radius ]');
      const [centre] = legacyPairs([arg[0]], '$center', 1) as [LngLat];
      const radius = numericValue(arg[1]);
      if (radius === undefined || radius < 0) throw badValue('$center radius must be a non-negative number');
      return { contains: (g) => allPoints(g).every(([x, y]) => Math.hypot(x - centre[0], y - centre[1]) <= radius) };
    }
    case '$centerSphere': {
      if (!Array.isArray(arg) || arg.length !== 2) throw badValue('$centerSphere must be [ [lng, lat], radians ]');
      const [centre] = legacyPairs([arg[0]], '$centerSphere', 1) as [LngLat];
      const radius = numericValue(arg[1]);
      if (radius === undefined || radius < 0) throw badValue('$centerSphere radius must be a non-negative number');
      return { contains: (g) => allPoints(g).every((p) => angularDistance(p, centre) <= radius) };
    }
    case '$geometry': {
      if (isPlainObject(arg) && arg.crs !== undefined) throw notSupported('$geometry with a custom crs (big polygons)');
      const parsed = parseGeoJSON(arg);
      if (!parsed.ok) throw badValue(`$geoWithin $geometry: ${parsed.reason}`);
      const polygons = sphericalPolygons(parsed.value);
      // A geometry is within a MultiPolygon when each of its parts lies in one polygon.
      const within = (g: Geometry): boolean =>
        g.type === 'Multi' ? g.parts.every(within) : polygons.some((polygon) => polygon.contains(g));
      return { contains: within };
    }
    default:
      throw badValue(`unknown geo specifier: ${shape}`);
  }
}

/**
 * Candidate geometries a document holds at a path: the value itself, or each element
 * of an array of geometries (a multikey geo field). Invalid values yield nothing.
 */
export function geometriesAt(doc: unknown, path: string): Geometry[] {
  const out: Geometry[] = [];
  for (const raw of geoValuesAt(doc, path)) {
    const parsed = parseIndexedGeometry(raw);
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

/** Raw values under a geo path, arrays of geometries expanded, legacy pairs kept whole. */
export function geoValuesAt(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, parts: readonly string[]): void => {
    if (value === undefined || value === null) return;
    if (parts.length === 0) {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => isPlainObject(v) || Array.isArray(v))) {
        out.push(...value);
      } else {
        out.push(value);
      }
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (Array.isArray(value)) {
      for (const element of value) visit(element, parts);
      return;
    }
    if (isPlainObject(value)) visit(value[head], rest);
  };
  visit(doc, path.split('.'));
  return out;
}

/** Radians from a point to the nearest part of a geometry (0 inside a polygon). */
export function distanceToGeometry(from: LngLat, geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return angularDistance(from, geometry.point);
    case 'LineString':
      return Math.min(...geometry.points.slice(1).map((p, i) => distanceToArc(from, geometry.points[i] as LngLat, p)));
    case 'Polygon': {
      if (sphericalPolygons(geometry).some((polygon) => polygon.containsPoint(from))) return 0;
      return Math.min(...edgesOf(geometry).map(([a, b]) => distanceToArc(from, a, b)));
    }
    case 'Multi':
      return Math.min(...geometry.parts.map((part) => distanceToGeometry(from, part)));
  }
}
