import { deriveCarrier } from '@shared/carriers/derive';
import type { CarrierRecord } from '@shared/carriers/record';
import type { IsoDate } from '@shared/dates';

/**
 * Carriers as an RFC 7946 FeatureCollection for GIS tools (QGIS, ArcGIS): WGS-84, the
 * default of the format, so no `crs` member. Carriers without a location keep their
 * feature with a null geometry, so the collection holds every carrier exported.
 */
export function carrierFeatureCollection(carriers: readonly CarrierRecord[], asOf: IsoDate) {
  return {
    type: 'FeatureCollection' as const,
    features: carriers.map((carrier) => {
      const derived = deriveCarrier(carrier, asOf);
      return {
        type: 'Feature' as const,
        id: carrier.id,
        geometry: carrier.location ? { type: 'Point' as const, coordinates: carrier.location.coordinates } : null,
        properties: {
          id: carrier.id,
          name: carrier.name,
          kind: carrier.kind,
          region: carrier.region,
          district: carrier.district ?? null,
          address: carrier.address ?? null,
          operator: carrier.operator ?? null,
          industries: carrier.industries,
          currentTier: derived.currentTier,
          openIncubationAreaM2: derived.openIncubationAreaM2,
          pipelineIncubationAreaM2: derived.pipelineIncubationAreaM2,
          locationApproximate: carrier.locationApproximate,
          flags: derived.flags,
          phases: carrier.phases,
          recognitions: carrier.recognitions,
          ratings: carrier.ratings,
          updatedAt: carrier.updatedAt,
        },
      };
    }),
  };
}
