/**
 * Bytes of a CSV to text. Excel's “CSV UTF-8” writes a BOM; Excel's plain “CSV” and WPS on
 * Chinese Windows write the ANSI code page, GBK, which GB18030 decodes (it is a superset).
 * Without a BOM, UTF-8 is tried strictly first: GBK text is almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): { text: string; encoding: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = supportedEncoding(declaredCharset);
  if (declared && declared !== 'utf-8') return { text: decode(declared, bytes), encoding: declared };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode('gb18030', bytes), encoding: 'gb18030' };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The WHATWG name of a charset parameter we can decode (gbk, gb2312 → gb18030), or null. */
function supportedEncoding(charset: string | undefined): string | null {
  if (!charset) return null;
  try {
    const encoding = new TextDecoder(charset.trim().toLowerCase()).encoding;
    return encoding === 'gbk' ? 'gb18030' : encoding;
  } catch {
    return null;
  }
}
