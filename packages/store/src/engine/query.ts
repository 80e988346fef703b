import { ProcessingMode, type Context } from 'mingo';
import { Query } from 'mingo/query';
import type { Options } from 'mingo/types';
import { badValue, notSupported, StoreError, toStoreError } from '../errors';
import { compareValues } from '../values/order';
import { valuesAtPath } from '../values/paths';
import { isPlainObject, toPlain, type Doc } from '../values/typed';
import { validateExpression, validateFilter } from './operators';
import { plainView } from './plain-view';
import { compileFastFilter } from './fast-filter';
import { buildContext } from './mingo-context';
import { isNearOperator } from '../geo/near';

/** The operator table for filters and projections; aggregation adds its own stages on top. */
let storeContext: Context | null = null;
const defaultContext = (): Context => (storeContext ??= buildContext());

export function mingoOptions(variables?: Doc, processingMode = ProcessingMode.CLONE_OFF, context: Context = defaultContext()): Partial<Options> {
  return {
    idKey: '_id',
    processingMode,
    useStrictMode: true,
    scriptEnabled: false,
    context,
    ...(variables ? { variables } : {}),
  };
}

/** Runs mingo and turns its exceptions into MongoDB-shaped errors. */
export function guardMingo<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw toStoreError(err);
  }
}

export interface Matcher {
  /** The filter with number wrappers unwrapped, as mingo receives it. */
  readonly plainFilter: Doc;
  matches(doc: Doc): boolean;
}

const MATCH_ALL: Matcher = { plainFilter: {}, matches: () => true };

export function compileFilter(filter: unknown, variables?: Doc): Matcher {
  if (filter === undefined || filter === null) return MATCH_ALL;
  validateFilter(filter);
  assertNoNear(filter);
  const plainFilter = toPlain(filter) as Doc;
  if (Object.keys(plainFilter).length === 0) return MATCH_ALL;
  const fast = compileFastFilter(plainFilter);
  if (fast) return { plainFilter, matches: (doc) => fast(plainView(doc)) };
  const query = guardMingo(() => new Query(plainFilter, mingoOptions(variables)));
  return {
    plainFilter,
    matches: (doc) => guardMingo(() => query.test(plainView(doc))),
  };
}

/** $near sorts its results, so it is only meaningful where find handles it (see find-filter). */
function assertNoNear(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(assertNoNear);
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (isNearOperator(key)) throw badValue('$geoNear, $near, and $nearSphere are not allowed in this context');
    assertNoNear(inner);
  }
}

export type SortSpec = Array<[string, 1 | -1]>;

export function parseSort(sort: unknown): SortSpec | null {
  if (sort === undefined || sort === null) return null;
  if (!isPlainObject(sort)) throw badValue('sort must be an object');
  const spec: SortSpec = [];
  for (const [field, direction] of Object.entries(sort)) {
    if (isPlainObject(direction) && '$meta' in direction) throw notSupported(`sort by {$meta: ${JSON.stringify(direction.$meta)}}`);
    const n = Number(toPlain(direction));
    if (n !== 1 && n !== -1) throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    spec.push([field, n]);
  }
  return spec.length ? spec : null;
}

/** The value a document sorts by: the lowest array element ascending, the highest descending. */
function sortKey(doc: Doc, path: string, direction: 1 | -1): unknown {
  if (!path.includes('.')) {
    const direct = doc[path];
    if (!Array.isArray(direct)) return direct ?? null;
  }
  const values = valuesAtPath(doc, path);
  if (values.length === 1) return values[0] ?? null;
  let best: unknown = values[0] ?? null;
  for (let i = 1; i < values.length; i++) {
    const c = compareValues(values[i], best);
    if (direction === 1 ? c < 0 : c > 0) best = values[i];
  }
  return best;
}

interface Keyed {
  doc: Doc;
  keys: unknown[];
  /** Position in the input: equal keys keep their input order (the sort is stable). */
  position: number;
}

