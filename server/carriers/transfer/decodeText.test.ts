import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

/** “载体名称” as Excel and WPS save it on Chinese Windows (GBK). */
const GBK_HEADER = [0xd4, 0xd8, 0xcc, 0xe5, 0xc3, 0xfb, 0xb3, 0xc6];

describe('decodeText', () => {
  it('strips the UTF-8 BOM that Excel’s “CSV UTF-8” writes', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('载体名称')]))).toEqual({ text: '载体名称', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('载体名称,类型'))).toEqual({ text: '载体名称,类型', encoding: 'utf-8' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(GBK_HEADER))).toEqual({ text: '载体名称', encoding: 'gb18030' });
  });

  it('follows a declared charset, reading GBK as its superset GB18030', () => {
    expect(decodeText(new Uint8Array(GBK_HEADER), 'GBK')).toEqual({ text: '载体名称', encoding: 'gb18030' });
  });

  it('reads UTF-16 with its BOM, as Excel’s “Unicode text” saves', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'名称'].map((character) => character.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16)).toEqual({ text: '名称', encoding: 'utf-16le' });
  });
});
