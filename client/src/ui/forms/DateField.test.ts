import { describe, expect, it } from 'vitest';
import { parseDate } from '@shared/parse/values';
import { normalizeDateInput } from './DateField';

describe('a date typed into the form', () => {
  it.each(['2024/5/1', '2024年5月1日', '2024.05.01', '２０２４－０５－０１', '20240501', ' 2024-5-1 '])('reads %s as the import reads it', (typed) => {
    expect(normalizeDateInput(typed)).toBe('2024-05-01');
    expect(parseDate(typed)).toBe('2024-05-01');
  });

  it('leaves what it cannot read, and a day that does not exist, for the schema to refuse', () => {
    expect(normalizeDateInput('2024年5月')).toBe('2024年5月');
    expect(normalizeDateInput('2024-02-30')).toBe('2024-02-30');
  });
});
