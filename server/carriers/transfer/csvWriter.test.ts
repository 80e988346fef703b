import { describe, expect, it } from 'vitest';
import { writeCsv } from './csvWriter';

const csvText = (rows: (string | number | null)[][]) => writeCsv({ columns: [], headers: ['名称', '经度'], rows }).toString('utf8');

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF, as Excel writes them', () => {
    expect(csvText([['孵化器', 121.1]])).toBe('\uFEFF名称,经度\r\n孵化器,121.1\r\n');
  });

  it('defuses cells Excel would run as formulas, multi-line ones included', () => {
    expect(csvText([['=HYPERLINK("http://x")', null]])).toContain(`"'=HYPERLINK(""http://x"")",`);
    expect(csvText([['+1\n2', null]])).toContain(`"'+1\n2"`);
    expect(csvText([['@SUM(A1)', null]])).toContain(`"'@SUM(A1)"`);
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvText([['西半球', -73.9]])).toContain('西半球,-73.9');
  });
});
