import { Context, ProcessingMode, Query, find as mingoFind } from 'mingo';
import type { Options } from 'mingo/types';
import { badValue, notSupported, StoreError, toStoreError } from '../errors';
import { matchesTypeAlias, typeAlias } from '../values/bson-types';
import { compareValues } from '../values/order';
import { valuesAtPath } from '../values/paths';
import { isPlainObject, toPlain, type Doc } from '../values/typed';
import { validateFilter } from './operators';
import { plainView, storedOf } from './plain-view';
import { $geoWithin } from '../geo/operators';
import { isNearOperator } from '../geo/near';

/** `$type` judged on the stored document, so 5.0 reads as a double and NumberLong as long. */
const $type = (selector: string, value: unknown): ((obj: unknown) => boolean) => {
  const wanted = (Array.isArray(value) ? value : [value]).map((spec) => {
    const alias = typeAlias(spec);
    if (!alias) throw badValue(`Unknown type name alias: ${String(spec)}`);
    return alias;
  });
  return (obj: unknown) => {
    const source = isPlainObject(obj) ? storedOf(obj) : obj;
    for (const leaf of leavesAtPath(source, selector)) {
      for (const alias of wanted) {
        if (matchesTypeAlias(leaf, alias)) return true;
        if (Array.isArray(leaf) && alias !== 'array' && leaf.some((element) => matchesTypeAlias(element, alias))) return true;
      }
    }
    return false;
  };
};

/** Values a path reaches, leaf arrays kept whole (what `$type` inspects). */
function leavesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, parts: string[]): void => {
    if (parts.length === 0) {
      if (value !== undefined) out.push(value);
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (Array.isArray(value)) {
      if (/^[0-9]+$/.test(head)) visit(value[Number(head)], rest);
      for (const element of value) if (isPlainObject(element)) visit(element, parts);
      return;
    }
    if (isPlainObject(value)) visit(value[head], rest);
  };
  visit(doc, path.split('.'));
  return out;
}

/** A mingo query operator, typed loosely: mingo's own union type admits no new operators. */
type QueryOperatorFactory = (selector: string, value: unknown, options: Options) => (obj: unknown) => boolean;
type ContextOps = NonNullable<Parameters<typeof Context.init>[0]>;

export function queryOps(ops: Record<string, QueryOperatorFactory>): ContextOps['query'] {
  return ops as unknown as ContextOps['query'];
}

const storeContext = Context.init({ query: queryOps({ $type, $geoWithin }) });

export function mingoOptions(variables?: Doc, processingMode = ProcessingMode.CLONE_OFF): Partial<Options> {
  return {
    idKey: '_id',
    processingMode,
    useStrictMode: true,
    scriptEnabled: false,
    context: storeContext,
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
  const values = valuesAtPath(doc, path);
  if (values.length === 1) return values[0] ?? null;
  let best: unknown = values[0] ?? null;
  for (let i = 1; i < values.length; i++) {
    const c = compareValues(values[i], best);
    if (direction === 1 ? c < 0 : c > 0) best = values[i];
  }
  return best;
}

/** Sorts by MongoDB's BSON order (mingo's own order differs across types). Stable. */
export function sortDocuments(docs: Doc[], spec: SortSpec): Doc[] {
  if (spec.length === 1 && spec[0]?.[0] === '$natural') return spec[0][1] === 1 ? docs : docs.slice().reverse();
  const keyed = docs.map((doc) => ({ doc, keys: spec.map(([path, direction]) => sortKey(doc, path, direction)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < spec.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * (spec[i] as [string, 1 | -1])[1];
    }
    return 0;
  });
  return keyed.map((entry) => entry.doc);
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
      if (op !== undefined && op.startsWith('$') && op !== '$slice' && op !== '$elemMatch') {
        // Aggregation expressions are allowed in find projections since MongoDB 4.4.
        continue;
      }
    }
  }
  return toPlain(projection) as Doc;
}

/** Applies a find projection; stored documents are cloned, never modified. */
export function projectDocuments(docs: Doc[], projection: Doc, variables?: Doc): Doc[] {
  return guardMingo(() => mingoFind(docs, {}, projection, mingoOptions(variables, ProcessingMode.CLONE_INPUT)).all() as Doc[]);
}
