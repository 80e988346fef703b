import { Binary, Double, Int32, Long, ObjectId, Timestamp } from './bson';
import { keyOf } from './keys';
import { isPlainObject } from './typed';

/**
 * Whether two stored values would serialise to the same BSON bytes (same field order,
 * same types): what decides "modified" for an update, without serialising either.
 */
export function sameBson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Object.is(a, b);
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameBson(v, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    const other = Object.keys(b);
    return keys.length === other.length && keys.every((k, i) => k === other[i] && sameBson(a[k], b[k]));
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime() || (Number.isNaN(a.getTime()) && Number.isNaN((b as Date).getTime()));
  if (a instanceof ObjectId) return a.equals(b as ObjectId);
  if (a instanceof Double) return Object.is(a.value, (b as Double).value);
  if (a instanceof Int32) return a.value === (b as Int32).value;
  if (a instanceof Long) return a.equals(b as Long);
  if (a instanceof Timestamp) return a.equals(b as Timestamp);
  if (a instanceof Binary) return a.sub_type === (b as Binary).sub_type && Buffer.from(a.buffer).equals(Buffer.from((b as Binary).buffer));
  if (a instanceof RegExp) return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags;
  return keyOf(a) === keyOf(b);
}
