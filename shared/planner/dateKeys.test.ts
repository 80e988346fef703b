import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { dateKey, isoOfKey, nextDayKey, optionalDateKey, previousDayKey, yearOfKey } from './dateKeys';

describe('integer date keys', () => {
  it('turn YYYY-MM-DD into YYYYMMDD and back, in the same order as the strings', () => {
    expect(dateKey('2025-12-31')).toBe(20251231);
    expect(isoOfKey(20210101)).toBe('2021-01-01');
    expect(yearOfKey(20240229)).toBe(2024);
    expect(optionalDateKey(undefined)).toBe(0);
    const dates = ['2020-12-31', '2021-01-01', '2021-10-09', '2021-09-10'];
    expect([...dates].sort().map(dateKey)).toEqual(dates.map(dateKey).sort((a, b) => a - b));
  });

  it('step over month, year and leap-day boundaries', () => {
    expect(nextDayKey(20241231)).toBe(20250101);
    expect(nextDayKey(20240228)).toBe(20240229);
    expect(previousDayKey(20210101)).toBe(20201231);
    expect(previousDayKey(20250301)).toBe(20250228);
  });
});

describe('addDays', () => {
  it('adds and subtracts whole days', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-06-30', 185)).toBe('2024-01-01');
  });
});
