import { isPlainObject, type Doc } from '../values/typed';
import type { Collection } from './collection';
import type { Matcher } from './query';

/** An _id condition that names exact values, so documents can be fetched by key. */
function idCandidates(filter: Doc): unknown[] | null {
  if (!('_id' in filter)) return null;
  const condition = filter._id;
  if (condition instanceof RegExp || Array.isArray(condition)) return null;
  if (!isPlainObject(condition)) return [condition];
  const keys = Object.keys(condition);
  if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) return [condition];
  if (keys.length === 1 && keys[0] === '$eq' && !isPlainObject(condition.$eq) && !Array.isArray(condition.$eq)) return [condition.$eq];
  if (keys.length === 1 && keys[0] === '$in' && Array.isArray(condition.$in)) {
    const values = condition.$in;
    if (values.every((v) => !(v instanceof RegExp) && !Array.isArray(v) && !(isPlainObject(v) && Object.keys(v).some((k) => k.startsWith('$'))))) {
      return values;
    }
  }
  return null;
}

/**
 * Documents matching a filter, in natural order; `limit` stops early. An exact _id
 * condition is answered by hash lookup instead of a scan.
 */
export function findMatching(collection: Collection, matcher: Matcher, filter: Doc | undefined, limit = Number.POSITIVE_INFINITY): Doc[] {
  const out: Doc[] = [];
  if (limit <= 0) return out;
  const ids = filter ? idCandidates(filter) : null;
  if (ids) {
    const seen = new Set<Doc>();
    for (const id of ids) {
      const doc = collection.getById(id);
      if (doc && !seen.has(doc) && matcher.matches(doc)) {
        seen.add(doc);
        out.push(doc);
        if (out.length >= limit) break;
      }
    }
    return out;
  }
  for (const doc of collection.docs.values()) {
    if (matcher.matches(doc)) {
      out.push(doc);
      if (out.length >= limit) break;
    }
  }
  return out;
}
