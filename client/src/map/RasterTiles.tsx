import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/**
 * Raster tiles under the outlines, only when an operator configured TILE_URL (the server
 * allows its origin in the content security policy). The tiles must be WGS-84 web-mercator
 * (OpenStreetMap, Tianditu): Gaode's or Baidu's tiles are shifted and would sit ~500 m off.
 */
export function RasterTiles({ url }: { url: string }) {
  const map = useMap();
  useEffect(() => {
    const tiles = L.tileLayer(url, { maxZoom: 18, crossOrigin: true }).addTo(map);
    return () => {
      tiles.remove();
    };
  }, [map, url]);
  return null;
}
