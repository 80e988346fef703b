import type { IsoDate } from '../dates';
import { carrierFlags, openIncubationAreaM2, pipelineIncubationAreaM2, tierAt } from './derive';
import type { CarrierFlag, CarrierRecord } from './record';
import type { CarrierKind, PhaseStatus, Tier } from './vocabulary';

/** One phase, compact: enough for the map to replay openings year by year. */
export interface MapPhase {
  /** Incubation area, ㎡ (0 when only floor area is known). */
  a: number;
  s: PhaseStatus;
  /** openedOn, closedOn, plannedOpeningOn (YYYY-MM-DD or null). */
  o: IsoDate | null;
  c: IsoDate | null;
  p: IsoDate | null;
}

/** Properties of a carrier on the map, kept small: the map may hold 20,000 of them. */
export interface MapCarrierProperties {
  id: string;
  name: string;
  kind: CarrierKind;
  region: string;
  district: string | null;
  /** Known industry ids, or terms as written. */
  industries: string[];
  /** Tier held today, or null. */
  tier: Tier | null;
  /** Recognitions as [year, tier], to show the tier held in a past year. */
  rec: [number, Tier][];
  /** Open incubation area today, ㎡. */
  openAreaM2: number;
  pipelineAreaM2: number;
  /** open: has an open phase; pipeline: nothing open yet but planned or being built; closed: all phases closed. */
  state: 'open' | 'pipeline' | 'closed';
  phases: MapPhase[];
  flags: CarrierFlag[];
}

export interface MapCarrierFeature {
  type: 'Feature';
  id: string;
  /** Null for carriers without a usable location; the map lists them apart. */
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: MapCarrierProperties;
}

export interface MapCarrierCollection {
  type: 'FeatureCollection';
  features: MapCarrierFeature[];
  /** The date the derived figures are computed at. */
  asOf: IsoDate;
}

function stateOf(carrier: CarrierRecord, asOf: IsoDate): MapCarrierProperties['state'] {
  if (openIncubationAreaM2(carrier.phases, asOf) > 0 || carrier.phases.some((phase) => phase.status === 'open')) return 'open';
  if (carrier.phases.some((phase) => phase.status === 'planned' || phase.status === 'under_construction')) return 'pipeline';
  return 'closed';
}

export function toMapFeature(carrier: CarrierRecord, asOf: IsoDate): MapCarrierFeature {
  return {
    type: 'Feature',
    id: carrier.id,
    geometry: carrier.location ? { type: 'Point', coordinates: carrier.location.coordinates } : null,
    properties: {
      id: carrier.id,
      name: carrier.name,
      kind: carrier.kind,
      region: carrier.region,
      district: carrier.district ?? null,
      industries: carrier.industries,
      tier: tierAt(carrier.recognitions, asOf),
      rec: carrier.recognitions.map((recognition) => [recognition.year, recognition.tier]),
      openAreaM2: openIncubationAreaM2(carrier.phases, asOf),
      pipelineAreaM2: pipelineIncubationAreaM2(carrier.phases),
      state: stateOf(carrier, asOf),
      phases: carrier.phases.map((phase) => ({
        a: phase.incubationAreaM2 ?? 0,
        s: phase.status,
        o: phase.openedOn ?? null,
        c: phase.closedOn ?? null,
        p: phase.plannedOpeningOn ?? null,
      })),
      flags: carrierFlags(carrier),
    },
  };
}

export function toMapCollection(carriers: readonly CarrierRecord[], asOf: IsoDate): MapCarrierCollection {
  return { type: 'FeatureCollection', features: carriers.map((carrier) => toMapFeature(carrier, asOf)), asOf };
}
