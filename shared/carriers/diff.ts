/** One changed field: `path` is dotted; list items with an `id` are addressed by it. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists whose items carry ids (phases, recognitions) are compared item by item by id. */
function keyedById(list: unknown[]): Map<string, unknown> | null {
  if (list.length === 0 || !list.every((item) => isObject(item) && typeof item.id === 'string')) return null;
  return new Map(list.map((item) => [(item as { id: string }).id, item]));
}

/**
 * Field-level differences between two versions of a record, for the history and the review
 * queue. Added or removed fields show `undefined` on the missing side.
 */
export function diffRecords(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].sort().flatMap((key) => diffRecords(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeById = keyedById(before);
    const afterById = keyedById(after);
    if (beforeById && afterById) {
      const ids = new Set([...beforeById.keys(), ...afterById.keys()]);
      return [...ids].flatMap((id) => diffRecords(beforeById.get(id), afterById.get(id), `${path}[${id}]`));
    }
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ path, before: before as Json, after: after as Json }];
  }
  if (before === undefined && Array.isArray(after) && after.length === 0) return [];
  if (after === undefined && Array.isArray(before) && before.length === 0) return [];
  return [{ path, before, after }];
}
