import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../shared/regions';
import {
  buildFromPackage,
  decodeGeometry,
  decodeRing,
  labelPoint,
  OUTPUT_FILE,
  readRegisteredMap,
  signedDistance,
  SOURCE_FILE,
  type CountyCollection,
} from './build-boundaries';

/** The package also ships the decoded outlines as plain GeoJSON: a ready-made answer key. */
const PLAIN_GEOJSON = path.join(path.dirname(SOURCE_FILE), '../../geojson/shape-with-internal-borders/jiang1_su1_su1_zhou1.geojson');

function encodeZigzag(value: number): string {
  return String.fromCharCode(((value << 1) ^ (value >> 31)) + 64);
}

/** Distance in metres between two nearby points (equirectangular, fine at this scale). */
function metres(a: [number, number], b: [number, number]): { east: number; north: number } {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  return { east: (b[0] - a[0]) * 111_320 * Math.cos(lat), north: (b[1] - a[1]) * 110_574 };
}

describe('decoding ECharts compressed coordinates', () => {
  it('adds zigzag-decoded deltas to the offset and divides by the scale', () => {
    const encoded = encodeZigzag(3) + encodeZigzag(-2) + encodeZigzag(-1) + encodeZigzag(5);
    expect(decodeRing(encoded, [1024 * 120, 1024 * 31])).toEqual([
      [120 + 3 / 1024, 31 - 2 / 1024],
      [120 + 2 / 1024, 31 + 3 / 1024],
    ]);
  });

  it('reproduces the plain GeoJSON the package ships, point for point', () => {
    const encoded = readRegisteredMap(fs.readFileSync(SOURCE_FILE, 'utf8'));
    const plain = JSON.parse(fs.readFileSync(PLAIN_GEOJSON, 'utf8')) as {
      features: { properties: { name: string }; geometry: { type: 'Polygon'; coordinates: [number, number][][] } }[];
    };
    expect(encoded.features).toHaveLength(9);
    for (const feature of encoded.features) {
      const expected = plain.features.find((candidate) => candidate.properties.name === feature.properties.name);
      expect(expected, feature.properties.name).toBeDefined();
      expect(decodeGeometry(feature.geometry)).toEqual([expected!.geometry.coordinates]);
    }
  });

  it('starts the Huqiu outline at the known first point 120.5439453125, 31.341796875 (GCJ-02)', () => {
    const encoded = readRegisteredMap(fs.readFileSync(SOURCE_FILE, 'utf8'));
    const huqiu = encoded.features.find((feature) => feature.properties.name === '虎丘区')!;
    expect(decodeGeometry(huqiu.geometry)[0]![0]![0]).toEqual([120.5439453125, 31.341796875]);
  });
});

describe('the label point', () => {
  const square: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];

  it('lies in the middle of a square', () => {
    const [x, y] = labelPoint([[square]]);
    expect(x).toBeCloseTo(5, 1);
    expect(y).toBeCloseTo(5, 1);
  });

  it('lies inside a U-shaped outline whose centre of its box is outside it', () => {
    const u: [number, number][] = [[0, 0], [10, 0], [10, 10], [7, 10], [7, 3], [3, 3], [3, 10], [0, 10], [0, 0]];
    expect(signedDistance([5, 6], [u])).toBeLessThan(0);
    expect(signedDistance(labelPoint([[u]]), [u])).toBeGreaterThan(1);
  });
});

describe('the committed boundary file', () => {
  const committed = fs.readFileSync(OUTPUT_FILE, 'utf8');
  const collection = JSON.parse(committed) as CountyCollection;

  it('is exactly what the build step produces from the package', () => {
    expect(buildFromPackage()).toBe(committed);
  });

  it('has one outline for every region that names one, and says its datum', () => {
    expect(collection.datum).toBe('WGS-84');
    const withOutline = REGIONS.filter((region) => region.outlineName).map((region) => region.id);
    expect(collection.features.map((feature) => feature.properties.regionId).sort()).toEqual(withOutline.sort());
  });

  it('puts every label inside its own outline', () => {
    for (const feature of collection.features) {
      const inside = feature.geometry.coordinates.some((polygon) => signedDistance(feature.properties.label, polygon) > 0);
      expect(inside, feature.properties.regionId).toBe(true);
    }
  });

  it('is shifted from the GCJ-02 source by the offset China applies around Suzhou (about 450 m east, 200 m south)', () => {
    const encoded = readRegisteredMap(fs.readFileSync(SOURCE_FILE, 'utf8'));
    const source = decodeGeometry(encoded.features.find((feature) => feature.properties.name === '太仓市')!.geometry)[0]![0]![0]!;
    const converted = collection.features.find((feature) => feature.properties.regionId === 'taicang')!.geometry.coordinates[0]![0]![0]!;
    const shift = metres(converted, source);
    expect(shift.east).toBeGreaterThan(400);
    expect(shift.east).toBeLessThan(520);
    expect(shift.north).toBeLessThan(-150);
    expect(shift.north).toBeGreaterThan(-300);
  });

  it('places Taicang and Kunshan where they are: Taicang north-east of Kunshan, both east of 120.8°', () => {
    const label = (id: string) => collection.features.find((feature) => feature.properties.regionId === id)!.properties.label;
    expect(label('taicang')[1]).toBeGreaterThan(label('kunshan')[1]);
    expect(label('taicang')[0]).toBeGreaterThan(label('kunshan')[0]);
    expect(label('kunshan')[0]).toBeGreaterThan(120.8);
  });
});
