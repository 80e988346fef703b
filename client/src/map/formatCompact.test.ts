import { describe, expect, it } from 'vitest';
import { formatAreaCompact } from './formatCompact';

describe('short areas for cluster bubbles', () => {
  it('writes 万㎡ without a space in Chinese, two decimals below 10 万', () => {
    expect(formatAreaCompact(918_000, 'zh')).toBe('91.8万㎡');
    expect(formatAreaCompact(12_345, 'zh')).toBe('1.23万㎡');
  });

  it('writes k and M in English', () => {
    expect(formatAreaCompact(918_000, 'en')).toBe('918k m²');
    expect(formatAreaCompact(4_223_800, 'en')).toBe('4.2M m²');
    expect(formatAreaCompact(850, 'en')).toBe('850 m²');
  });
});
