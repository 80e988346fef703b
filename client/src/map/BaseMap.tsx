import type { ReactNode } from 'react';
import type L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { MapContainer, ZoomControl } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { Attribution } from './Attribution';
import { OUTLINE_BOUNDS } from './outlines';
import { RasterTiles } from './RasterTiles';

interface BaseMapProps {
  /** Accessible name of the map region. */
  label: string;
  /** Source credit for the outlines (and tiles, if any). */
  attribution: string;
  className?: string;
  /** What the map opens on; all of Suzhou unless given. */
  bounds?: L.LatLngBounds;
  /** A raster tile URL template (the server's TILE_URL); offline outlines only when absent. */
  tileUrl?: string | null;
  children?: ReactNode;
}

/**
 * A Leaflet map that needs no network: it opens on Suzhou's outlines and leaves the
 * background to the boundary layer, with raster tiles beneath only when configured. Layers
 * are its children, one component each.
 */
export function BaseMap({ label, attribution, className, bounds = OUTLINE_BOUNDS, tileUrl, children }: BaseMapProps) {
  const { t, i18n } = useTranslation('common');
  return (
    <div className={`base-map ${className ?? ''}`} role="region" aria-label={label}>
      <MapContainer
        bounds={bounds}
        boundsOptions={{ padding: [12, 12] }}
        zoomSnap={0.25}
        zoomDelta={0.5}
        minZoom={7}
        maxZoom={17}
        maxBounds={OUTLINE_BOUNDS.pad(1.5)}
        attributionControl={false}
        zoomControl={false}
        className="base-map-leaflet"
      >
        {/* Leaflet's own control titles are English; keyed by language so a switch redraws them. */}
        <ZoomControl key={i18n.language} position="topleft" zoomInTitle={t('mapControls.zoomIn')} zoomOutTitle={t('mapControls.zoomOut')} />
        <Attribution text={attribution} />
        {tileUrl && <RasterTiles url={tileUrl} />}
        {children}
      </MapContainer>
    </div>
  );
}
