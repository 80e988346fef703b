import { badValue } from '../errors';
import { assertIndexableGeometry } from '../geo/validation';
import { keyOf } from '../values/keys';
import type { Doc } from '../values/typed';
import {
  duplicateKeyError, Index, sameIndexOptions, sameKeyPattern, type IndexSpec,
} from './indexes';
import type { Journal } from './journal';
import { rememberStored } from './plain-view';
import { StoreError } from '../errors';
import { formatDocument } from '../values/format';

export const ID_INDEX_SPEC: IndexSpec = { v: 2, key: { _id: 1 }, name: '_id_' };

/**
 * Documents of one collection, keyed by their _id's canonical key, in insertion order.
 * Stored documents are never mutated: an update stores a new object, so readers and
 * snapshots can hold references without copying.
 */
export class Collection {
  readonly docs = new Map<string, Doc>();
  private readonly secondary = new Map<string, Index>();
  /** Grows with every change to documents or indexes (ordered views rebuild when it moves). */
  revision = 0;

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: Doc,
    private readonly journal: Journal,
  ) {}

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get indexes(): Index[] {
    return [...this.secondary.values()];
  }

  indexSpecs(): IndexSpec[] {
    return [ID_INDEX_SPEC, ...this.indexes.map((index) => index.spec)];
  }

  getById(id: unknown): Doc | undefined {
    return this.docs.get(keyOf(id));
  }

  /** Throws the error MongoDB would give if `doc` cannot be stored (duplicate key, bad geometry). */
  private check(doc: Doc, id: string, isNew: boolean): void {
    if (isNew && this.docs.has(id)) {
      throw duplicateKeyError(this.ns, '_id_', { _id: 1 }, { _id: doc._id });
    }
    for (const index of this.secondary.values()) {
      for (const field of index.geoFields) assertIndexableGeometry(doc, field);
      const conflict = index.findConflict(doc, id);
      if (conflict) throw duplicateKeyError(this.ns, index.name, index.spec.key, conflict.keyValue);
    }
  }

  insert(doc: Doc): void {
    this.revision++;
    if (Array.isArray(doc._id)) throw badValue(`can't use an array for _id`);
    const id = keyOf(doc._id);
    this.check(doc, id, true);
    rememberStored(doc);
    this.docs.set(id, doc);
    for (const index of this.secondary.values()) index.add(doc, id);
    this.journal.append({ op: 'insert', db: this.db, coll: this.name, doc });
  }

  /** Replaces a stored document with a new version having the same _id. */
  replace(previous: Doc, next: Doc): void {
    this.revision++;
    const id = keyOf(previous._id);
    for (const index of this.secondary.values()) index.remove(previous, id);
    try {
      this.check(next, id, false);
    } catch (err) {
      for (const index of this.secondary.values()) index.add(previous, id);
      throw err;
    }
    rememberStored(next);
    this.docs.set(id, next);
    for (const index of this.secondary.values()) index.add(next, id);
    this.journal.append({ op: 'replace', db: this.db, coll: this.name, doc: next });
  }

  remove(doc: Doc): void {
    this.revision++;
    const id = keyOf(doc._id);
    if (!this.docs.delete(id)) return;
    for (const index of this.secondary.values()) index.remove(doc, id);
    this.journal.append({ op: 'delete', db: this.db, coll: this.name, id: doc._id });
  }

  /** Adds an index, building it over existing documents; false if an identical one exists. */
  createIndex(spec: IndexSpec): boolean {
    this.revision++;
    const existing = this.findIndexConflict(spec);
    if (existing === 'identical') return false;
    const index = this.newIndex(spec);
    for (const [id, doc] of this.docs) {
      for (const field of index.geoFields) assertIndexableGeometry(doc, field);
      const conflict = index.findConflict(doc, id);
      if (conflict) throw duplicateKeyError(this.ns, index.name, index.spec.key, conflict.keyValue);
      index.add(doc, id);
    }
    this.secondary.set(spec.name, index);
    this.journal.append({ op: 'createIndex', db: this.db, coll: this.name, spec });
    return true;
  }

  private findIndexConflict(spec: IndexSpec): 'identical' | null {
    const requested = formatDocument(spec);
    for (const existingSpec of this.indexSpecs()) {
      const sameName = existingSpec.name === spec.name;
      const sameKey = sameKeyPattern(existingSpec.key, spec.key);
      const sameOptions = sameIndexOptions(existingSpec, spec);
      if (sameName && sameKey && sameOptions) return 'identical';
      if (sameName && !sameKey) {
        throw new StoreError(86, 'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${requested}, existing index: ${formatDocument(existingSpec)}`);
      }
      if (sameName) {
        throw new StoreError(85, 'IndexOptionsConflict', `An equivalent index already exists with the same name but different options. Requested index: ${requested}, existing index: ${formatDocument(existingSpec)}`);
      }
      if (sameKey && sameOptions) {
        throw new StoreError(85, 'IndexOptionsConflict', `Index already exists with a different name: ${existingSpec.name}`);
      }
      if (sameKey) {
        throw new StoreError(85, 'IndexOptionsConflict', `An equivalent index already exists with a different name and options. Requested index: ${requested}, existing index: ${formatDocument(existingSpec)}`);
      }
    }
    return null;
  }

  hasIndex(name: string): boolean {
    return name === '_id_' || this.secondary.has(name);
  }

  dropIndex(name: string): void {
    this.revision++;
    if (!this.secondary.delete(name)) return;
    this.journal.append({ op: 'dropIndex', db: this.db, coll: this.name, name });
  }

  /** Restores a document during recovery, bypassing the journal (it is already on disk). */
  restore(doc: Doc): void {
    this.revision++;
    const id = keyOf(doc._id);
    const previous = this.docs.get(id);
    if (previous) for (const index of this.secondary.values()) index.remove(previous, id);
    rememberStored(doc);
    this.docs.set(id, doc);
    for (const index of this.secondary.values()) index.add(doc, id);
  }

  restoreDelete(id: unknown): void {
    this.revision++;
    const key = keyOf(id);
    const previous = this.docs.get(key);
    if (!previous) return;
    for (const index of this.secondary.values()) index.remove(previous, key);
    this.docs.delete(key);
  }

  private newIndex(spec: IndexSpec): Index {
    return new Index(spec, (id) => this.docs.get(id));
  }

  restoreIndex(spec: IndexSpec): void {
    this.revision++;
    const index = this.newIndex(spec);
    for (const [id, doc] of this.docs) index.add(doc, id);
    this.secondary.set(spec.name, index);
  }

  restoreDropIndex(name: string): void {
    this.revision++;
    this.secondary.delete(name);
  }
}
