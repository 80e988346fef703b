import { describe, expect, it } from 'vitest';
import { formatArea, formatPercent } from './format';

describe('area formatting', () => {
  it('writes Chinese areas in 万㎡ as the plan does', () => {
    expect(formatArea(918_000, 'zh')).toBe('91.8 万㎡');
    expect(formatArea(1_000_000, 'zh')).toBe('100 万㎡');
  });

  it('keeps two decimals for small Chinese figures', () => {
    expect(formatArea(12_345, 'zh')).toBe('1.23 万㎡');
  });

  it('writes English areas in square metres with separators', () => {
    expect(formatArea(918_000, 'en')).toBe('918,000 m²');
  });

  it('shows a dash for a percent that cannot be computed', () => {
    expect(formatPercent(0.918)).toBe('91.8%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});
