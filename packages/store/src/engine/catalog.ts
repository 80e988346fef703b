import { invalidNamespace, namespaceExists, namespaceNotFound, notSupported } from '../errors';
import type { Doc } from '../values/typed';
import { Collection } from './collection';
import type { IndexSpec } from './indexes';
import type { Journal, LogRecord } from './journal';

const DB_NAME_FORBIDDEN = /[/\\. "$*<>:|?\0]/;

export function assertDatabaseName(db: unknown): asserts db is string {
  if (typeof db !== 'string' || db.length === 0 || db.length >= 64 || DB_NAME_FORBIDDEN.test(db)) {
    throw invalidNamespace(`Invalid database name: '${String(db)}'`);
  }
}

export function assertCollectionName(db: string, coll: unknown): asserts coll is string {
  if (typeof coll !== 'string' || coll.length === 0) throw invalidNamespace(`Invalid namespace specified '${db}.'`);
  if (coll.includes('\0') || coll.includes('$') || coll.startsWith('.')) {
    throw invalidNamespace(`Invalid collection name: ${coll}`);
  }
  if (coll.startsWith('system.')) throw notSupported(`system collection '${coll}'`);
}

const ACCEPTED_COLLECTION_OPTIONS = new Set(['storageEngine', 'idIndex']);

/** All databases and their collections; every change is reported to the journal. */
export class Catalog {
  private readonly databases = new Map<string, Map<string, Collection>>();

  constructor(private readonly journal: Journal) {}

  get(db: string, coll: string): Collection | undefined {
    return this.databases.get(db)?.get(coll);
  }

  /** The collection, or NamespaceNotFound (26) as listIndexes and friends report it. */
  require(db: string, coll: string): Collection {
    const found = this.get(db, coll);
    if (!found) throw namespaceNotFound(`ns does not exist: ${db}.${coll}`);
    return found;
  }

  /** Implicit creation, as an insert or createIndexes into a new collection does. */
  ensure(db: string, coll: string): Collection {
    return this.get(db, coll) ?? this.create(db, coll, {});
  }

  create(db: string, coll: string, options: Doc): Collection {
    assertDatabaseName(db);
    assertCollectionName(db, coll);
    for (const option of Object.keys(options)) {
      if (!ACCEPTED_COLLECTION_OPTIONS.has(option)) throw notSupported(`collection option '${option}'`);
    }
    if (this.get(db, coll)) throw namespaceExists(`Collection ${db}.${coll} already exists.`);
    const collection = new Collection(db, coll, options, this.journal);
    this.collections(db, true).set(coll, collection);
    this.journal.append({ op: 'createCollection', db, coll, options });
    return collection;
  }

  drop(db: string, coll: string): boolean {
    const collections = this.databases.get(db);
    if (!collections?.delete(coll)) return false;
    if (collections.size === 0) this.databases.delete(db);
    this.journal.append({ op: 'dropCollection', db, coll });
    return true;
  }

  dropDatabase(db: string): void {
    if (!this.databases.delete(db)) return;
    this.journal.append({ op: 'dropDatabase', db });
  }

  rename(db: string, coll: string, toDb: string, toColl: string): void {
    assertDatabaseName(toDb);
    assertCollectionName(toDb, toColl);
    const source = this.require(db, coll);
    if (this.get(toDb, toColl)) throw namespaceExists('target namespace exists');
    this.moveCollection(source, toDb, toColl);
    this.journal.append({ op: 'renameCollection', db, coll, toDb, toColl });
  }

  private moveCollection(source: Collection, toDb: string, toColl: string): void {
    const target = new Collection(toDb, toColl, source.options, this.journal);
    for (const spec of source.indexes.map((index) => index.spec)) target.restoreIndex(spec);
    for (const doc of source.docs.values()) target.restore(doc);
    const from = this.databases.get(source.db);
    from?.delete(source.name);
    if (from?.size === 0) this.databases.delete(source.db);
    this.collections(toDb, true).set(toColl, target);
  }

  databaseNames(): string[] {
    return [...this.databases.keys()];
  }

  collectionsOf(db: string): Collection[] {
    return [...(this.databases.get(db)?.values() ?? [])];
  }

  allCollections(): Collection[] {
    return [...this.databases.values()].flatMap((collections) => [...collections.values()]);
  }

  private collections(db: string, create: true): Map<string, Collection>;
  private collections(db: string, create: boolean): Map<string, Collection> | undefined {
    let collections = this.databases.get(db);
    if (!collections && create) {
      collections = new Map();
      this.databases.set(db, collections);
    }
    return collections;
  }

  /** Re-applies a logged change during recovery, without logging it again. */
  replay(record: LogRecord): void {
    switch (record.op) {
      case 'insert':
      case 'replace':
        this.restoreCollection(record.db, record.coll).restore(record.doc);
        return;
      case 'delete':
        this.get(record.db, record.coll)?.restoreDelete(record.id);
        return;
      case 'createCollection':
        this.restoreCollection(record.db, record.coll, record.options);
        return;
      case 'dropCollection': {
        const collections = this.databases.get(record.db);
        collections?.delete(record.coll);
        if (collections?.size === 0) this.databases.delete(record.db);
        return;
      }
      case 'createIndex':
        this.restoreCollection(record.db, record.coll).restoreIndex(record.spec as IndexSpec);
        return;
      case 'dropIndex':
        this.get(record.db, record.coll)?.restoreDropIndex(record.name);
        return;
      case 'dropDatabase':
        this.databases.delete(record.db);
        return;
      case 'renameCollection': {
        const source = this.get(record.db, record.coll);
        if (source) this.moveCollection(source, record.toDb, record.toColl);
        return;
      }
    }
  }

  private restoreCollection(db: string, coll: string, options: Doc = {}): Collection {
    const existing = this.get(db, coll);
    if (existing) return existing;
    const collection = new Collection(db, coll, options, this.journal);
    this.collections(db, true).set(coll, collection);
    return collection;
  }
}
