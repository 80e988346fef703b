import { Unzip, UnzipInflate, zipSync, type UnzipFile } from 'fflate';

export interface ZipLimits {
  /** Bytes all entries may inflate to together, counted as they are produced. */
  maxInflatedBytes: number;
  maxEntries: number;
}

/** The archive inflates past a limit (whatever its directory declares), or has too many entries. */
export class ZipTooLargeError extends Error {
  constructor(readonly inflatedBytes: number) {
    super(`archive inflates past its limit (stopped after ${inflatedBytes} bytes)`);
  }
}

/** The bytes are not a ZIP archive that can be read. */
export class ZipUnreadableError extends Error {}

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1,032:1, so no
 * single step produces more than ~4 MB beyond a limit before it is noticed and stopped.
 */
const FEED_BYTES = 4 * 1024;

/**
 * Inflates every entry of a ZIP archive, counting the bytes actually produced, per entry and
 * in all, and stops at the limit without buffering past it. A ZIP's central directory states
 * what its entries will inflate to, but nothing holds an archive to what it states: a
 * 1 MB upload declaring 100 kB can inflate to gigabytes.
 */
export function inflateZip(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let tooLarge: ZipTooLargeError | null = null;
  let unreadable: unknown = null;

  const unzip = new Unzip((file: UnzipFile) => {
    if (tooLarge || unreadable) return;
    if (entries.size >= limits.maxEntries) {
      tooLarge = new ZipTooLargeError(inflated);
      return;
    }
    const chunks: Uint8Array[] = [];
    entries.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error) {
        unreadable = error;
        return;
      }
      if (tooLarge) return;
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        tooLarge = new ZipTooLargeError(inflated);
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let offset = 0; offset < bytes.length && !tooLarge && !unreadable; offset += FEED_BYTES) {
      unzip.push(bytes.subarray(offset, offset + FEED_BYTES), offset + FEED_BYTES >= bytes.length);
    }
  } catch (error) {
    unreadable = error;
  }
  if (tooLarge) throw tooLarge;
  if (unreadable) throw new ZipUnreadableError(String(unreadable));
  if (entries.size === 0) throw new ZipUnreadableError('no entries');
  return new Map([...entries].map(([name, chunks]) => [name, concat(chunks)]));
}

/**
 * The same entries as an archive that stores them uncompressed, for readers (exceljs, via
 * JSZip) that would otherwise inflate the original on their own terms.
 */
export function storedZip(entries: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(entries), { level: 0 });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
