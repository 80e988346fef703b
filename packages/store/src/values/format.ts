import { Binary, Double, Long, ObjectId, Timestamp } from './bson';
import { isPlainObject } from './typed';

/**
 * Renders a value the way mongod prints BSON in error messages
 * (`{ email: "a@b.c" }`, `ObjectId('…')`, `new Date(…)`), so E11000 and 16755
 * messages read exactly like a real server's.
 */
export function formatValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isInteger(value) ? String(value) : formatDouble(value);
    case 'boolean':
      return String(value);
    default:
      break;
  }
  if (value instanceof ObjectId) return `ObjectId('${value.toHexString()}')`;
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (value instanceof Double) return formatDouble(value.value);
  if (value instanceof Long) return value.toString();
  if (value instanceof Timestamp) return `Timestamp(${value.high}, ${value.low})`;
  if (value instanceof Binary) return `BinData(${value.sub_type}, ${Buffer.from(value.buffer).toString('hex').toUpperCase()})`;
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[ ${value.map(formatValue).join(', ')} ]`;
  if (isPlainObject(value)) return formatDocument(value);
  return String(value);
}

function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'nan.0';
  if (!Number.isFinite(n)) return n > 0 ? 'inf.0' : '-inf.0';
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

export function formatDocument(doc: Record<string, unknown>): string {
  const keys = Object.keys(doc);
  if (keys.length === 0) return '{}';
  return `{ ${keys.map((k) => `${k}: ${formatValue(doc[k])}`).join(', ')} }`;
}
