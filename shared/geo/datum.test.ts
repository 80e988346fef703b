import { describe, expect, it } from 'vitest';
import { convertDatum, toWgs84 } from './datum';

/** Roughly metres per degree at Taicang's latitude (31.5°N). */
function distanceMetres([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const dx = (lng2 - lng1) * 111_320 * Math.cos((31.5 * Math.PI) / 180);
  const dy = (lat2 - lat1) * 110_574;
  return Math.hypot(dx, dy);
}

describe('datum conversion', () => {
  const taicangHall: [number, number] = [121.1305, 31.4578];

  it('leaves WGS-84 untouched', () => {
    expect(toWgs84(taicangHall, 'wgs84')).toEqual(taicangHall);
  });

  it('moves a GCJ-02 point in Taicang by a few hundred metres, as the obfuscation does', () => {
    const shift = distanceMetres(toWgs84(taicangHall, 'gcj02'), taicangHall);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(800);
  });

  it.each(['gcj02', 'bd09'] as const)('round-trips WGS-84 → %s → WGS-84 within a metre', (datum) => {
    const there = convertDatum(taicangHall, 'wgs84', datum);
    const back = toWgs84(there, datum);
    expect(distanceMetres(back, taicangHall)).toBeLessThan(1);
  });

  it('does not shift a point abroad (Stuttgart) because the obfuscation only applies in China', () => {
    const stuttgart: [number, number] = [9.1829, 48.7758];
    expect(distanceMetres(toWgs84(stuttgart, 'gcj02'), stuttgart)).toBeLessThan(1);
  });
});
