import { describe, expect, it } from 'vitest';
import { cellText, parseDate, parseNumber, parseYear } from './cells';

describe('parseNumber', () => {
  it.each([
    ['12,000', 12_000],
    ['１２０００', 12_000],
    ['1.2万', 12_000],
    ['8000㎡', 8_000],
    ['8000 平方米', 8_000],
    [' -121.5 ', -121.5],
    [999, 999],
  ])('reads %s as %d', (cell, value) => {
    expect(parseNumber(cell)).toBe(value);
  });

  it('multiplies by the column’s scale', () => {
    expect(parseNumber('1.2', 10_000)).toBe(12_000);
    expect(parseNumber(3, 10_000)).toBe(30_000);
  });

  it('hands back text that is not a number, for the schema to name', () => {
    expect(parseNumber('约5000')).toBe('约5000');
  });

  it('treats an empty cell as absent', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
  });
});

describe('parseDate', () => {
  it.each([
    ['2023-06-01', '2023-06-01'],
    ['2023/6/1', '2023-06-01'],
    ['2023.6.1', '2023-06-01'],
    ['2023年6月1日', '2023-06-01'],
    ['2023-06-01 00:00:00', '2023-06-01'],
    ['20230601', '2023-06-01'],
    [45_078, '2023-06-01'],
  ])('reads %s as %s', (cell, date) => {
    expect(parseDate(cell)).toBe(date);
  });

  it('reads an Excel date cell on its own calendar day', () => {
    expect(parseDate(new Date(Date.UTC(2023, 5, 1)))).toBe('2023-06-01');
  });

  it('hands back what is not a whole, real date', () => {
    expect(parseDate('2025-02-30')).toBe('2025-02-30');
    expect(parseDate('2023年6月')).toBe('2023年6月');
  });
});

describe('parseYear', () => {
  it('reads 2021, “2021年” and a date Excel made of a year', () => {
    expect(parseYear(2021)).toBe(2021);
    expect(parseYear('2021年')).toBe(2021);
    expect(parseYear(new Date(Date.UTC(2021, 0, 1)))).toBe(2021);
  });
});

describe('cellText', () => {
  it('drops the apostrophe our exports put before a formula-like cell, and only that one', () => {
    expect(cellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(cellText("'-5")).toBe('-5');
    expect(cellText("'t Hooft")).toBe("'t Hooft");
  });
});
