import type { MapCarrierFeature } from '@shared/carriers/geojson';
import type { CarrierKind, Tier } from '@shared/carriers/vocabulary';
import { hasOpenPhaseOn, openAreaOn, replayDate, tierInYear } from './replay';

/**
 * How a carrier looks: filled when open, hollow while only planned or under construction,
 * grey when every phase has closed.
 */
export type CarrierLook = 'open' | 'pipeline' | 'closed';

/** One carrier as the canvas layer draws it: position, colour, size and ring. */
export interface CarrierMark {
  id: string;
  name: string;
  lng: number;
  lat: number;
  kind: CarrierKind;
  /** Area that sizes the circle: open area, or planned area for a hollow circle, ㎡. */
  sizeAreaM2: number;
  /** Open incubation area at the date shown, ㎡ (what clusters sum). */
  openAreaM2: number;
  tier: Tier | null;
  look: CarrierLook;
}

/** The map's frame: a located carrier outside it (abroad) is listed, never drawn. */
export interface Frame {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface CarrierView {
  /** Carriers drawn on the map. */
  marks: CarrierMark[];
  /** Carriers shown in the list beside the map: no location, or a location abroad. */
  apart: MapCarrierFeature[];
  /** Every shown carrier (drawn and apart), for totals and the choropleth. */
  shown: MapCarrierFeature[];
  openAreaM2: number;
  /** Area planned or under construction; only meaningful for today's view. */
  pipelineAreaM2: number;
  /** Open area by region id. */
  openAreaByRegion: Map<string, number>;
}

/** Which moment the map shows: today's state, or the end of a replayed year. */
export type MapMoment = { kind: 'today' } | { kind: 'year'; year: number };

function isInFrame(lng: number, lat: number, frame: Frame): boolean {
  return lng >= frame.west && lng <= frame.east && lat >= frame.south && lat <= frame.north;
}

function isAbroad(feature: MapCarrierFeature): boolean {
  return feature.properties.flags.includes('abroad');
}

/**
 * Builds what the map shows from carriers that already passed the filters. In a replayed
 * year only carriers open on its last day appear, sized by the area open then; today every
 * carrier appears, those not yet open hollow.
 */
export function buildCarrierView(features: readonly MapCarrierFeature[], moment: MapMoment, frame: Frame): CarrierView {
  const marks: CarrierMark[] = [];
  const apart: MapCarrierFeature[] = [];
  const shown: MapCarrierFeature[] = [];
  const openAreaByRegion = new Map<string, number>();
  let openAreaM2 = 0;
  let pipelineAreaM2 = 0;

  for (const feature of features) {
    const carrier = feature.properties;
    let look: CarrierLook;
    let open: number;
    let tier: Tier | null;
    if (moment.kind === 'year') {
      const date = replayDate(moment.year);
      if (!hasOpenPhaseOn(carrier.phases, date)) continue;
      look = 'open';
      open = openAreaOn(carrier.phases, date);
      tier = tierInYear(carrier.rec, moment.year);
    } else {
      look = carrier.state;
      open = carrier.openAreaM2;
      tier = carrier.tier;
      pipelineAreaM2 += carrier.pipelineAreaM2;
    }
    shown.push(feature);
    openAreaM2 += open;
    openAreaByRegion.set(carrier.region, (openAreaByRegion.get(carrier.region) ?? 0) + open);

    const coordinates = feature.geometry?.coordinates;
    if (!coordinates || isAbroad(feature) || !isInFrame(coordinates[0], coordinates[1], frame)) {
      apart.push(feature);
      continue;
    }
    marks.push({
      id: carrier.id,
      name: carrier.name,
      lng: coordinates[0],
      lat: coordinates[1],
      kind: carrier.kind,
      sizeAreaM2: look === 'open' ? open : look === 'pipeline' ? carrier.pipelineAreaM2 : totalPhaseArea(carrier.phases),
      openAreaM2: open,
      tier,
      look,
    });
  }
  return { marks, apart, shown, openAreaM2, pipelineAreaM2, openAreaByRegion };
}

function totalPhaseArea(phases: readonly { a: number }[]): number {
  return phases.reduce((sum, phase) => sum + phase.a, 0);
}
