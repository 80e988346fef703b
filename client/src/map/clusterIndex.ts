import Supercluster from 'supercluster';
import type { CarrierKind } from '@shared/carriers/vocabulary';
import type { CarrierMark } from './carrierMarks';

/** What a cluster carries: summed open area, in total and by kind (for its ring). */
export interface ClusterSums {
  areaM2: number;
  makerspace: number;
  incubator: number;
  accelerator: number;
}

/** One thing to draw: a single carrier or a cluster of several. */
export type Drawable =
  | { type: 'carrier'; lng: number; lat: number; mark: CarrierMark }
  | { type: 'cluster'; lng: number; lat: number; clusterId: number; count: number; sums: ClusterSums };

/** Beyond this zoom every carrier is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 13;
/** About a bubble's diameter, so bubbles of neighbouring clusters seldom overlap. */
const CLUSTER_RADIUS_PX = 50;

type PointProps = { index: number };

function sumsOf(mark: CarrierMark): ClusterSums {
  const sums: ClusterSums = { areaM2: mark.openAreaM2, makerspace: 0, incubator: 0, accelerator: 0 };
  sums[mark.kind satisfies CarrierKind] = mark.openAreaM2;
  return sums;
}

/**
 * Clusters carriers with supercluster, summing open area through map/reduce so a bubble can
 * say how many square metres it holds, not only how many carriers.
 */
export class CarrierClusters {
  private readonly index: Supercluster<PointProps, ClusterSums>;

  constructor(private readonly marks: readonly CarrierMark[]) {
    this.index = new Supercluster<PointProps, ClusterSums>({
      radius: CLUSTER_RADIUS_PX,
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 2,
      map: (props) => sumsOf(marks[props.index]!),
      reduce: (into, from) => {
        into.areaM2 += from.areaM2;
        into.makerspace += from.makerspace;
        into.incubator += from.incubator;
        into.accelerator += from.accelerator;
      },
    });
    this.index.load(
      marks.map((mark, index) => ({
        type: 'Feature' as const,
        properties: { index },
        geometry: { type: 'Point' as const, coordinates: [mark.lng, mark.lat] },
      })),
    );
  }

  /** Clusters and lone carriers within a box [west, south, east, north] at a zoom. */
  drawablesIn(bbox: [number, number, number, number], zoom: number): Drawable[] {
    return this.index.getClusters(bbox, Math.floor(zoom)).map((feature): Drawable => {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const sums = { areaM2: props.areaM2, makerspace: props.makerspace, incubator: props.incubator, accelerator: props.accelerator };
        return { type: 'cluster', lng, lat, clusterId: props.cluster_id, count: props.point_count, sums };
      }
      return { type: 'carrier', lng, lat, mark: this.marks[(props as PointProps).index]! };
    });
  }

  /** The zoom at which a cluster falls apart, for a click that zooms in on it. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }
}
