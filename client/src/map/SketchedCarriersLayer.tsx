import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CarrierKind } from '@shared/carriers/vocabulary';
import { radiusFor, readKindColors } from './carrierStyle';

/** A carrier that exists only in a draft (a scenario's hypothetical carrier), WGS-84. */
export interface SketchedCarrier {
  key: string;
  name: string;
  kind: CarrierKind;
  lng: number;
  lat: number;
  /** Sizes the circle like the carrier map's (area grows with the circle's area). */
  areaM2: number;
}

/**
 * Draft carriers as dashed circles in their kind's colour, each with its name: not in the
 * registry, so drawn unlike the registry's carriers. Not interactive, so that a click on
 * one still reaches the map (a location picker places its marker there).
 */
export function SketchedCarriersLayer({ carriers }: { carriers: readonly SketchedCarrier[] }) {
  const map = useMap();
  const [group] = useState(() => L.layerGroup());

  useEffect(() => {
    group.addTo(map);
    return () => void group.remove();
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    const colors = readKindColors();
    for (const carrier of carriers) {
      const radius = radiusFor(carrier.areaM2);
      L.circleMarker([carrier.lat, carrier.lng], {
        radius,
        interactive: false,
        color: colors[carrier.kind],
        weight: 2,
        dashArray: '4 3',
        fillColor: colors[carrier.kind],
        fillOpacity: 0.25,
      })
        .bindTooltip(labelElement(carrier.name), { permanent: true, direction: 'right', offset: [radius, 0], className: 'sketched-carrier-label' })
        .addTo(group);
    }
  }, [group, carriers]);

  return null;
}

/** A planner typed this name: it reaches Leaflet as a text node, never as HTML. */
function labelElement(name: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = name;
  return element;
}
