import { describe, expect, it } from 'vitest';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';
import { buildingTokens, findOverlaps, sharedNameWord } from './overlaps';

const at = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] as [number, number] });

describe('findOverlaps', () => {
  const a = buildCarrierRecord({ id: 'a1', name: '星海众创空间', address: '太仓市城厢镇县府东街99号科创大厦3楼', location: at(121.1092, 31.4521), phases: [buildStoredPhase({ incubationAreaM2: 800 })] });
  const b = buildCarrierRecord({ id: 'b1', name: '东仓加速器', address: '太仓市城厢镇县府东街99号科创大厦5-8楼', location: at(121.1096, 31.4523), phases: [buildStoredPhase({ incubationAreaM2: 30_000 })] });
  const far = buildCarrierRecord({ id: 'c1', name: '远方孵化器', address: '太仓市城厢镇县府东街99号科创大厦', location: at(121.2, 31.5) });

  it('flags two carriers of a region within 100 m whose addresses share a building, with their distance', () => {
    const [pair] = findOverlaps([a, b, far], { asOf: '2025-12-31' });
    expect(pair).toMatchObject({ id: 'a1~b1', status: 'possible', reasons: [{ kind: 'address' }], areaCountedOnceM2: 0 });
    expect(pair!.distanceM).toBeGreaterThan(30);
    expect(pair!.distanceM).toBeLessThan(60);
  });

  it('ignores the same pair beyond the configured distance, and in different regions', () => {
    expect(findOverlaps([a, b], { asOf: '2025-12-31', maxDistanceM: 20 })).toEqual([]);
    expect(findOverlaps([a, { ...b, region: 'kunshan' }], { asOf: '2025-12-31' })).toEqual([]);
  });

  it('counts the smaller area once when a planner confirms, and nothing when dismissed', () => {
    expect(findOverlaps([a, b], { asOf: '2025-12-31', decisions: [{ pairId: 'a1~b1', status: 'confirmed' }] })[0]).toMatchObject({ status: 'confirmed', areaCountedOnceM2: 800 });
    expect(findOverlaps([a, b], { asOf: '2025-12-31', decisions: [{ pairId: 'a1~b1', status: 'dismissed' }] })[0]).toMatchObject({ status: 'dismissed', areaCountedOnceM2: 0 });
  });

  it('lists a declared nesting with the nested carrier’s area counted once, wherever the two stand', () => {
    const nested = { ...a, location: null, hostCarrierId: 'b1' };
    expect(findOverlaps([nested, b], { asOf: '2025-12-31' })).toEqual([
      expect.objectContaining({ status: 'declared', distanceM: null, areaCountedOnceM2: 800, a: expect.objectContaining({ id: 'a1', role: 'nested' }), b: expect.objectContaining({ id: 'b1', role: 'host' }) }),
    ]);
  });
});

describe('building and name matching', () => {
  it('reads building tokens after the county prefix', () => {
    expect(buildingTokens('江苏省苏州市太仓市城厢镇县府东街99号科创大厦3楼')).toContain('城厢镇县府东街99号');
  });
  it('finds a distinctive shared word, not a generic one', () => {
    expect(sharedNameWord('太仓智汇谷·科技创新园', '智汇谷众创空间')).toBe('智汇谷');
    expect(sharedNameWord('太仓科技企业孵化器', '昆山科技企业孵化器')).toBeNull();
  });
});
