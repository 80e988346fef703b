import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeNestedArea, nestingLinks } from './dedupe';
import { evaluateProgress } from './progress';
import { TAICANG_TARGETS } from '../../seeds/targets';
import { buildCarrierRecord, buildStoredPhase } from '../../tests/support/plannerFixtures';

const a1 = TAICANG_TARGETS.find((target) => target.id === 'A1')!;
const totalArea = (carriers: ReturnType<typeof buildCarrierRecord>[]) => carriers.reduce((sum, carrier) => sum + carrier.phases.reduce((s, phase) => s + (phase.incubationAreaM2 ?? 0), 0), 0);

describe('dedupeNestedArea', () => {
  it('counts a makerspace nested in an incubator once in A1 and says by how much', () => {
    const host = buildCarrierRecord({ id: 'host', phases: [buildStoredPhase({ incubationAreaM2: 20_000, floorAreaM2: 24_000, openedOn: '2022-05-01' })] });
    const nested = buildCarrierRecord({ id: 'nested', kind: 'makerspace', hostCarrierId: 'host', phases: [buildStoredPhase({ incubationAreaM2: 1_500, floorAreaM2: 1_800, openedOn: '2023-03-01' })] });
    const before = evaluateProgress({ carriers: [host, nested], targets: [a1], asOf: '2025-12-31' }).targets[0]!.actual;
    const { carriers, deduplicated } = dedupeNestedArea([host, nested], nestingLinks([host, nested]));
    const after = evaluateProgress({ carriers, targets: [a1], asOf: '2025-12-31' }).targets[0]!.actual;
    expect(before).toBe(21_500);
    expect(after).toBe(20_000);
    expect(deduplicated).toEqual({ areaM2: 1_500, items: [{ carrierId: 'nested', name: nested.name, region: 'taicang', hostId: 'host', hostName: host.name, source: 'declared', areaM2: 1_500 }] });
  });

  it('counts both when the host’s figure is declared to exclude the nested carrier', () => {
    const host = buildCarrierRecord({ id: 'h2', phases: [buildStoredPhase()] });
    const nested = buildCarrierRecord({ id: 'n2', hostCarrierId: 'h2', hostAreaExcludesThis: true, phases: [buildStoredPhase()] });
    expect(nestingLinks([host, nested])).toEqual([]);
  });

  it('puts the smaller of a confirmed overlap inside the larger', () => {
    const big = buildCarrierRecord({ id: 'big', phases: [buildStoredPhase({ incubationAreaM2: 9_000 })] });
    const small = buildCarrierRecord({ id: 'small', phases: [buildStoredPhase({ incubationAreaM2: 2_000 })] });
    expect(nestingLinks([big, small], [['big', 'small']])).toEqual([{ nestedId: 'small', hostId: 'big', source: 'confirmed' }]);
  });

  it('removes exactly the area it reports, never a carrier, and never all of a cycle', () => {
    const carriersArbitrary = fc
      .array(fc.record({ area: fc.integer({ min: 0, max: 50_000 }), host: fc.option(fc.nat({ max: 7 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 })
      .map((specs) =>
        specs.map((spec, index) =>
          buildCarrierRecord({
            id: `k${index}`,
            ...(spec.host !== undefined ? { hostCarrierId: `k${spec.host}` } : {}),
            phases: [buildStoredPhase({ incubationAreaM2: spec.area, floorAreaM2: spec.area })],
          }),
        ),
      );
    fc.assert(
      fc.property(carriersArbitrary, (carriers) => {
        const { carriers: deduped, deduplicated } = dedupeNestedArea(carriers, nestingLinks(carriers));
        expect(deduped.map((carrier) => carrier.id)).toEqual(carriers.map((carrier) => carrier.id));
        expect(totalArea(deduped)).toBe(totalArea(carriers) - deduplicated.areaM2);
        // Every host chain ends at a carrier that keeps its area.
        expect(deduplicated.items.length).toBeLessThan(carriers.length);
      }),
      { seed: 20_261_204, numRuns: 200 },
    );
  });
});
