import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CountyFeature } from '../../../scripts/build-boundaries';
import { COUNTY_OUTLINES } from './outlines';
import { ensurePane, MAP_PANES } from './panes';

export interface UnitLabel {
  name: string;
  /** A second, smaller line (the unit's open area, or "no data"). */
  detail: string;
}

interface BoundaryLayerProps {
  /** Fill colour per region id. */
  fillFor(regionId: string): string;
  labelFor(regionId: string): UnitLabel;
  /** Changes whenever fills or labels change, so the layer restyles only then. */
  version: string;
  /** Over raster tiles the fills must let the streets show through. */
  translucent?: boolean;
}

/** Labels hide when their unit is narrower than this on screen, rather than overlap. */
const MIN_UNIT_WIDTH_FOR_LABEL_PX = 64;

function labelElement(label: UnitLabel): HTMLElement {
  const element = document.createElement('div');
  element.className = 'unit-label';
  const name = document.createElement('span');
  name.className = 'unit-label-name';
  name.textContent = label.name;
  const detail = document.createElement('span');
  detail.className = 'unit-label-detail';
  detail.textContent = label.detail;
  element.append(name, detail);
  return element;
}

/**
 * The offline base layer: county-level outlines filled by the choropleth, with a label per
 * unit. Built once with plain Leaflet and restyled in effects.
 */
export function BoundaryLayer({ fillFor, labelFor, version, translucent = false }: BoundaryLayerProps) {
  const map = useMap();
  const [layers] = useState(() => {
    const outlines = L.geoJSON(COUNTY_OUTLINES as unknown as FeatureCollection, { interactive: false, pane: MAP_PANES.outlines });
    const labels = new Map<string, { marker: L.Marker; bounds: L.LatLngBounds }>();
    outlines.eachLayer((layer) => {
      const { properties } = (layer as L.Polygon).feature as unknown as CountyFeature;
      const [lng, lat] = properties.label;
      const marker = L.marker([lat, lng], { interactive: false, keyboard: false, pane: MAP_PANES.unitLabels });
      labels.set(properties.regionId, { marker, bounds: (layer as L.Polygon).getBounds() });
    });
    return { outlines, labels, group: L.layerGroup([outlines, ...[...labels.values()].map((label) => label.marker)]) };
  });

  useEffect(() => {
    // Panes must exist before layers that name them are added.
    ensurePane(map, MAP_PANES.outlines);
    ensurePane(map, MAP_PANES.unitLabels);
    layers.group.addTo(map);
    const fitLabels = () => {
      for (const { marker, bounds } of layers.labels.values()) {
        const width = map.latLngToLayerPoint(bounds.getNorthEast()).x - map.latLngToLayerPoint(bounds.getSouthWest()).x;
        marker.setOpacity(width >= MIN_UNIT_WIDTH_FOR_LABEL_PX ? 1 : 0);
      }
    };
    fitLabels();
    map.on('zoomend', fitLabels);
    return () => {
      map.off('zoomend', fitLabels);
      layers.group.remove();
    };
  }, [map, layers]);

  useEffect(() => {
    layers.outlines.setStyle((feature) => {
      const regionId = (feature as unknown as CountyFeature | undefined)?.properties.regionId ?? '';
      return { color: '#7d8a99', weight: 1.2, opacity: 1, fillColor: fillFor(regionId), fillOpacity: translucent ? 0.45 : 1 };
    });
    for (const [regionId, { marker }] of layers.labels) {
      marker.setIcon(L.divIcon({ className: 'unit-label-icon', html: labelElement(labelFor(regionId)), iconSize: [0, 0] }));
    }
    // fillFor and labelFor are new functions each render; `version` says when they mean something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layers, version, translucent]);

  return null;
}
