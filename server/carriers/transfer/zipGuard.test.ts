import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { declaredZipSize, isLegacyExcel, isZip } from './zipGuard';

describe('declaredZipSize', () => {
  it('reads what a workbook will inflate to without inflating it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('清单').addRows(Array.from({ length: 2_000 }, (_, index) => [`载体${index}`, index]));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const size = declaredZipSize(bytes)!;
    expect(isZip(bytes)).toBe(true);
    expect(size.entries).toBeGreaterThan(5);
    expect(size.uncompressedBytes).toBeGreaterThan(bytes.byteLength);
  });

  it('answers null for bytes that are not a ZIP', () => {
    expect(declaredZipSize(new TextEncoder().encode('名称,类型\n甲,孵化器'))).toBeNull();
  });

  it('recognises the legacy .xls container', () => {
    expect(isLegacyExcel(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  });
});
