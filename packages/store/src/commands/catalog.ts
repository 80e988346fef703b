import { badValue, indexNotFound, invalidOptions, namespaceNotFound, StoreError, typeMismatch } from '../errors';
import { ID_INDEX_SPEC } from '../engine/collection';
import { normaliseIndexSpec } from '../engine/indexes';
import { compileFilter } from '../engine/query';
import { keyOf } from '../values/keys';
import { isPlainObject, toPlain, type Doc } from '../values/typed';
import {
  collectionNameOf, databaseOf, optionalBool, optionalDoc, type CommandDefinition, type CommandHandler,
} from './context';

const CREATE_FIELDS = ['capped', 'size', 'max', 'validator', 'validationLevel', 'validationAction', 'collation',
  'timeseries', 'expireAfterSeconds', 'clusteredIndex', 'viewOn', 'pipeline', 'storageEngine', 'idIndex',
  'changeStreamPreAndPostImages', 'indexOptionDefaults', 'autoIndexId'];

const create: CommandHandler = async (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'create');
  const options: Doc = {};
  for (const field of CREATE_FIELDS) if (command[field] !== undefined) options[field] = command[field];
  context.catalog.create(db, coll, options);
  return { ok: 1 };
};

const drop: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'drop');
  const collection = context.catalog.get(db, coll);
  // Since MongoDB 7.0, dropping a missing collection succeeds.
  if (!collection) return { ok: 1 };
  const nIndexesWas = collection.indexSpecs().length;
  context.catalog.drop(db, coll);
  return { nIndexesWas, ns: `${db}.${coll}`, ok: 1 };
};

const dropDatabase: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  context.catalog.dropDatabase(db);
  return { dropped: db, ok: 1 };
};

const listCollections: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const filter = optionalDoc(command, 'filter');
  const matcher = compileFilter(filter ?? {});
  const nameOnly = optionalBool(command, 'nameOnly');
  const docs = context.catalog.collectionsOf(db)
    .map((collection): Doc => ({
      name: collection.name,
      type: 'collection',
      options: collection.options,
      info: { readOnly: false },
      idIndex: ID_INDEX_SPEC,
    }))
    .filter((doc) => matcher.matches(doc))
    .map((doc) => (nameOnly ? { name: doc.name, type: doc.type } : doc));
  const cursorSpec = optionalDoc(command, 'cursor');
  const batch = context.cursors.first(`${db}.$cmd.listCollections`, docs, cursorSpec ? (toPlain(cursorSpec.batchSize) as number | undefined) : undefined);
  return { cursor: { id: batch.id, ns: `${db}.$cmd.listCollections`, firstBatch: batch.docs }, ok: 1 };
};

const listDatabases: CommandHandler = (command, context) => {
  const nameOnly = optionalBool(command, 'nameOnly');
  const matcher = compileFilter(optionalDoc(command, 'filter') ?? {});
  const databases = context.catalog.databaseNames()
    .map((name): Doc => ({ name, sizeOnDisk: 0, empty: context.catalog.collectionsOf(name).every((c) => c.docs.size === 0) }))
    .filter((doc) => matcher.matches(doc))
    .map((doc) => (nameOnly ? { name: doc.name } : doc));
  return nameOnly ? { databases, ok: 1 } : { databases, totalSize: 0, totalSizeMb: 0, ok: 1 };
};

const renameCollection: CommandHandler = (command, context) => {
  const from = command.renameCollection;
  const to = command.to;
  if (typeof from !== 'string' || typeof to !== 'string') throw typeMismatch('renameCollection and to must be strings');
  const [fromDb, ...fromRest] = from.split('.');
  const [toDb, ...toRest] = to.split('.');
  const fromColl = fromRest.join('.');
  const toColl = toRest.join('.');
  if (!fromDb || !fromColl || !toDb || !toColl) throw new StoreError(73, 'InvalidNamespace', `Invalid namespace: ${from} -> ${to}`);
  if (!context.catalog.get(fromDb, fromColl)) throw namespaceNotFound('Source collection does not exist');
  if (context.catalog.get(toDb, toColl)) {
    if (!optionalBool(command, 'dropTarget')) throw new StoreError(48, 'NamespaceExists', 'target namespace exists');
    context.catalog.drop(toDb, toColl);
  }
  context.catalog.rename(fromDb, fromColl, toDb, toColl);
  return { ok: 1 };
};

