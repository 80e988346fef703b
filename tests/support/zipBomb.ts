import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, Zip, ZipPassThrough, type ZipInputFile } from 'fflate';

/**
 * A real workbook (a header row and one carrier) whose first worksheet is padded so that it
 * inflates to `inflatedBytes`, while the archive declares only `declaredBytes` for it: the
 * shape of a decompression bomb that a check of declared sizes lets through. Built with
 * zlib's native deflate (1 GB of padding compresses in about 2 s, to about 1 MB).
 */
export async function lyingWorkbook(options: { inflatedBytes: number; declaredBytes: number }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('载体').addRows([
    ['载体名称', '类型', '地区'],
    ['炸弹孵化器', '孵化器', '太仓市'],
  ]);
  const entries = unzipAll(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const sheetName = [...entries.keys()].find((name) => /worksheets\/sheet1\.xml$/.test(name))!;
  const compressedSheet = await paddedAndDeflated(entries.get(sheetName)!, options.inflatedBytes);

  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, data] of entries) {
    if (name === sheetName) continue;
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(data, true);
  }
  // fflate writes whatever size and CRC the entry reports when it ends: here, a lie.
  const sheet: ZipInputFile = { filename: sheetName, size: options.declaredBytes, crc: 0, compression: 8 };
  zip.add(sheet);
  sheet.ondata!(null, compressedSheet, true);
  zip.end();
  return concat(parts);
}

async function paddedAndDeflated(xml: Uint8Array, paddingBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  // Whitespace before the root element's end tag is still well-formed XML.
  const closing = '</worksheet>';
  deflate.write(xml.subarray(0, xml.length - closing.length));
  const padding = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < paddingBytes; written += padding.length) {
    if (!deflate.write(padding)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(closing);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

function unzipAll(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    entries.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return new Map([...entries].map(([name, chunks]) => [name, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
