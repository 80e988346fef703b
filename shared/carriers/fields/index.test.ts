import { describe, expect, it } from 'vitest';
import { carrierFieldAt } from './index';

describe('carrierFieldAt', () => {
  it('finds a field by the paths diffs and errors use', () => {
    expect(carrierFieldAt('name')?.label.zh).toBe('载体名称');
    expect(carrierFieldAt('contact.phone')?.label.zh).toBe('电话');
    expect(carrierFieldAt('phases[ph-1a2b].openedOn')?.label.zh).toBe('投用日期');
    expect(carrierFieldAt('phases.2.incubationAreaM2')?.diff).toBe('area');
    expect(carrierFieldAt('recognitions[rc-9].tier')?.vocabulary?.has('national')).toBe(true);
    expect(carrierFieldAt('ratings.0.grade')?.label.en).toBe('Grade');
  });

  it('names the list itself when the path stops at it, and nothing for a path no table declares', () => {
    expect(carrierFieldAt('phases')?.diff).toBe('items');
    expect(carrierFieldAt('location.coordinates.0')?.diff).toBe('location');
    expect(carrierFieldAt('nonsense')).toBeNull();
    expect(carrierFieldAt('phases.0.nonsense')).toBeNull();
  });
});
