import { describe, expect, it } from 'vitest';
import type { CarrierMark } from './carrierMarks';
import { CarrierClusters, CLUSTER_MAX_ZOOM } from './clusterIndex';

function mark(index: number, kind: CarrierMark['kind'], openAreaM2: number, lng = 121.1, lat = 31.45): CarrierMark {
  return { id: `m${index}`, name: `m${index}`, lng, lat, kind, sizeAreaM2: openAreaM2, openAreaM2, tier: null, look: 'open' };
}

const SUZHOU_BOX: [number, number, number, number] = [119, 30, 123, 33];

describe('clustering carriers', () => {
  const marks = [mark(1, 'incubator', 30_000), mark(2, 'makerspace', 2_000, 121.1005), mark(3, 'accelerator', 100_000, 121.1002, 31.4502), mark(4, 'incubator', 5_000, 120.95, 31.38)];
  const clusters = new CarrierClusters(marks);

  it('sums open area, in total and by kind, into each cluster', () => {
    const drawn = clusters.drawablesIn(SUZHOU_BOX, 9);
    const cluster = drawn.find((item) => item.type === 'cluster');
    expect(cluster?.type === 'cluster' && cluster.count).toBe(3);
    expect(cluster?.type === 'cluster' && cluster.sums).toEqual({ areaM2: 132_000, makerspace: 2_000, incubator: 30_000, accelerator: 100_000 });
  });

  it('accounts for every carrier exactly once at any zoom', () => {
    for (const zoom of [5, 9, 12, CLUSTER_MAX_ZOOM + 1]) {
      const total = clusters.drawablesIn(SUZHOU_BOX, zoom).reduce((sum, item) => sum + (item.type === 'cluster' ? item.count : 1), 0);
      expect(total).toBe(marks.length);
    }
  });

  it('draws every carrier on its own beyond the last clustering zoom', () => {
    expect(clusters.drawablesIn(SUZHOU_BOX, CLUSTER_MAX_ZOOM + 1).every((item) => item.type === 'carrier')).toBe(true);
  });

  it('tells the zoom at which a cluster falls apart', () => {
    const cluster = clusters.drawablesIn(SUZHOU_BOX, 9).find((item) => item.type === 'cluster');
    expect(cluster?.type === 'cluster' && clusters.expansionZoom(cluster.clusterId)).toBeGreaterThan(9);
  });
});
