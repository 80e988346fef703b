import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { lyingWorkbook } from '../../tests/support/zipBomb';
import { declaredZipSize } from '../carriers/transfer/zipGuard';
import { inflateZip, storedZip, ZipTooLargeError, ZipUnreadableError } from './boundedZip';

const MB = 1024 * 1024;

describe('inflateZip', () => {
  it('stops a worksheet that declares 100 kB but inflates to 1 GB once the bytes it produced pass the limit', async () => {
    const bomb = await lyingWorkbook({ inflatedBytes: 1024 * MB, declaredBytes: 100_000 });
    expect(bomb.length).toBeLessThan(MB * 1.2);
    // The declared sizes pass the old check…
    expect(declaredZipSize(bomb)!.uncompressedBytes).toBeLessThan(60 * MB);
    // …the bytes actually inflated do not, and inflation stops within one feed step of the limit.
    let caught: unknown;
    try {
      inflateZip(bomb, { maxInflatedBytes: 60 * MB, maxEntries: 100 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ZipTooLargeError);
    expect((caught as ZipTooLargeError).inflatedBytes).toBeGreaterThan(60 * MB);
    expect((caught as ZipTooLargeError).inflatedBytes).toBeLessThan(65 * MB);
  });

  it('returns every entry of an honest archive byte for byte, and stores them uncompressed on request', () => {
    const original = { 'a.xml': new TextEncoder().encode('<a>太仓</a>'), 'b/c.bin': new Uint8Array([1, 2, 3]) };
    const entries = inflateZip(zipSync(original, { level: 9 }), { maxInflatedBytes: MB, maxEntries: 10 });
    expect(Object.fromEntries(entries)).toEqual(original);
    const stored = storedZip(entries);
    expect(Object.fromEntries(inflateZip(stored, { maxInflatedBytes: MB, maxEntries: 10 }))).toEqual(original);
  });

  it('refuses an archive with more entries than allowed', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`e${index}`, new Uint8Array([index])]));
    expect(() => inflateZip(zipSync(many), { maxInflatedBytes: MB, maxEntries: 10 })).toThrow(ZipTooLargeError);
  });

  it('calls bytes that are not a ZIP unreadable', () => {
    expect(() => inflateZip(new TextEncoder().encode('名称,类型\n甲,孵化器'), { maxInflatedBytes: MB, maxEntries: 10 })).toThrow(ZipUnreadableError);
  });
});
