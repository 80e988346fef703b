import type { MapCarrierFeature, MapCarrierProperties, MapPhase } from '@shared/carriers/geojson';

let counter = 0;

/** A map feature with sensible defaults: an open 10,000 ㎡ Taicang incubator since 2018. */
export function mapCarrier(overrides: Partial<MapCarrierProperties> = {}, coordinates: [number, number] | null = [121.1, 31.45]): MapCarrierFeature {
  counter += 1;
  const id = overrides.id ?? `c${counter}`;
  const phases: MapPhase[] = overrides.phases ?? [{ a: 10_000, s: 'open', o: '2018-06-01', c: null, p: null }];
  return {
    type: 'Feature',
    id,
    geometry: coordinates ? { type: 'Point', coordinates } : null,
    properties: {
      id,
      name: `载体${counter}`,
      kind: 'incubator',
      region: 'taicang',
      district: 'chengxiang',
      industries: ['equipment'],
      tier: null,
      rec: [],
      openAreaM2: 10_000,
      pipelineAreaM2: 0,
      state: 'open',
      phases,
      flags: [],
      ...overrides,
    },
  };
}
