import { describe, expect, it } from 'vitest';
import { fromMapPosition, parseLngLat, toMapPosition } from './pickedLocation';

/** Metres between two nearby points. */
function metresBetween(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const dx = (a.lng - b.lng) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  const dy = (a.lat - b.lat) * 110_574;
  return Math.hypot(dx, dy);
}

const TAICANG_GCJ02 = { lng: 121.13055, lat: 31.457735 };

describe('the location picker’s coordinates', () => {
  it('shows GCJ-02 coordinates copied from Gaode several hundred metres from where WGS-84 would put them', () => {
    const onMap = toMapPosition(TAICANG_GCJ02, 'gcj02');
    expect(metresBetween(onMap, TAICANG_GCJ02)).toBeGreaterThan(300);
    expect(metresBetween(onMap, TAICANG_GCJ02)).toBeLessThan(700);
  });

  it('puts BD-09 coordinates from Baidu farther still, as Baidu adds its own offset to GCJ-02', () => {
    const baidu = fromMapPosition(toMapPosition(TAICANG_GCJ02, 'gcj02'), 'bd09');
    expect(metresBetween(baidu, TAICANG_GCJ02)).toBeGreaterThan(500);
  });

  it('gives back the typed coordinates when a point is converted to the map and back', () => {
    for (const datum of ['wgs84', 'gcj02', 'bd09'] as const) {
      const back = fromMapPosition(toMapPosition(TAICANG_GCJ02, datum), datum);
      expect(metresBetween(back, TAICANG_GCJ02)).toBeLessThan(1);
    }
  });

  it('leaves WGS-84 untouched', () => {
    expect(toMapPosition(TAICANG_GCJ02, 'wgs84')).toEqual(TAICANG_GCJ02);
  });

  it('accepts only two finite numbers within range', () => {
    expect(parseLngLat(' 121.1 ', '31.45')).toEqual({ lng: 121.1, lat: 31.45 });
    expect(parseLngLat('121.1', '')).toBeNull();
    expect(parseLngLat('east', '31')).toBeNull();
    expect(parseLngLat('181', '31')).toBeNull();
    expect(parseLngLat('121', '-91')).toBeNull();
  });
});
