import { deserialize, type Document } from './bson';
import { normaliseWireValue } from './typed';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * Whether BSON bytes hold a value a plain JS number would not round-trip: an integral
 * double (5.0), an int64 or a Decimal128. Walks the bytes without allocating; most
 * documents hold none, and then decode with numbers promoted (no wrapper objects).
 */
export function needsTypedDecode(bytes: Buffer, start = 0): boolean {
  const end = start + bytes.readInt32LE(start) - 1;
  let p = start + 4;
  while (p < end) {
    const type = bytes[p++] as number;
    p = bytes.indexOf(0, p) + 1;
    switch (type) {
      case 0x01: {
        const v = bytes.readDoubleLE(p);
        if ((Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX) || Object.is(v, -0)) return true;
        p += 8;
        break;
      }
      case 0x02:
      case 0x0d:
      case 0x0e:
        p += 4 + bytes.readInt32LE(p);
        break;
      case 0x03:
      case 0x04:
        if (needsTypedDecode(bytes, p)) return true;
        p += bytes.readInt32LE(p);
        break;
      case 0x05:
        p += 5 + bytes.readInt32LE(p);
        break;
      case 0x06:
      case 0x0a:
      case 0x7f:
      case 0xff:
        break;
      case 0x07:
        p += 12;
        break;
      case 0x08:
        p += 1;
        break;
      case 0x09:
      case 0x11:
        p += 8;
        break;
      case 0x10:
        p += 4;
        break;
      case 0x0b:
        p = bytes.indexOf(0, bytes.indexOf(0, p) + 1) + 1;
        break;
      default:
        // int64, Decimal128 and anything rarer take the careful path.
        return true;
    }
  }
  return false;
}

const TYPED = { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: false } as const;
const PROMOTED = { promoteValues: true, promoteLongs: false, promoteBuffers: false, bsonRegExp: false } as const;

export interface Decoded {
  doc: Document;
  /** True when the document still holds number wrappers and must go through normaliseWireValue. */
  needsNormalising: boolean;
}

/** Decodes a document; number wrappers are only created when the bytes need them. */
export function decodeDocument(bytes: Buffer): Decoded {
  if (needsTypedDecode(bytes)) return { doc: deserialize(bytes, TYPED), needsNormalising: true };
  return { doc: deserialize(bytes, PROMOTED), needsNormalising: false };
}

/** Decodes into the store's typed form at once (for data files). */
export function decodeNormalised(bytes: Buffer): Document {
  const { doc, needsNormalising } = decodeDocument(bytes);
  return needsNormalising ? (normaliseWireValue(doc) as Document) : doc;
}
