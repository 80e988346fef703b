import { Binary, BSONRegExp, BSONSymbol, Code, Double, Long, MaxKey, MinKey, ObjectId, Timestamp } from './bson';
import { fitsInt32, isPlainObject } from './typed';

/** MongoDB's `$type` alias for a stored value, as a real server would report it. */
export function bsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'number':
      return fitsInt32(value) && !Object.is(value, -0) ? 'int' : 'double';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'long';
    default:
      break;
  }
  if (value instanceof Double) return 'double';
  if (value instanceof Long) return 'long';
  if (Array.isArray(value)) return 'array';
  if (value instanceof ObjectId) return 'objectId';
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp || value instanceof BSONRegExp) return 'regex';
  if (value instanceof Binary) return 'binData';
  if (value instanceof Timestamp) return 'timestamp';
  if (value instanceof MinKey) return 'minKey';
  if (value instanceof MaxKey) return 'maxKey';
  if (value instanceof Code) return 'javascript';
  if (value instanceof BSONSymbol) return 'symbol';
  if (isPlainObject(value)) return 'object';
  return 'object';
}

const TYPE_NUMBERS: Record<number, string> = {
  1: 'double', 2: 'string', 3: 'object', 4: 'array', 5: 'binData', 6: 'undefined', 7: 'objectId', 8: 'bool',
  9: 'date', 10: 'null', 11: 'regex', 13: 'javascript', 14: 'symbol', 16: 'int', 17: 'timestamp', 18: 'long',
  19: 'decimal', [-1]: 'minKey', 127: 'maxKey',
};
const TYPE_ALIASES = new Set([...Object.values(TYPE_NUMBERS), 'number']);

/** Normalises a `$type` argument (alias or number) to an alias; undefined if unknown. */
export function typeAlias(spec: unknown): string | undefined {
  if (typeof spec === 'number') return TYPE_NUMBERS[spec];
  if (typeof spec === 'string' && TYPE_ALIASES.has(spec)) return spec;
  return undefined;
}

export function matchesTypeAlias(value: unknown, alias: string): boolean {
  const name = bsonTypeName(value);
  if (alias === 'number') return name === 'int' || name === 'long' || name === 'double' || name === 'decimal';
  return name === alias;
}
