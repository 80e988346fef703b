/**
 * Spherical geometry for geo queries. Edges are great-circle arcs, as MongoDB's 2dsphere
 * (S2) treats GeoJSON. Point-in-polygon and edge tests run in a gnomonic projection
 * centred near the shape: it maps great circles to straight lines, so planar tests there
 * give the exact spherical answer for any shape smaller than a hemisphere.
 */

/** MongoDB's radius for converting radians to meters in 2dsphere queries. */
export const EARTH_RADIUS_METERS = 6378100;

export type LngLat = readonly [number, number];
type Vec3 = readonly [number, number, number];

const RAD = Math.PI / 180;

export function toVector([lng, lat]: LngLat): Vec3 {
  const phi = lat * RAD;
  const lambda = lng * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec3): number => Math.sqrt(dot(a, a));
const normalise = (a: Vec3): Vec3 => {
  const n = norm(a);
  return [a[0] / n, a[1] / n, a[2] / n];
};

/** Great-circle distance in radians (haversine; stable for small distances). */
export function angularDistance(a: LngLat, b: LngLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLng = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance in radians from a point to the great-circle arc a–b. */
export function distanceToArc(p: LngLat, a: LngLat, b: LngLat): number {
  const va = toVector(a);
  const vb = toVector(b);
  const vp = toVector(p);
  const n = cross(va, vb);
  const nLength = norm(n);
  if (nLength < 1e-15) return angularDistance(p, a);
  const unitN = [n[0] / nLength, n[1] / nLength, n[2] / nLength] as const;
  // The closest point on the full great circle lies within the arc when it is between a and b.
  const projected = normalise([
    vp[0] - unitN[0] * dot(vp, unitN),
    vp[1] - unitN[1] * dot(vp, unitN),
    vp[2] - unitN[2] * dot(vp, unitN),
  ]);
  if (dot(cross(va, projected), n) >= 0 && dot(cross(projected, vb), n) >= 0) {
    return Math.asin(Math.min(1, Math.abs(dot(vp, unitN))));
  }
  return Math.min(angularDistance(p, a), angularDistance(p, b));
}

/** A gnomonic projection centred on a shape; `project` is null for points on the far side. */
export class Gnomonic {
  private readonly centre: Vec3;
  private readonly east: Vec3;
  private readonly north: Vec3;

  constructor(points: readonly LngLat[]) {
    let sum: Vec3 = [0, 0, 0];
    for (const p of points) {
      const v = toVector(p);
      sum = [sum[0] + v[0], sum[1] + v[1], sum[2] + v[2]];
    }
    this.centre = norm(sum) < 1e-12 ? [1, 0, 0] : normalise(sum);
    const up: Vec3 = Math.abs(this.centre[2]) > 0.99 ? [1, 0, 0] : [0, 0, 1];
    this.east = normalise(cross(up, this.centre));
    this.north = cross(this.centre, this.east);
  }

  project(p: LngLat): [number, number] | null {
    const v = toVector(p);
    const d = dot(v, this.centre);
    if (d <= 1e-9) return null;
    return [dot(v, this.east) / d, dot(v, this.north) / d];
  }
}

/** Ray casting; points on an edge count as inside (MongoDB's $geoWithin includes the boundary). */
export function pointInRing(p: readonly [number, number], ring: ReadonlyArray<readonly [number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (onSegment(p, [xi, yi], [xj, yj])) return true;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): boolean {
  const crossProduct = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
  const scale = Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]), 1e-12);
  if (Math.abs(crossProduct) > 1e-12 * scale) return false;
  return p[0] >= Math.min(a[0], b[0]) - 1e-12 && p[0] <= Math.max(a[0], b[0]) + 1e-12 &&
    p[1] >= Math.min(a[1], b[1]) - 1e-12 && p[1] <= Math.max(a[1], b[1]) + 1e-12;
}

/** Whether segments p1–p2 and q1–q2 properly cross (touching endpoints do not count). */
export function segmentsCross(
  p1: readonly [number, number], p2: readonly [number, number],
  q1: readonly [number, number], q2: readonly [number, number],
): boolean {
  const o = (a: readonly [number, number], b: readonly [number, number], c: readonly [number, number]): number =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  const d1 = o(q1, q2, p1);
  const d2 = o(q1, q2, p2);
  const d3 = o(p1, p2, q1);
  const d4 = o(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}
