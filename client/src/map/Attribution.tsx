import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/** The data credit in the corner, in the UI's language, without Leaflet's own prefix link. */
export function Attribution({ text }: { text: string }) {
  const map = useMap();
  const [control] = useState(() => L.control.attribution({ prefix: false, position: 'bottomleft' }));
  useEffect(() => {
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, control]);
  useEffect(() => {
    control.addAttribution(text);
    return () => {
      control.removeAttribution(text);
    };
  }, [control, text]);
  return null;
}
