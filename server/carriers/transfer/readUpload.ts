import { inflateZip, storedZip, ZipTooLargeError } from '../../uploads/boundedZip';
import { locateHeader } from './headerLayout';
import { readCsv } from './csvReader';
import { unreadableUpload, workbookTooLarge } from './importErrors';
import { MAX_XLSX_ENTRIES, MAX_XLSX_INFLATED_BYTES } from './limits';
import type { Sheet } from './sheet';
import type { Upload } from './upload';
import { readXlsxWorksheets } from './xlsxReader';
import { declaredZipSize } from './zipGuard';

/**
 * Reads an upload into one sheet of rows. A workbook may open on a cover or notes sheet, so
 * the first worksheet with a carrier header is taken, else the first worksheet.
 */
export async function readUpload(upload: Upload): Promise<Sheet> {
  if (upload.format === 'csv') return readCsv(upload.bytes, upload.charset);
  const size = declaredZipSize(upload.bytes);
  if (!size) throw unreadableUpload('xlsx');
  // What the directory declares refuses the honest large file at once; what the entries
  // actually inflate to, counted as it happens, refuses the one that lies.
  if (size.uncompressedBytes > MAX_XLSX_INFLATED_BYTES || size.entries > MAX_XLSX_ENTRIES) throw workbookTooLarge();
  let worksheets;
  try {
    const entries = inflateZip(upload.bytes, { maxInflatedBytes: MAX_XLSX_INFLATED_BYTES, maxEntries: MAX_XLSX_ENTRIES });
    worksheets = await readXlsxWorksheets(storedZip(entries));
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw workbookTooLarge();
    throw unreadableUpload('xlsx');
  }
  const rows = worksheets.find((candidate) => locateHeader(candidate) !== null) ?? worksheets[0] ?? [];
  return { format: 'xlsx', rows, malformedRows: [] };
}
