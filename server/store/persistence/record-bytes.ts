import { serialize } from 'bson';
import type { LogRecord } from '../engine/journal';

function stringElement(name: string, value: string): Buffer {
  const nameBytes = Buffer.from(`${name}\0`, 'utf8');
  const valueBytes = Buffer.from(value, 'utf8');
  const element = Buffer.alloc(1 + nameBytes.length + 4 + valueBytes.length + 1);
  element[0] = 0x02;
  nameBytes.copy(element, 1);
  element.writeInt32LE(valueBytes.length + 1, 1 + nameBytes.length);
  valueBytes.copy(element, 1 + nameBytes.length + 4);
  return element;
}

/**
 * BSON of an insert record, embedding the document's bytes as received from the client
 * instead of serialising it again (the bulk of an insert's cost). The stored document
 * was built from exactly these bytes, so replay yields the same document.
 */
export function insertRecordBytes(db: string, coll: string, documentBytes: Uint8Array): Buffer {
  const docHeader = Buffer.from('\u0003doc\0', 'latin1');
  const parts = [stringElement('op', 'insert'), stringElement('db', db), stringElement('coll', coll), docHeader, documentBytes];
  const length = 4 + parts.reduce((n, p) => n + p.length, 0) + 1;
  const out = Buffer.alloc(length);
  out.writeInt32LE(length, 0);
  let offset = 4;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  out[offset] = 0;
  return out;
}

/** The BSON payload of a log record, reusing received bytes where possible. */
export function recordBytes(record: LogRecord, receivedBytes: (doc: object) => Uint8Array | undefined): Uint8Array {
  if (record.op === 'insert') {
    const raw = receivedBytes(record.doc);
    if (raw) return insertRecordBytes(record.db, record.coll, raw);
  }
  return serialize(record);
}
