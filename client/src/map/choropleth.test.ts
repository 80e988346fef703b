import { describe, expect, it } from 'vitest';
import { CHOROPLETH_COLORS, choroplethScale, NO_DATA_COLOR } from './choropleth';

describe('the choropleth scale', () => {
  it('makes at most five equal classes with round bounds covering the largest value', () => {
    const scale = choroplethScale([918_000, 4_223_800]);
    expect(scale.classes.map((entry) => entry.from)).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(scale.classes.at(-1)!.to).toBeGreaterThan(4_223_800);
  });

  it('colours the largest value darkest and a unit without data grey', () => {
    const scale = choroplethScale([918_000, 4_223_800]);
    expect(scale.colorFor(4_223_800)).toBe(CHOROPLETH_COLORS.at(-1));
    expect(scale.colorFor(918_000)).toBe(CHOROPLETH_COLORS[0]);
    expect(scale.colorFor(undefined)).toBe(NO_DATA_COLOR);
  });

  it('keeps the top class dark when there are fewer classes than colours', () => {
    const scale = choroplethScale([15_000]);
    expect(scale.classes).toHaveLength(2);
    expect(scale.colorFor(15_000)).toBe(CHOROPLETH_COLORS.at(-1));
  });

  it('still has one class when every unit has zero area', () => {
    expect(choroplethScale([0, 0]).classes).toEqual([{ from: 0, to: 10_000, color: CHOROPLETH_COLORS[0] }]);
  });
});
