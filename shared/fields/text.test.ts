import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacters, text, webAddress } from './text';

describe('text fields', () => {
  it.each([
    ['NUL', 'A\u0000B'],
    ['BEL', '孵化器\u0007'],
    ['escape', '\u001b[31m红'],
    ['the right-to-left override', '孵化器\u202Egpj.exe'],
    ['a bidi isolate', '\u2066孵化器\u2069'],
    ['a line break in a one-line field', '一\n二'],
  ])('refuses %s with its own message', (_what, value) => {
    const result = text({ max: 100 }).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('text.controlCharacters');
  });

  it('accepts Chinese, emoji, full-width punctuation and, where paragraphs are allowed, line breaks and tabs', () => {
    expect(text({ max: 100 }).parse('  太仓（斯图加特）海外离岸孵化中心 🚀 ')).toBe('太仓（斯图加特）海外离岸孵化中心 🚀');
    expect(text({ max: 500, multiline: true }).parse('第一段\n\t第二段')).toBe('第一段\n\t第二段');
    expect(hasForbiddenCharacters('第一段\n第二段', true)).toBe(false);
  });

  it('takes only http and https addresses as a website', () => {
    expect(webAddress(200).safeParse('https://www.tc.gov.cn/kjj').success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://example.cn', 'www.example.cn', 'https://localhost']) {
      expect(webAddress(200).safeParse(bad).success, bad).toBe(false);
    }
  });
});