/**
 * Sorts by MongoDB's BSON order (mingo's own order differs across types). Stable. With
 * `keep`, only the first `keep` documents of the order are returned, and they are found
 * without sorting the rest: a list page (skip + limit) over thousands of documents then costs
 * about one comparison per document instead of a full sort.
 */
export function sortDocuments(docs: Doc[], spec: SortSpec, keep = Number.POSITIVE_INFINITY): Doc[] {
  if (spec.length === 1 && spec[0]?.[0] === '$natural') {
    const ordered = spec[0][1] === 1 ? docs : docs.slice().reverse();
    return keep < ordered.length ? ordered.slice(0, keep) : ordered;
  }
  const compare = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < spec.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * (spec[i] as [string, 1 | -1])[1];
    }
    return a.position - b.position;
  };
  const keyOf = (doc: Doc, position: number): Keyed => ({ doc, keys: spec.map(([path, direction]) => sortKey(doc, path, direction)), position });
  // Selecting pays off while the kept part is small beside the input; otherwise sort it all.
  if (keep * 4 > docs.length) {
    const keyed = docs.map(keyOf).sort(compare);
    return (keep < keyed.length ? keyed.slice(0, keep) : keyed).map((entry) => entry.doc);
  }
  return selectFirst(docs, spec, keep, keyOf, compare).map((entry) => entry.doc);
}

/**
 * The first `keep` documents in order, kept sorted in a bounded array. A document that
 * cannot enter is turned away after comparing its keys, read one at a time, with the last
 * kept entry: nothing is allocated for it.
 */
function selectFirst(
  docs: Doc[],
  spec: SortSpec,
  keep: number,
  keyOf: (doc: Doc, position: number) => Keyed,
  compare: (a: Keyed, b: Keyed) => number,
): Keyed[] {
  const kept: Keyed[] = [];
  if (keep <= 0) return kept;
  for (let position = 0; position < docs.length; position++) {
    const doc = docs[position] as Doc;
    if (kept.length === keep && !sortsBefore(doc, spec, kept[keep - 1] as Keyed)) continue;
    const entry = keyOf(doc, position);
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle] as Keyed, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, entry);
    if (kept.length > keep) kept.pop();
  }
  return kept;
}

/** Whether a document, later in the input than `than`, sorts strictly before it. */
function sortsBefore(doc: Doc, spec: SortSpec, than: Keyed): boolean {
  for (let i = 0; i < spec.length; i++) {
    const [path, direction] = spec[i] as [string, 1 | -1];
    const c = compareValues(sortKey(doc, path, direction), than.keys[i]) * direction;
    if (c !== 0) return c < 0;
  }
  // Equal keys: the earlier document stays first.
  return false;
}

export function validateProjection(projection: unknown): Doc | null {
  if (projection === undefined || projection === null) return null;
  if (!isPlainObject(projection)) throw badValue('projection must be an object');
  if (Object.keys(projection).length === 0) return null;
  for (const [field, spec] of Object.entries(projection)) {
    if (field.endsWith('.$')) throw notSupported(`positional projection '${field}'`);
    if (field.startsWith('$')) throw badValue(`FieldPath field names may not start with '$'.`);
    if (isPlainObject(spec)) {
      const op = Object.keys(spec)[0];
      if (op === '$meta') throw notSupported('projection $meta');
      if (op === '$elemMatch') validateFilter(spec.$elemMatch, '$elemMatch');
      // Other values are aggregation expressions, allowed in find projections since MongoDB 4.4.
      else if (op !== '$slice') validateExpression(spec);
    } else if (typeof spec === 'string') {
      validateExpression(spec);
    }
  }
  return toPlain(projection) as Doc;
}

/** Applies a find projection; stored documents are cloned, never modified. */
export function projectDocuments(docs: Doc[], projection: Doc, variables?: Doc): Doc[] {
  return guardMingo(() => new Query({}, mingoOptions(variables, ProcessingMode.CLONE_INPUT)).find(docs, projection).all() as Doc[]);
}
