import { describe, expect, it } from 'vitest';
import { contentDisposition } from './download';

describe('contentDisposition', () => {
  it('names the file in Chinese for current browsers and in ASCII for the rest', () => {
    expect(contentDisposition('载体清单-2026-11-25.csv', 'carriers-2026-11-25.csv')).toBe(
      `attachment; filename="carriers-2026-11-25.csv"; filename*=UTF-8''%E8%BD%BD%E4%BD%93%E6%B8%85%E5%8D%95-2026-11-25.csv`,
    );
  });

  it('escapes what RFC 5987 does not allow and what would break the quoted name', () => {
    expect(contentDisposition("清单(1)'.csv", 'a"b.csv')).toBe(`attachment; filename="a_b.csv"; filename*=UTF-8''%E6%B8%85%E5%8D%95%281%29%27.csv`);
  });
});
