import { crc32 } from 'node:zlib';

/**
 * Record framing shared by log and snapshot files:
 *
 *   magic u32 LE | payload length u32 LE | CRC-32 of payload u32 LE | payload (one BSON document)
 *
 * The magic lets recovery tell "garbage after a crash" from "a record follows the
 * damage" (which means mid-file corruption, never silently skipped).
 */
export const RECORD_MAGIC = 0x474f4c45; // "ELOG"
export const RECORD_HEADER_SIZE = 12;
/** Larger than any BSON document mongod accepts, so a bigger length is damage. */
export const MAX_RECORD_PAYLOAD = 64 * 1024 * 1024;

export function frameRecord(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(RECORD_HEADER_SIZE);
  header.writeUInt32LE(RECORD_MAGIC, 0);
  header.writeUInt32LE(payload.byteLength, 4);
  header.writeUInt32LE(crc32(payload), 8);
  return Buffer.concat([header, payload]);
}

/**
 * Frames a payload assembled from parts without copying them: returns the header
 * followed by the parts, for a vectored write. The CRC runs over the parts in order.
 */
export function frameParts(parts: readonly Uint8Array[]): Uint8Array[] {
  const header = Buffer.allocUnsafe(RECORD_HEADER_SIZE);
  let length = 0;
  let crc = 0;
  for (const part of parts) {
    length += part.byteLength;
    crc = crc32(part, crc);
  }
  header.writeUInt32LE(RECORD_MAGIC, 0);
  header.writeUInt32LE(length, 4);
  header.writeUInt32LE(crc, 8);
  return [header, ...parts];
}

export interface Damage {
  /** Byte offset of the first record that does not verify. */
  offset: number;
  reason: string;
  /** True when a valid record starts somewhere after the damage. */
  followedByValidRecord: boolean;
}

export interface ScanResult {
  payloads: Buffer[];
  /** Offset just past the last valid record. */
  validEnd: number;
  damage: Damage | null;
}

function checkRecordAt(buffer: Buffer, offset: number): string | null {
  if (offset + RECORD_HEADER_SIZE > buffer.length) return 'incomplete record header';
  if (buffer.readUInt32LE(offset) !== RECORD_MAGIC) return 'bad record marker';
  const length = buffer.readUInt32LE(offset + 4);
  if (length < 5 || length > MAX_RECORD_PAYLOAD) return `impossible record length ${length}`;
  if (offset + RECORD_HEADER_SIZE + length > buffer.length) return 'record extends past the end of the file';
  const payload = buffer.subarray(offset + RECORD_HEADER_SIZE, offset + RECORD_HEADER_SIZE + length);
  // The payload is a BSON document: its own length prefix must agree.
  if (payload.readInt32LE(0) !== length || payload[length - 1] !== 0) return 'record payload is not a BSON document';
  if (crc32(payload) !== buffer.readUInt32LE(offset + 8)) return 'checksum mismatch';
  return null;
}

/** Looks for any verifiable record after `from` (cheap checks first, CRC last). */
function validRecordAfter(buffer: Buffer, from: number): boolean {
  for (let offset = buffer.indexOf(MAGIC_BYTES, from); offset !== -1; offset = buffer.indexOf(MAGIC_BYTES, offset + 1)) {
    if (checkRecordAt(buffer, offset) === null) return true;
  }
  return false;
}

const MAGIC_BYTES = (() => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(RECORD_MAGIC, 0);
  return b;
})();

/** Reads records until the end or the first one that does not verify. */
export function scanRecords(buffer: Buffer): ScanResult {
  const payloads: Buffer[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const problem = checkRecordAt(buffer, offset);
    if (problem) {
      return {
        payloads,
        validEnd: offset,
        damage: { offset, reason: problem, followedByValidRecord: validRecordAfter(buffer, offset + 1) },
      };
    }
    const length = buffer.readUInt32LE(offset + 4);
    payloads.push(buffer.subarray(offset + RECORD_HEADER_SIZE, offset + RECORD_HEADER_SIZE + length));
    offset += RECORD_HEADER_SIZE + length;
  }
  return { payloads, validEnd: offset, damage: null };
}
