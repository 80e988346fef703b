import type { MapCarrierFeature, MapPhase } from '../../shared/carriers/geojson';
import { CARRIER_KINDS, INDUSTRIES, type Tier } from '../../shared/carriers/vocabulary';
import { mulberry32 } from '../../seeds/prng';


/** Town centres the synthetic carriers gather around, as real ones do (lng, lat, spread °). */
const HUBS: [number, number, number][] = [
  [121.13, 31.46, 0.08],
  [120.98, 31.38, 0.1],
  [120.62, 31.3, 0.12],
  [120.75, 31.65, 0.1],
  [120.55, 31.87, 0.1],
  [120.64, 31.14, 0.12],
];

function date(next: () => number, from: number, to: number): string {
  const year = from + Math.floor(next() * (to - from + 1));
  return `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
}

/** `count` map features spread over Suzhou, a third of them makerspaces, most open. */
export function syntheticCarriers(count: number, seed = 20_000): MapCarrierFeature[] {
  const next = mulberry32(seed);
  const features: MapCarrierFeature[] = [];
  for (let index = 0; index < count; index++) {
    const [lng, lat, spread] = HUBS[Math.floor(next() * HUBS.length)]!;
    const kind = CARRIER_KINDS[Math.floor(next() * 3)]!;
    const area = Math.round((kind === 'makerspace' ? 500 : kind === 'incubator' ? 5_000 : 20_000) * (1 + next() * 9));
    const opened = next() < 0.8;
    const phases: MapPhase[] = [opened ? { a: area, s: 'open', o: date(next, 2012, 2025), c: null, p: null } : { a: area, s: 'under_construction', o: null, c: null, p: date(next, 2026, 2028) }];
    const tier: Tier | null = next() < 0.5 ? null : (['county', 'prefecture', 'provincial', 'national'] as const)[Math.floor(next() * 4)]!;
    features.push({
      type: 'Feature',
      id: `s${index}`,
      geometry: { type: 'Point', coordinates: [lng + (next() - 0.5) * 2 * spread, lat + (next() - 0.5) * 2 * spread] },
      properties: {
        id: `s${index}`,
        name: `合成载体 ${index}`,
        kind,
        region: 'taicang',
        district: null,
        industries: [INDUSTRIES[Math.floor(next() * INDUSTRIES.length)]!],
        tier,
        rec: tier ? [[2018, tier]] : [],
        openAreaM2: opened ? area : 0,
        pipelineAreaM2: opened ? 0 : area,
        state: opened ? 'open' : 'pipeline',
        phases,
        flags: [],
      },
    });
  }
  return features;
}
