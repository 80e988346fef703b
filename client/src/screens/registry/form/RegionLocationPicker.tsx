import { useMemo } from 'react';
import { LocationPicker, type LocationPickerProps } from '../../../map/LocationPicker';
import { regionBounds } from '../../../map/outlines';

/**
 * The LocationPicker opening on the carrier's county-level unit (all of Suzhou before one
 * is chosen), and moving there when another is chosen. A module of its own so the form
 * loads it, and Leaflet with it, lazily.
 */
export default function RegionLocationPicker({ region, ...props }: Omit<LocationPickerProps, 'bounds'> & { region: string }) {
  const bounds = useMemo(() => regionBounds(region || null), [region]);
  return <LocationPicker {...props} bounds={bounds} />;
}
