import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { REGIONS } from '@shared/regions';
import type { UiLanguage } from '../i18n/format';
import { ensurePane, MAP_PANES } from './panes';

/** Town names appear from this zoom on, when a county fills the view. */
const MIN_ZOOM = 11;

function districtIcon(name: string): L.DivIcon {
  const element = document.createElement('div');
  element.className = 'district-label';
  element.textContent = name;
  return L.divIcon({ className: 'district-label-icon', html: element, iconSize: [0, 0] });
}

/**
 * Names of towns and zones (区镇) at their approximate centres: without tiles, the only
 * landmarks inside a county. Shown only when zoomed in far enough to read them.
 */
export function DistrictLayer({ language }: { language: UiLanguage }) {
  const map = useMap();
  const [group] = useState(() => L.layerGroup());

  useEffect(() => {
    ensurePane(map, MAP_PANES.unitLabels);
    const toggle = () => {
      if (map.getZoom() >= MIN_ZOOM) group.addTo(map);
      else group.remove();
    };
    toggle();
    map.on('zoomend', toggle);
    return () => {
      map.off('zoomend', toggle);
      group.remove();
    };
  }, [map, group]);

  useEffect(() => {
    group.clearLayers();
    for (const region of REGIONS) {
      for (const district of region.districts) {
        if (!district.center) continue;
        const [lng, lat] = district.center;
        group.addLayer(L.marker([lat, lng], { icon: districtIcon(district.name[language]), interactive: false, keyboard: false, pane: MAP_PANES.unitLabels }));
      }
    }
  }, [group, language]);

  return null;
}
