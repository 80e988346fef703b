import { serialize, type Document } from '../values/bson';
import { decodeDocument } from '../values/decode';
import { rememberReceivedBytes } from '../values/received-bytes';

/** Opcodes of the MongoDB wire protocol that this server reads or writes. */
export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

const HEADER_SIZE = 16;
export const MAX_MESSAGE_SIZE = 48_000_000;

const FLAG_CHECKSUM_PRESENT = 1 << 0;
export const FLAG_MORE_TO_COME = 1 << 1;


export interface MessageHeader {
  length: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

export interface OpMsgRequest {
  kind: 'msg';
  header: MessageHeader;
  flags: number;
  body: Document;
  /** Kind-1 sections ("document sequences"), e.g. `documents` of an insert. */
  sequences: Map<string, Document[]>;
  /** Which parts hold number wrappers still to normalise ('' for the body, else a sequence name). */
  wrapped: Set<string>;
}

export interface OpQueryRequest {
  kind: 'query';
  header: MessageHeader;
  collection: string;
  query: Document;
  wrapped: boolean;
}

export type Request = OpMsgRequest | OpQueryRequest | { kind: 'unsupported'; header: MessageHeader };

export class ProtocolError extends Error {}

export function readHeader(buffer: Buffer): MessageHeader {
  return {
    length: buffer.readInt32LE(0),
    requestId: buffer.readInt32LE(4),
    responseTo: buffer.readInt32LE(8),
    opCode: buffer.readInt32LE(12),
  };
}

function readCString(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  if (end === -1) throw new ProtocolError('unterminated cstring');
  return [buffer.toString('utf8', offset, end), end + 1];
}

function readDocument(buffer: Buffer, offset: number, keepBytes = false): [Document, number, boolean] {
  const size = buffer.readInt32LE(offset);
  if (size < 5 || offset + size > buffer.length) throw new ProtocolError('invalid BSON document length');
  const bytes = buffer.subarray(offset, offset + size);
  const { doc, needsNormalising } = decodeDocument(bytes);
  if (keepBytes) rememberReceivedBytes(doc, bytes);
  return [doc, offset + size, needsNormalising];
}

/** Parses one complete message (header included). */
export function parseMessage(message: Buffer): Request {
  const header = readHeader(message);
  if (header.opCode === OP_MSG) {
    const flags = message.readUInt32LE(HEADER_SIZE);
    const end = flags & FLAG_CHECKSUM_PRESENT ? message.length - 4 : message.length;
    let offset = HEADER_SIZE + 4;
    let body: Document | undefined;
    const sequences = new Map<string, Document[]>();
    const wrapped = new Set<string>();
    while (offset < end) {
      const kind = message.readUInt8(offset);
      offset += 1;
      if (kind === 0) {
        let bodyWrapped: boolean;
        [body, offset, bodyWrapped] = readDocument(message, offset);
        if (bodyWrapped) wrapped.add('');
      } else if (kind === 1) {
        const sectionEnd = offset + message.readInt32LE(offset);
        const [identifier, first] = readCString(message, offset + 4);
        let cursor = first;
        const docs: Document[] = [];
        while (cursor < sectionEnd) {
          let doc: Document;
          let docWrapped: boolean;
          [doc, cursor, docWrapped] = readDocument(message, cursor, true);
          if (docWrapped) wrapped.add(identifier);
          docs.push(doc);
        }
        sequences.set(identifier, docs);
        offset = sectionEnd;
      } else {
        throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
      }
    }
    if (!body) throw new ProtocolError('OP_MSG without a body section');
    return { kind: 'msg', header, flags, body, sequences, wrapped };
  }
  if (header.opCode === OP_QUERY) {
    const [collection, afterName] = readCString(message, HEADER_SIZE + 4);
    // numberToSkip and numberToReturn (8 bytes) precede the query document.
    const [query, , wrapped] = readDocument(message, afterName + 8);
    return { kind: 'query', header, collection, query, wrapped };
  }
  return { kind: 'unsupported', header };
}

let nextRequestId = 1;

function bsonBuffer(doc: Document): Buffer {
  const bytes = serialize(doc);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function withHeader(opCode: number, responseTo: number, payload: Buffer[]): Buffer {
  const length = HEADER_SIZE + payload.reduce((n, b) => n + b.length, 0);
  const header = Buffer.alloc(HEADER_SIZE);
  header.writeInt32LE(length, 0);
  header.writeInt32LE(nextRequestId++ & 0x7fffffff, 4);
  header.writeInt32LE(responseTo, 8);
  header.writeInt32LE(opCode, 12);
  return Buffer.concat([header, ...payload]);
}

/** An OP_MSG reply: flags 0 (never the checksum bit), one body section. */
export function encodeMsgReply(responseTo: number, doc: Document): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32LE(0, 0);
  prefix.writeUInt8(0, 4);
  return withHeader(OP_MSG, responseTo, [prefix, bsonBuffer(doc)]);
}

/** The legacy OP_REPLY the driver expects for its first `ismaster` (sent as OP_QUERY). */
export function encodeOpReply(responseTo: number, doc: Document): Buffer {
  const prefix = Buffer.alloc(20);
  prefix.writeInt32LE(0, 0); // responseFlags
  prefix.writeBigInt64LE(0n, 4); // cursorID
  prefix.writeInt32LE(0, 12); // startingFrom
  prefix.writeInt32LE(1, 16); // numberReturned
  return withHeader(OP_REPLY, responseTo, [prefix, bsonBuffer(doc)]);
}