const createIndexes: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'createIndexes');
  const raw = command.indexes;
  if (!Array.isArray(raw) || raw.length === 0) throw badValue('Must specify at least one index to create');
  const specs = raw.map(normaliseIndexSpec);
  const existed = context.catalog.get(db, coll);
  const collection = context.catalog.ensure(db, coll);
  const numIndexesBefore = collection.indexSpecs().length;
  let created = 0;
  for (const spec of specs) if (collection.createIndex(spec)) created++;
  const reply: Doc = {
    numIndexesBefore,
    numIndexesAfter: collection.indexSpecs().length,
    createdCollectionAutomatically: !existed,
    ok: 1,
  };
  if (created === 0) reply.note = 'all indexes already exist';
  return reply;
};

const listIndexes: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'listIndexes');
  const collection = context.catalog.require(db, coll);
  const ns = `${db}.${coll}`;
  const cursorSpec = optionalDoc(command, 'cursor');
  const batch = context.cursors.first(`${ns}`, collection.indexSpecs(), cursorSpec ? (toPlain(cursorSpec.batchSize) as number | undefined) : undefined);
  return { cursor: { id: batch.id, ns, firstBatch: batch.docs }, ok: 1 };
};

const dropIndexes: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, command.dropIndexes !== undefined ? 'dropIndexes' : 'deleteIndexes');
  const collection = context.catalog.require(db, coll);
  const nIndexesWas = collection.indexSpecs().length;
  const target = command.index;
  const specs = collection.indexSpecs();
  let names: string[];
  if (target === '*') {
    names = specs.filter((s) => s.name !== '_id_').map((s) => s.name);
  } else if (typeof target === 'string') {
    names = [target];
  } else if (Array.isArray(target)) {
    names = target.map(String);
  } else if (isPlainObject(target)) {
    const key = keyOf(toPlain(target));
    const found = specs.find((s) => keyOf(toPlain(s.key)) === key);
    if (!found) throw indexNotFound(`can't find index with key: ${JSON.stringify(toPlain(target))}`);
    names = [found.name];
  } else {
    throw typeMismatch("BSON field 'dropIndexes.index' is the wrong type");
  }
  for (const name of names) {
    if (name === '_id_') throw invalidOptions('cannot drop _id index');
    if (!collection.hasIndex(name)) throw indexNotFound(`index not found with name [${name}]`);
  }
  for (const name of names) collection.dropIndex(name);
  return { nIndexesWas, ok: 1 };
};

export const catalogCommands: Record<string, CommandDefinition> = {
  create: { handler: create, fields: CREATE_FIELDS },
  drop: { handler: drop, fields: [] },
  dropDatabase: { handler: dropDatabase, fields: [] },
  listCollections: { handler: listCollections, fields: ['filter', 'nameOnly', 'authorizedCollections', 'cursor'] },
  listDatabases: { handler: listDatabases, fields: ['filter', 'nameOnly', 'authorizedDatabases'] },
  renameCollection: { handler: renameCollection, fields: ['to', 'dropTarget', 'stayTemp'] },
  createIndexes: { handler: createIndexes, fields: ['indexes', 'commitQuorum'] },
  listIndexes: { handler: listIndexes, fields: ['cursor'] },
  dropIndexes: { handler: dropIndexes, fields: ['index'] },
  deleteIndexes: { handler: dropIndexes, fields: ['index'] },
};
