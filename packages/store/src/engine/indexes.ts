import { Double, Int32, Long } from '../values/bson';
import { badValue, notSupported, StoreError } from '../errors';
import { formatDocument } from '../values/format';
import { keyOf } from '../values/keys';
import { valuesAtPath } from '../values/paths';
import { isPlainObject, toPlain, type Doc } from '../values/typed';
import { compileFilter, type Matcher } from './query';

export type KeyDirection = 1 | -1 | '2dsphere';

/** An index as listIndexes reports it. */
export type IndexSpec = Doc & { v: number; key: Doc; name: string };

const ACCEPTED_OPTIONS = new Set([
  'v', 'key', 'name', 'unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'background',
  'hidden', '2dsphereIndexVersion', 'storageEngine', 'ns',
]);

function keyDirection(field: string, raw: unknown): KeyDirection {
  const value = raw instanceof Double || raw instanceof Int32 ? raw.value : raw instanceof Long ? raw.toNumber() : raw;
  if (value === 1 || value === -1) return value;
  if (typeof value === 'number' && value !== 0) return value > 0 ? 1 : -1;
  if (value === '2dsphere') return '2dsphere';
  if (value === 'text' || value === 'hashed' || value === '2d' || value === 'geoHaystack' || field.includes('$**')) {
    throw notSupported(`index type ${JSON.stringify(value)} (field '${field}')`);
  }
  throw new StoreError(67, 'CannotCreateIndex', `Error in specification { key: { ${field}: ${JSON.stringify(value)} } } :: caused by :: Unknown index plugin '${String(value)}'`);
}

export function defaultIndexName(key: Doc): string {
  return Object.entries(key)
    .map(([field, direction]) => `${field}_${String(toPlain(direction))}`)
    .join('_');
}

/** Validates a createIndexes entry and fills in what MongoDB would (v, 2dsphereIndexVersion). */
export function normaliseIndexSpec(raw: unknown): IndexSpec {
  if (!isPlainObject(raw)) throw badValue('index specification must be an object');
  if (!isPlainObject(raw.key) || Object.keys(raw.key).length === 0) {
    throw new StoreError(67, 'CannotCreateIndex', "The 'key' field in an index specification must be a non-empty object");
  }
  for (const option of Object.keys(raw)) {
    if (option === 'collation') throw notSupported('index option collation');
    if (!ACCEPTED_OPTIONS.has(option)) throw notSupported(`index option '${option}'`);
  }
  const key: Doc = {};
  let isGeo = false;
  for (const [field, direction] of Object.entries(raw.key)) {
    const parsed = keyDirection(field, direction);
    key[field] = parsed;
    if (parsed === '2dsphere') isGeo = true;
  }
  const name = typeof raw.name === 'string' && raw.name ? raw.name : defaultIndexName(key);
  const spec: IndexSpec = { v: 2, key, name };
  if (raw.unique === true) spec.unique = true;
  if (raw.sparse === true) spec.sparse = true;
  if (raw.background !== undefined) spec.background = Boolean(raw.background);
  if (raw.hidden === true) spec.hidden = true;
  if (raw.partialFilterExpression !== undefined) {
    if (!isPlainObject(raw.partialFilterExpression)) throw badValue('partialFilterExpression must be an object');
    compileFilter(raw.partialFilterExpression);
    spec.partialFilterExpression = raw.partialFilterExpression;
  }
  if (raw.expireAfterSeconds !== undefined) {
    const seconds = Number(toPlain(raw.expireAfterSeconds));
    if (!Number.isFinite(seconds) || seconds < 0) throw badValue('TTL index \'expireAfterSeconds\' option must be a non-negative number');
    if (Object.keys(key).length !== 1) throw new StoreError(67, 'CannotCreateIndex', 'TTL indexes are single-field indexes, compound indexes do not support TTL.');
    spec.expireAfterSeconds = raw.expireAfterSeconds;
  }
  if (isGeo) spec['2dsphereIndexVersion'] = 3;
  return spec;
}

/** Compares the options that make two specs "the same index" in MongoDB's eyes. */
export function sameIndexOptions(a: IndexSpec, b: IndexSpec): boolean {
  const relevant = ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds'] as const;
  return relevant.every((option) => keyOf(toPlain(a[option]) ?? null) === keyOf(toPlain(b[option]) ?? null));
}

export const sameKeyPattern = (a: Doc, b: Doc): boolean => keyOf(a) === keyOf(b);

export interface DuplicateKey {
  index: Index;
  keyValue: Doc;
}

/**
 * One index of a collection. Unique indexes own a hash map from key to _id so a
 * duplicate is found with one lookup, never a scan.
 */
export class Index {
  readonly fields: Array<[string, KeyDirection]>;
  readonly geoFields: string[];
  private readonly partial: Matcher | null;
  private readonly owners = new Map<string, string>();
  /**
   * Ids by value of the first key field, so an equality condition on that field reads
   * a few documents instead of all (null for geo-first and partial indexes, which do
   * not hold every document).
   */
  private readonly postings: Map<string, Set<Doc>> | null;

  /**
   * @param documentById resolves an id for lookups through a single-field unique index,
   *   whose key map already says which document holds a value (no separate postings).
   */
  constructor(readonly spec: IndexSpec, private readonly documentById: (id: string) => Doc | undefined = () => undefined) {
    this.fields = Object.entries(spec.key).map(([field, direction]) => [field, direction as KeyDirection]);
    this.geoFields = this.fields.filter(([, d]) => d === '2dsphere').map(([f]) => f);
    this.partial = spec.partialFilterExpression ? compileFilter(spec.partialFilterExpression) : null;
    const first = this.fields[0];
    const usable = first !== undefined && first[1] !== '2dsphere' && !this.partial && !this.spec.sparse;
    this.uniqueLookup = usable && this.unique && this.fields.length === 1;
    this.postings = usable && !this.uniqueLookup ? new Map() : null;
  }

