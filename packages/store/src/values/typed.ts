import { Decimal128, Double, Int32, Long } from './bson';
import { badValue } from '../errors';

/** A document as held in memory and on disk. */
export type Doc = Record<string, unknown>;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export const isPlainObject = (value: unknown): value is Doc => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

export const fitsInt32 = (n: number): boolean => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;

/**
 * Values arrive deserialised with `promoteValues: false`, which keeps every number
 * wrapped. We unwrap what a plain JS number already round-trips (int32, and doubles
 * that are not integral), and keep a wrapper only where bson would otherwise re-encode
 * a different type: an integral double (5.0 must stay a double) and every int64.
 * Decimal128 and int64 beyond 2^53 are refused: mingo would compare them wrongly.
 *
 * Containers are rewritten in place (they are fresh from the deserialiser).
 */
export function normaliseWireValue(value: unknown, path = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Int32) return value.value;
  if (value instanceof Double) {
    const n = value.value;
    return fitsInt32(n) || Object.is(n, -0) ? value : n;
  }
  if (value instanceof Long) {
    if (value.greaterThan(Long.fromNumber(Number.MAX_SAFE_INTEGER)) || value.lessThan(Long.fromNumber(Number.MIN_SAFE_INTEGER))) {
      throw badValue(`int64 value ${value.toString()} at '${path || '(value)'}' is beyond ±2^53, which the embedded store cannot compare exactly`);
    }
    return value;
  }
  if (value instanceof Decimal128) {
    throw badValue(`Decimal128 values are not supported by the embedded store (field '${path || '(value)'}'); store a double or int64, or use a real MongoDB via MONGODB_URI`);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normaliseWireValue(value[i], path ? `${path}.${i}` : String(i));
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = normaliseWireValue(value[key], path ? `${path}.${key}` : key);
    return value;
  }
  return value;
}

export const isNumberWrapper = (value: unknown): value is Double | Long => value instanceof Double || value instanceof Long;

/** Whether a stored value holds any Double/Long wrapper; those need a plain view for mingo. */
export function containsNumberWrappers(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (isNumberWrapper(value)) return true;
  if (Array.isArray(value)) return value.some(containsNumberWrappers);
  if (isPlainObject(value)) {
    for (const key in value) if (containsNumberWrappers(value[key])) return true;
  }
  return false;
}

/** Deep copy with Double/Long unwrapped to JS numbers: the form mingo can compare. */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Double) return value.value;
  if (value instanceof Long) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
    return out;
  }
  return value;
}

/** Number value of a JS number or wrapper; undefined for anything else. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof Double) return value.value;
  if (value instanceof Long) return value.toNumber();
  if (value instanceof Int32) return value.value;
  return undefined;
}

export type NumberKind = 'int' | 'long' | 'double';

export function numberKind(value: unknown): NumberKind | undefined {
  if (typeof value === 'number') return fitsInt32(value) && !Object.is(value, -0) ? 'int' : 'double';
  if (value instanceof Double) return 'double';
  if (value instanceof Long) return 'long';
  if (value instanceof Int32) return 'int';
  return undefined;
}

/** Wraps a computed number so it is stored with the BSON type MongoDB would give it. */
export function withNumberKind(n: number, kind: NumberKind): unknown {
  if (kind === 'double') return fitsInt32(n) || Object.is(n, -0) ? new Double(n) : n;
  if (kind === 'long') return Number.isInteger(n) ? Long.fromNumber(n) : n;
  return n;
}

/** The wider of two numeric types, following MongoDB's arithmetic promotion. */
export function widerKind(a: NumberKind, b: NumberKind): NumberKind {
  if (a === 'double' || b === 'double') return 'double';
  if (a === 'long' || b === 'long') return 'long';
  return 'int';
}

/** Deep copy of a stored document; BSON leaf objects (ObjectId, Date…) are immutable here and shared. */
export function cloneDoc<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneDoc) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const key of Object.keys(value)) out[key] = cloneDoc(value[key]);
    return out as T;
  }
  return value;
}
