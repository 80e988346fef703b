import { serialize } from '../values/bson';
import type { LogRecord } from '../engine/journal';
import { frameParts } from './records';

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

const DOC_ELEMENT_NAME = Buffer.from('\u0003doc\0', 'latin1');
const END_OF_DOCUMENT = Buffer.from([0]);

/** The fixed part of an insert record for one collection, built once per namespace. */
const insertPrefixes = new Map<string, Buffer>();

function insertPrefix(db: string, coll: string): Buffer {
  const ns = `${db}\0${coll}`;
  let prefix = insertPrefixes.get(ns);
  if (!prefix) {
    prefix = Buffer.concat([stringElement('op', 'insert'), stringElement('db', db), stringElement('coll', coll), DOC_ELEMENT_NAME]);
    if (insertPrefixes.size > 1000) insertPrefixes.clear();
    insertPrefixes.set(ns, prefix);
  }
  return prefix;
}

/**
 * BSON of an insert record as parts, embedding the document's bytes as received from
 * the client instead of serialising it again (the bulk of an insert's cost). The stored
 * document was built from exactly these bytes, so replay yields the same document.
 */
function insertRecordParts(db: string, coll: string, documentBytes: Uint8Array): Uint8Array[] {
  const fields = insertPrefix(db, coll);
  const size = Buffer.alloc(4);
  size.writeInt32LE(4 + fields.length + documentBytes.byteLength + 1, 0);
  return [size, fields, documentBytes, END_OF_DOCUMENT];
}

/**
 * A log record framed for the log, as buffers for a vectored write; an inserted
 * document's bytes are referenced as received, not copied.
 */
export function framedRecord(record: LogRecord, receivedBytes: (doc: object) => Uint8Array | undefined): Uint8Array[] {
  if (record.op === 'insert') {
    const raw = receivedBytes(record.doc);
    if (raw) return frameParts(insertRecordParts(record.db, record.coll, raw));
  }
  return frameParts([serialize(record)]);
}
