import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate, todayInChina } from './dates';

describe('calendar dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-06-01T00:00:00Z')).toBe(false);
  });

  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-06-01', 12)).toBe('2026-06-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2021-01-01', '2021-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('takes today from China Standard Time, so late evening UTC is already tomorrow', () => {
    expect(todayInChina(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
