import { Binary, BSONRegExp, Double, Long, MaxKey, MinKey, ObjectId, Timestamp } from './bson';
import { isPlainObject } from './typed';

/**
 * A string that is equal for two values exactly when MongoDB considers them equal
 * (5, 5.0 and NumberLong(5) are one key; object key order matters). It lets unique
 * indexes and _id lookups use hash maps instead of scans.
 */
export function keyOf(value: unknown): string {
  if (value === undefined || value === null) return 'z';
  switch (typeof value) {
    case 'number':
      return value === 0 ? 'n0' : `n${value}`;
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'boolean':
      return value ? 'b1' : 'b0';
    case 'bigint':
      return `n${value}`;
    default:
      break;
  }
  if (value instanceof ObjectId) return `o${value.toHexString()}`;
  if (value instanceof Date) return `d${value.getTime()}`;
  if (value instanceof Double) return keyOf(value.value);
  if (value instanceof Long) return keyOf(value.toNumber());
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  if (isPlainObject(value)) {
    const parts: string[] = [];
    for (const k of Object.keys(value)) parts.push(`${JSON.stringify(k)}:${keyOf(value[k])}`);
    return `{${parts.join(',')}}`;
  }
  if (value instanceof RegExp) return `r${JSON.stringify(`${value.source}/${value.flags}`)}`;
  if (value instanceof BSONRegExp) return `r${JSON.stringify(`${value.pattern}/${value.options}`)}`;
  if (value instanceof Binary) return `x${value.sub_type}:${Buffer.from(value.buffer).toString('base64')}`;
  if (value instanceof Timestamp) return `t${value.toString()}`;
  if (value instanceof MinKey) return 'min';
  if (value instanceof MaxKey) return 'max';
  return `?${String(value)}`;
}
