import { Binary, BSONRegExp, Double, Long, MaxKey, MinKey, ObjectId, Timestamp } from './bson';
import { isPlainObject } from './typed';

/** MongoDB's cross-type sort order (missing and null sort together). */
export function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 2;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 3;
    case 'string':
      return 4;
    case 'boolean':
      return 9;
    default:
      break;
  }
  if (value instanceof Double || value instanceof Long) return 3;
  if (Array.isArray(value)) return 6;
  if (isPlainObject(value)) return 5;
  if (value instanceof Binary) return 7;
  if (value instanceof ObjectId) return 8;
  if (value instanceof Date) return 10;
  if (value instanceof Timestamp) return 11;
  if (value instanceof RegExp || value instanceof BSONRegExp) return 12;
  if (value instanceof MinKey) return 1;
  if (value instanceof MaxKey) return 13;
  return 5;
}

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : value instanceof Double ? value.value : value instanceof Long ? value.toNumber() : Number(value);

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Compares strings by UTF-8 bytes, as MongoDB does without a collation. */
export function compareStrings(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 orders surrogates (U+D800–DFFF) below U+E000–FFFF; UTF-8 orders them above.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return sign(a.length - b.length);
}

function compareNumbers(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order over BSON values, following MongoDB's comparison rules. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return sign(ra - rb);
  switch (ra) {
    case 2:
    case 1:
    case 13:
      return 0;
    case 3:
      return compareNumbers(toNumber(a), toNumber(b));
    case 4:
      return compareStrings(a as string, b as string);
    case 9:
      return sign(Number(a) - Number(b));
    case 10:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime());
    case 8:
      return compareStrings((a as ObjectId).toHexString(), (b as ObjectId).toHexString());
    case 6: {
      const xs = a as unknown[];
      const ys = b as unknown[];
      for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const c = compareValues(xs[i], ys[i]);
        if (c !== 0) return c;
      }
      return sign(xs.length - ys.length);
    }
    case 5: {
      const xs = Object.entries(a as Record<string, unknown>);
      const ys = Object.entries(b as Record<string, unknown>);
      for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const [ka, va] = xs[i] as [string, unknown];
        const [kb, vb] = ys[i] as [string, unknown];
        const byType = sign(typeRank(va) - typeRank(vb));
        if (byType !== 0) return byType;
        const byName = compareStrings(ka, kb);
        if (byName !== 0) return byName;
        const byValue = compareValues(va, vb);
        if (byValue !== 0) return byValue;
      }
      return sign(xs.length - ys.length);
    }
    case 7: {
      const x = a as Binary;
      const y = b as Binary;
      if (x.length() !== y.length()) return sign(x.length() - y.length());
      if (x.sub_type !== y.sub_type) return sign(x.sub_type - y.sub_type);
      return Buffer.compare(Buffer.from(x.buffer), Buffer.from(y.buffer));
    }
    case 11:
      return (a as Timestamp).compare(b as Timestamp);
    case 12:
      return compareStrings(String(a), String(b));
    default:
      return 0;
  }
}
