import { compareValues } from '../values/order';
import { valuesAtPath } from '../values/paths';
import { isPlainObject, type Doc } from '../values/typed';
import type { Collection } from './collection';
import type { Index } from './indexes';
import type { Matcher, SortSpec } from './query';

/**
 * Ordered views of a collection's indexes: the documents sorted by the index key (BSON
 * order, each field in its direction), rebuilt when the collection's revision moves.
 * A view is only offered for indexes whose keys are single values in every document:
 * a multikey index (an array on an indexed path) cannot give a sort order, so queries
 * over it fall back to the scan.
 */
interface Entry {
  keys: unknown[];
  doc: Doc;
}

interface View {
  revision: number;
  entries: Entry[] | null;
}

const views = new WeakMap<Index, View>();

function keyValue(doc: Doc, path: string): { value: unknown; multikey: boolean } {
  const values = valuesAtPath(doc, path);
  if (values.length > 1 || values.some((v) => Array.isArray(v))) return { value: undefined, multikey: true };
  const value = values[0];
  return { value: value === undefined ? null : value, multikey: false };
}

function compareEntries(index: Index, a: unknown[], b: unknown[], upTo = a.length): number {
  for (let i = 0; i < upTo; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c * ((index.fields[i] as [string, 1 | -1])[1]);
  }
  return 0;
}

function entriesOf(collection: Collection, index: Index): Entry[] | null {
  const cached = views.get(index);
  if (cached && cached.revision === collection.revision) return cached.entries;
  let entries: Entry[] | null = [];
  for (const doc of collection.docs.values()) {
    const keys: unknown[] = [];
    for (const [path] of index.fields) {
      const { value, multikey } = keyValue(doc, path);
      if (multikey) {
        entries = null;
        break;
      }
      keys.push(value);
    }
    if (!entries) break;
    entries.push({ keys, doc });
  }
  // Array.prototype.sort is stable: equal keys keep natural (insertion) order.
  entries?.sort((a, b) => compareEntries(index, a.keys, b.keys));
  views.set(index, { revision: collection.revision, entries });
  return entries;
}

/**
 * A single value an equality condition names (not arrays, documents or regexes). `null`
 * qualifies: a missing field is keyed as null, and the filter still checks every document.
 */
function exactEquality(condition: unknown): { value: unknown } | null {
  const exact = (v: unknown): boolean => v !== undefined && !(v instanceof RegExp) && !Array.isArray(v) && !isPlainObject(v);
  if (exact(condition)) return { value: condition };
  if (isPlainObject(condition) && Object.keys(condition).length === 1 && '$eq' in condition && exact(condition.$eq)) return { value: condition.$eq };
  return null;
}

export interface IndexPlan {
  index: Index;
  /** Number of leading index fields fixed by equality conditions. */
  prefix: number;
  prefixValues: unknown[];
  /** Walk the index backwards (the sort is the index order reversed). */
  backward: boolean;
}

/**
 * Picks an index that gives the sort: its leading fields fixed by equality conditions
 * of the filter, the sort's fields next, all in the index's directions or all reversed.
 * Prefers the longest equality prefix. Null when none fits (then the caller scans and sorts).
 */
export function planSortedWalk(collection: Collection, filter: Doc, sort: SortSpec): IndexPlan | null {
  if (sort.length === 0 || sort.some(([path]) => path === '$natural')) return null;
  let best: IndexPlan | null = null;
  for (const index of collection.indexes) {
    if (index.geoFields.length > 0 || index.spec.sparse || index.spec.partialFilterExpression || index.spec.hidden) continue;
    const fields = index.fields as Array<[string, 1 | -1]>;
    let prefix = 0;
    const prefixValues: unknown[] = [];
    while (prefix < fields.length) {
      const path = (fields[prefix] as [string, 1 | -1])[0];
      const equality = path in filter ? exactEquality(filter[path]) : null;
      if (!equality) break;
      prefixValues.push(equality.value);
      prefix++;
    }
    // Sort fields already fixed by equality may be left out of the index's remainder.
    const remaining = sort.filter(([path]) => !fields.slice(0, prefix).some(([f]) => f === path));
    if (remaining.length === 0 || prefix + remaining.length > fields.length) continue;
    let direction: 1 | -1 | 0 = 0;
    let fits = true;
    for (let i = 0; i < remaining.length; i++) {
      const [path, dir] = remaining[i] as [string, 1 | -1];
      const [field, indexDir] = fields[prefix + i] as [string, 1 | -1];
      const relative = dir === indexDir ? 1 : -1;
      if (field !== path || (direction !== 0 && relative !== direction)) {
        fits = false;
        break;
      }
      direction = relative;
    }
    if (!fits) continue;
    if (!best || prefix > best.prefix) best = { index, prefix, prefixValues, backward: direction === -1 };
  }
  if (best && !entriesOf(collection, best.index)) return null;
  return best;
}

export interface WalkResult {
  docs: Doc[];
  keysExamined: number;
  docsExamined: number;
}

/** Walks the planned index in sort order, keeping matches until `keep` are found. */
export function walkSorted(collection: Collection, plan: IndexPlan, matcher: Matcher, keep: number): WalkResult {
  const entries = entriesOf(collection, plan.index) ?? [];
  const { index, prefix, prefixValues } = plan;
  const target = prefixValues;
  // First entry whose prefix is >= the equality values, and first one beyond them.
  const lowerBound = (strict: boolean): number => {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = compareEntries(index, (entries[mid] as Entry).keys, target, prefix);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = prefix ? lowerBound(false) : 0;
  const end = prefix ? lowerBound(true) : entries.length;
  const docs: Doc[] = [];
  let keysExamined = 0;
  let docsExamined = 0;
  for (let k = 0; k < end - start && docs.length < keep; k++) {
    const entry = entries[plan.backward ? end - 1 - k : start + k] as Entry;
    keysExamined++;
    docsExamined++;
    if (matcher.matches(entry.doc)) docs.push(entry.doc);
  }
  return { docs, keysExamined, docsExamined };
}

/**
 * The number of documents matching a filter made only of single-value equalities on an
 * index's leading fields, counted from the ordered view without reading documents; null
 * when no index covers the filter that way.
 */
export function countCovered(collection: Collection, filter: Doc): { count: number; index: Index } | null {
  const keys = Object.keys(filter);
  if (keys.length === 0) return null;
  const values: Doc = {};
  for (const key of keys) {
    const equality = exactEquality(filter[key]);
    if (!equality || key.startsWith('$')) return null;
    values[key] = equality.value;
  }
  for (const index of collection.indexes) {
    if (index.geoFields.length > 0 || index.spec.sparse || index.spec.partialFilterExpression || index.spec.hidden) continue;
    const leading = index.fields.slice(0, keys.length).map(([field]) => field);
    if (leading.length !== keys.length || !leading.every((field) => field in values)) continue;
    const entries = entriesOf(collection, index);
    if (!entries) continue;
    const target = leading.map((field) => values[field]);
    const bound = (strict: boolean): number => {
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const c = compareEntries(index, (entries[mid] as Entry).keys, target, keys.length);
        if (c < 0 || (strict && c === 0)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return { count: bound(true) - bound(false), index };
  }
  return null;
}