  private readonly uniqueLookup: boolean;

  /** The indexed field an equality lookup can use, if any. */
  get lookupField(): string | null {
    return this.postings || this.uniqueLookup ? (this.fields[0] as [string, KeyDirection])[0] : null;
  }

  /** Documents having `key` (a keyOf value) in the first field; null if this index cannot tell. */
  docsWithFirstKey(key: string): ReadonlySet<Doc> | null {
    if (this.uniqueLookup) {
      const id = this.owners.get(key);
      const doc = id === undefined ? undefined : this.documentById(id);
      return doc ? new Set([doc]) : EMPTY;
    }
    if (!this.postings) return null;
    return this.postings.get(key) ?? EMPTY;
  }

  private firstFieldKeys(doc: Doc): string[] {
    const field = (this.fields[0] as [string, KeyDirection])[0];
    const keys = new Set<string>();
    for (const value of valuesAtPath(doc, field)) keys.add(keyOf(value === undefined ? null : value));
    return [...keys];
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  get ttlSeconds(): number | undefined {
    const value = this.spec.expireAfterSeconds;
    return value === undefined ? undefined : Number(toPlain(value));
  }

  covers(doc: Doc): boolean {
    if (this.partial && !this.partial.matches(doc)) return false;
    if (this.spec.sparse || this.geoFields.length > 0) {
      return this.fields.some(([field]) => valuesAtPath(doc, field).some((v) => v !== undefined));
    }
    return true;
  }

  /** Every key the document produces (one per combination of array elements). */
  keysOf(doc: Doc): Array<{ key: string; values: unknown[] }> {
    // Checking then adding a document asks twice in a row; stored documents never change.
    if (doc === this.lastKeyed) return this.lastKeys;
    const keys = this.computeKeys(doc);
    this.lastKeyed = doc;
    this.lastKeys = keys;
    return keys;
  }

  private lastKeyed: Doc | null = null;
  private lastKeys: Array<{ key: string; values: unknown[] }> = [];

  private computeKeys(doc: Doc): Array<{ key: string; values: unknown[] }> {
    if (!this.covers(doc)) return [];
    if (this.fields.length === 1 && this.geoFields.length === 0) {
      // The common case, without the combination machinery below.
      const values = valuesAtPath(doc, (this.fields[0] as [string, KeyDirection])[0]);
      if (values.length === 1) {
        const value = values[0] === undefined ? null : values[0];
        return [{ key: keyOf(value), values: [value] }];
      }
    }
    const ordinary = this.fields.filter(([, d]) => d !== '2dsphere');
    let combos: unknown[][] = [[]];
    let arrayFields = 0;
    for (const [field] of ordinary) {
      const values = dedupe(valuesAtPath(doc, field).map((v) => (v === undefined ? null : v)));
      if (values.length > 1) arrayFields++;
      if (arrayFields > 1) {
        throw new StoreError(171, 'CannotIndexParallelArrays', `cannot index parallel arrays [${field}] in index ${this.name}`);
      }
      combos = combos.flatMap((prefix) => values.map((v) => [...prefix, v]));
    }
    return combos.map((values) => ({ key: values.map(keyOf).join('|'), values }));
  }

  /** The first key another document already owns, if any. */
  findConflict(doc: Doc, id: string): DuplicateKey | null {
    if (!this.unique) return null;
    for (const { key, values } of this.keysOf(doc)) {
      const owner = this.owners.get(key);
      if (owner !== undefined && owner !== id) return { index: this, keyValue: this.keyValue(values) };
    }
    return null;
  }

  add(doc: Doc, id: string): void {
    if (this.postings) {
      for (const key of this.firstFieldKeys(doc)) {
        let docs = this.postings.get(key);
        if (!docs) this.postings.set(key, (docs = new Set()));
        docs.add(doc);
      }
    }
    if (!this.unique) return;
    for (const { key } of this.keysOf(doc)) this.owners.set(key, id);
  }

  remove(doc: Doc, id: string): void {
    if (this.postings) {
      for (const key of this.firstFieldKeys(doc)) {
        const docs = this.postings.get(key);
        docs?.delete(doc);
        if (docs?.size === 0) this.postings.delete(key);
      }
    }
    if (!this.unique) return;
    for (const { key } of this.keysOf(doc)) if (this.owners.get(key) === id) this.owners.delete(key);
  }

  private keyValue(values: unknown[]): Doc {
    const out: Doc = {};
    this.fields.filter(([, d]) => d !== '2dsphere').forEach(([field], i) => {
      out[field] = values[i];
    });
    return out;
  }
}

function dedupe(values: unknown[]): unknown[] {
  if (values.length < 2) return values;
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = keyOf(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const EMPTY: ReadonlySet<Doc> = new Set();

export function duplicateKeyError(ns: string, indexName: string, keyPattern: Doc, keyValue: Doc): StoreError {
  return new StoreError(
    11000,
    'DuplicateKey',
    `E11000 duplicate key error collection: ${ns} index: ${indexName} dup key: ${formatDocument(keyValue)}`,
    { keyPattern, keyValue },
  );
}
