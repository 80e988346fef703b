/**
 * The benchmark page (bundled by run.ts): builds a fresh map per run and times, with the same
 * 20,000 synthetic carriers, the map screen's layer against bare Leaflet canvas circleMarkers.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { carrierMatcher, NO_FILTERS, type CarrierFilters } from '../../client/src/map/carrierFilter';
import { buildCarrierView } from '../../client/src/map/carrierMarks';
import { CarrierCanvasLayer } from '../../client/src/map/carrierCanvasLayer';
import { DEFAULT_KIND_COLORS, radiusFor } from '../../client/src/map/carrierStyle';
import { formatAreaCompact } from '../../client/src/map/formatCompact';
import { MAP_FRAME, OUTLINE_BOUNDS } from '../../client/src/map/outlines';
import type { MapCarrierFeature } from '../../shared/carriers/geojson';
import { syntheticCarriers } from './synthetic';

export interface Timing {
  firstRenderMs: number;
  filterMs: number;
  /** A pan of 200 px and a zoom in, each redrawn: what dragging and scrolling feel like. */
  panZoomMs: number;
  /** Carriers left after the filter, to check both sides drew the same. */
  afterFilter: number;
}

const FILTER: CarrierFilters = { ...NO_FILTERS, kind: ['incubator', 'accelerator'] };
const CURRENT_YEAR = 2026;

/** Resolves after the browser has painted: two animation frames after the work. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

async function panAndZoom(map: L.Map): Promise<number> {
  const start = performance.now();
  map.panBy([200, 0], { animate: false });
  await painted();
  map.setZoom(map.getZoom() + 1, { animate: false });
  await painted();
  return (performance.now() - start) / 2;
}

function freshMap(): L.Map {
  document.getElementById('map')?.remove();
  const element = document.createElement('div');
  element.id = 'map';
  document.body.append(element);
  return L.map(element, { zoomSnap: 0.25 }).fitBounds(OUTLINE_BOUNDS);
}

async function bareLeaflet(features: MapCarrierFeature[]): Promise<Timing> {
  const map = freshMap();
  await painted();
  const start = performance.now();
  const renderer = L.canvas();
  const markers = features.map((feature) => {
    const [lng, lat] = feature.geometry!.coordinates;
    const marker = L.circleMarker([lat, lng], {
      renderer,
      radius: radiusFor(feature.properties.openAreaM2),
      color: '#ffffff',
      weight: 1,
      fillColor: DEFAULT_KIND_COLORS[feature.properties.kind],
      fillOpacity: 0.88,
    });
    return { marker, feature };
  });
  const group = L.featureGroup(markers.map(({ marker }) => marker)).addTo(map);
  await painted();
  const firstRenderMs = performance.now() - start;

  const filterStart = performance.now();
  const matches = carrierMatcher(FILTER, CURRENT_YEAR);
  group.clearLayers();
  let afterFilter = 0;
  for (const { marker, feature } of markers) {
    if (!matches(feature.properties)) continue;
    group.addLayer(marker);
    afterFilter += 1;
  }
  await painted();
  const filterMs = performance.now() - filterStart;
  const panZoomMs = await panAndZoom(map);
  map.remove();
  return { firstRenderMs, filterMs, panZoomMs, afterFilter };
}

async function carrierLayer(features: MapCarrierFeature[], cluster: boolean): Promise<Timing> {
  const map = freshMap();
  await painted();
  const clusterLabel = (sums: { areaM2: number }, count: number): [string, string] => [formatAreaCompact(sums.areaM2, 'zh'), `${count} 家`];
  // Everything the map screen does between data and pixels: filter, build marks, draw.
  const start = performance.now();
  const everything = carrierMatcher(NO_FILTERS, CURRENT_YEAR);
  const layer = new CarrierCanvasLayer({ onCarrierClick: () => undefined }, { cluster, clusterLabel });
  layer.addTo(map);
  layer.update({ marks: buildCarrierView(features.filter((feature) => everything(feature.properties)), { kind: 'today' }, MAP_FRAME).marks });
  await painted();
  const firstRenderMs = performance.now() - start;

  const filterStart = performance.now();
  const matches = carrierMatcher(FILTER, CURRENT_YEAR);
  const marks = buildCarrierView(features.filter((feature) => matches(feature.properties)), { kind: 'today' }, MAP_FRAME).marks;
  layer.update({ marks });
  await painted();
  const filterMs = performance.now() - filterStart;
  const panZoomMs = await panAndZoom(map);
  map.remove();
  return { firstRenderMs, filterMs, panZoomMs, afterFilter: marks.length };
}

declare global {
  interface Window {
    runBench(count: number, runs: number): Promise<Record<'bare' | 'layer' | 'layerUnclustered', Timing[]>>;
  }
}

window.runBench = async (count, runs) => {
  const features = syntheticCarriers(count);
  const results = { bare: [] as Timing[], layer: [] as Timing[], layerUnclustered: [] as Timing[] };
  // One untimed round warms the JIT for all three; then they alternate so drift hits all alike.
  await bareLeaflet(features);
  await carrierLayer(features, true);
  await carrierLayer(features, false);
  for (let run = 0; run < runs; run++) {
    results.bare.push(await bareLeaflet(features));
    results.layer.push(await carrierLayer(features, true));
    results.layerUnclustered.push(await carrierLayer(features, false));
  }
  return results;
};
