import { keyOf } from '../values/keys';
import { isPlainObject, type Doc } from '../values/typed';
import type { Collection } from './collection';
import type { Matcher } from './query';

/** What a scan did, for explain: the access path and how much it read. */
export interface ScanStats {
  stage: 'IDHACK' | 'IXSCAN' | 'COLLSCAN';
  indexName?: string;
  keysExamined: number;
  docsExamined: number;
}

export const newScanStats = (): ScanStats => ({ stage: 'COLLSCAN', keysExamined: 0, docsExamined: 0 });

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

/** Values an equality condition names exactly (scalars and documents, not null, arrays or regexes). */
function equalityValues(condition: unknown): unknown[] | null {
  const exact = (v: unknown): boolean => v !== null && v !== undefined && !(v instanceof RegExp) && !Array.isArray(v) &&
    !(isPlainObject(v) && Object.keys(v).some((k) => k.startsWith('$')));
  if (exact(condition)) return [condition];
  if (!isPlainObject(condition)) return null;
  if ('$eq' in condition && exact(condition.$eq)) return [condition.$eq];
  if (Array.isArray(condition.$in) && condition.$in.length > 0 && condition.$in.every(exact)) return condition.$in;
  return null;
}

/**
 * Ids that can possibly match, from the smallest index posting list among the filter's
 * top-level equality conditions; null when no index helps. The matcher still decides.
 */
function indexedCandidates(collection: Collection, filter: Doc, stats?: ScanStats): Iterable<Doc> | null {
  let best: ReadonlySet<Doc> | null = null;
  let bestName = '';
  for (const index of collection.indexes) {
    const field = index.lookupField;
    if (field === null || !(field in filter)) continue;
    const values = equalityValues(filter[field]);
    if (!values) continue;
    let docs: ReadonlySet<Doc>;
    if (values.length === 1) {
      docs = index.docsWithFirstKey(keyOf(values[0])) ?? new Set();
    } else {
      const union = new Set<Doc>();
      for (const value of values) for (const doc of index.docsWithFirstKey(keyOf(value)) ?? []) union.add(doc);
      docs = union;
    }
    if (!best || docs.size < best.size) {
      best = docs;
      bestName = index.name;
    }
  }
  if (best && stats) {
    stats.stage = 'IXSCAN';
    stats.indexName = bestName;
  }
  return best;
}

/**
 * Documents matching a filter, in natural order (index order when an index narrows the
 * search, as on mongod); `limit` stops early. An exact _id condition is answered by hash
 * lookup, an equality on an indexed field from that index's postings.
 */
export function findMatching(collection: Collection, matcher: Matcher, filter: Doc | undefined, limit = Number.POSITIVE_INFINITY, stats?: ScanStats): Doc[] {
  const out: Doc[] = [];
  if (limit <= 0) return out;
  const ids = filter ? idCandidates(filter) : null;
  if (ids) {
    if (stats) stats.stage = 'IDHACK';
    const seen = new Set<Doc>();
    for (const id of ids) {
      const doc = collection.getById(id);
      if (stats) {
        stats.keysExamined++;
        if (doc) stats.docsExamined++;
      }
      if (doc && !seen.has(doc) && matcher.matches(doc)) {
        seen.add(doc);
        out.push(doc);
        if (out.length >= limit) break;
      }
    }
    return out;
  }
  const candidates = filter ? indexedCandidates(collection, filter, stats) : null;
  if (candidates) {
    for (const doc of candidates) {
      if (stats) {
        stats.keysExamined++;
        stats.docsExamined++;
      }
      if (matcher.matches(doc)) {
        out.push(doc);
        if (out.length >= limit) break;
      }
    }
    return out;
  }
  for (const doc of collection.docs.values()) {
    if (stats) stats.docsExamined++;
    if (matcher.matches(doc)) {
      out.push(doc);
      if (out.length >= limit) break;
    }
  }
  return out;
}
