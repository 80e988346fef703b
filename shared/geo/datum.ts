import gcoord from 'gcoord';
import type { Datum } from '../carriers/vocabulary';

/** A [longitude, latitude] pair, in degrees. */
export type LngLat = [number, number];

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/**
 * Converts a coordinate between datums. Chinese web maps publish GCJ-02 (Gaode, Tencent) or
 * BD-09 (Baidu); mixing them with WGS-84 shifts points by 300–700 m around Suzhou.
 * gcoord leaves points outside China unchanged, as the obfuscation only applies inside it.
 */
export function convertDatum(point: LngLat, from: Datum, to: Datum): LngLat {
  if (from === to) return [point[0], point[1]];
  const [lng, lat] = gcoord.transform(point, CRS[from], CRS[to]) as [number, number];
  return [lng, lat];
}

/** Converts a coordinate from the datum it was copied in to the stored WGS-84. */
export function toWgs84(point: LngLat, from: Datum): LngLat {
  return convertDatum(point, from, 'wgs84');
}
