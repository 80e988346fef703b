import { useEffect, useRef, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { CarrierMark } from './carrierMarks';
import { regionBounds } from './outlines';

/** When the region filter changes, frame that region's outline (or all of Suzhou again). */
export function FitToRegion({ regionId }: { regionId: string | null }) {
  const map = useMap();
  const previous = useRef(regionId);
  useEffect(() => {
    if (previous.current === regionId) return;
    previous.current = regionId;
    map.fitBounds(regionBounds(regionId), { padding: [16, 16] });
  }, [map, regionId]);
  return null;
}

/**
 * Frames new bounds when they change after the map opened (the map opens on its own
 * `bounds`), unless `enabled` is false then — a placed marker should stay in view.
 */
export function FitToBounds({ bounds, enabled = true }: { bounds: L.LatLngBounds | undefined; enabled?: boolean }) {
  const map = useMap();
  const key = bounds?.toBBoxString() ?? '';
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    if (enabled && bounds) map.fitBounds(bounds, { padding: [12, 12] });
    // `key` stands for `bounds`: a new object with the same box is the same view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, enabled]);
  return null;
}

/** Up to this many matches of a name search are framed on the map. */
const MAX_FRAMED_MATCHES = 20;

/**
 * A name search frames what it found, once per search text: finding a carrier by name
 * should show where it is, but changing the year afterwards must not move the map.
 */
export function FitToSearch({ query, marks }: { query: string; marks: readonly CarrierMark[] }) {
  const map = useMap();
  const framedFor = useRef('');
  useEffect(() => {
    const text = query.trim();
    if (!text || text === framedFor.current || marks.length === 0 || marks.length > MAX_FRAMED_MATCHES) return;
    framedFor.current = text;
    const bounds = L.latLngBounds(marks.map((mark) => [mark.lat, mark.lng] as [number, number]));
    map.fitBounds(bounds, { padding: [48, 48], maxZoom: 12 });
  }, [map, query, marks]);
  return null;
}

/** Brings a carrier chosen from the list into view, close enough to see it unclustered. */
export function FocusOn({ mark, seq }: { mark: CarrierMark | null; seq: number }) {
  const map = useMap();
  useEffect(() => {
    if (!mark) return;
    map.setView([mark.lat, mark.lng], Math.max(map.getZoom(), 14));
    // seq: choosing the same carrier again should move the map again.
  }, [map, mark, seq]);
  return null;
}

/**
 * Printing: Leaflet measures its container only when told, so before printing the frame is
 * given its paper size (the `printing` class) and the map re-measured, and after it restored.
 */
export function PrintLayout({ frame }: { frame: RefObject<HTMLElement | null> }) {
  const map = useMap();
  useEffect(() => {
    let screenView: { center: L.LatLng; zoom: number } | null = null;
    const before = () => {
      const shown = map.getBounds();
      screenView = { center: map.getCenter(), zoom: map.getZoom() };
      frame.current?.classList.add('printing');
      map.invalidateSize();
      map.fitBounds(shown, { animate: false });
    };
    const after = () => {
      frame.current?.classList.remove('printing');
      map.invalidateSize();
      if (screenView) map.setView(screenView.center, screenView.zoom, { animate: false });
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [map, frame]);
  return null;
}
