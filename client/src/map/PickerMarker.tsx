import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LngLatValue } from './pickedLocation';

interface PickerMarkerProps {
  /** Where the marker stands, WGS-84; null: not placed yet. */
  position: LngLatValue | null;
  /** A click on the map or the end of a drag, WGS-84. */
  onPick(position: LngLatValue): void;
  title: string;
  disabled?: boolean;
}

/** A pin drawn in CSS: Leaflet's default marker images do not survive bundling. */
const PIN_ICON = L.divIcon({ className: 'picker-pin', html: pinElement(), iconSize: [26, 30], iconAnchor: [13, 29] });

function pinElement(): HTMLElement {
  return document.createElement('span');
}

/** The picker's one draggable marker; clicking the map moves it there. */
export function PickerMarker({ position, onPick, title, disabled = false }: PickerMarkerProps) {
  const map = useMap();
  const onPickRef = useRef(onPick);
  useLayoutEffect(() => {
    onPickRef.current = onPick;
  });
  const [marker] = useState(() => L.marker([0, 0], { icon: PIN_ICON, draggable: true, autoPan: true, title, alt: title }));

  useEffect(() => {
    const pick = (latlng: L.LatLng) => onPickRef.current({ lng: latlng.lng, lat: latlng.lat });
    const onClick = (event: L.LeafletMouseEvent) => pick(event.latlng);
    const onDragEnd = () => pick(marker.getLatLng());
    marker.on('dragend', onDragEnd);
    if (!disabled) map.on('click', onClick);
    map.getContainer().classList.toggle('location-picker-crosshair', !disabled);
    return () => {
      marker.off('dragend', onDragEnd);
      map.off('click', onClick);
      map.getContainer().classList.remove('location-picker-crosshair');
    };
  }, [map, marker, disabled]);

  useEffect(() => {
    if (disabled) marker.dragging?.disable();
    else marker.dragging?.enable();
  }, [marker, disabled]);

  useEffect(() => {
    if (!position) {
      marker.remove();
      return;
    }
    const latlng = L.latLng(position.lat, position.lng);
    marker.setLatLng(latlng).addTo(map);
    // Typed coordinates may be off screen; bring them into view without changing the zoom.
    if (!map.getBounds().contains(latlng)) map.panTo(latlng);
  }, [map, marker, position]);

  useEffect(() => () => void marker.remove(), [marker]);

  return null;
}
