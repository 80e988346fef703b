import { ObjectId } from '../values/bson';
import { failedToParse, StoreError, toStoreError, typeMismatch } from '../errors';
import type { Collection } from '../engine/collection';
import { compileFilter, parseSort, projectDocuments, sortDocuments, validateProjection } from '../engine/query';
import { findMatching } from '../engine/scan';
import { assertStorableId } from '../engine/storage-validation';
import { applyUpdate, applyUpdateToMany, buildUpsert, parseUpdate } from '../engine/update';
import { isPlainObject, numericValue, type Doc } from '../values/typed';
import { assertSimpleCollation } from './collation';
import {
  collectionNameOf, databaseOf, optionalBool, optionalDoc, type CommandContext, type CommandDefinition, type CommandHandler,
} from './context';

interface WriteError {
  index: number;
  code: number;
  errmsg: string;
  [extra: string]: unknown;
}

function writeErrorOf(index: number, err: unknown): WriteError {
  const e = toStoreError(err);
  return { index, code: e.code, errmsg: e.message, ...e.extra };
}

function statements(command: Doc, field: string, commandName: string): Doc[] {
  const list = command[field];
  if (!Array.isArray(list)) throw typeMismatch(`BSON field '${commandName}.${field}' is missing or not an array`);
  for (const item of list) if (!isPlainObject(item)) throw typeMismatch(`BSON field '${commandName}.${field}' must contain objects`);
  return list as Doc[];
}

const isOrdered = (command: Doc): boolean => command.ordered === undefined || optionalBool(command, 'ordered');

/**
 * Puts _id first (generating an ObjectId if absent), as mongod stores it. `$`-prefixed and
 * dotted field names are stored as given (MongoDB 5.0+); only `_id` may not contain `$` names.
 */
function prepareInsert(doc: Doc): Doc {
  assertStorableId(doc._id);
  if (Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id: _id === undefined ? new ObjectId() : _id, ...rest };
}

async function finishWrite(context: CommandContext, reply: Doc, writeErrors: WriteError[]): Promise<Doc> {
  // The reply goes out only once every change it reports is on disk.
  await context.durable();
  if (writeErrors.length) reply.writeErrors = writeErrors;
  return reply;
}

const insert: CommandHandler = async (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'insert');
  const docs = statements(command, 'documents', 'insert');
  const ordered = isOrdered(command);
  const writeErrors: WriteError[] = [];
  let n = 0;
  let collection: Collection | undefined;
  for (let i = 0; i < docs.length; i++) {
    try {
      collection ??= context.catalog.ensure(db, coll);
      collection.insert(prepareInsert(docs[i] as Doc));
      n++;
    } catch (err) {
      writeErrors.push(writeErrorOf(i, err));
      if (ordered) break;
    }
  }
  return finishWrite(context, { n, ok: 1 }, writeErrors);
};

const UPDATE_STATEMENT_FIELDS = new Set(['q', 'u', 'upsert', 'multi', 'arrayFilters', 'collation', 'hint', 'c', 'upsertSupplied']);

const update: CommandHandler = async (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'update');
  const list = statements(command, 'updates', 'update');
  const ordered = isOrdered(command);
  const variables = optionalDoc(command, 'let');
  const writeErrors: WriteError[] = [];
  const upserted: Doc[] = [];
  let n = 0;
  let nModified = 0;
  for (let i = 0; i < list.length; i++) {
    const statement = list[i] as Doc;
    try {
      for (const field of Object.keys(statement)) {
        if (!UPDATE_STATEMENT_FIELDS.has(field)) throw new StoreError(40415, 'Location40415', `BSON field 'update.updates.${field}' is an unknown field.`);
      }
      if (statement.sort !== undefined) throw failedToParse('update sort is not supported');
      assertSimpleCollation(statement.collation);
      const filter = optionalDoc(statement, 'q') ?? {};
      const spec = parseUpdate(statement.u);
      const multi = optionalBool(statement, 'multi');
      if (multi && spec.kind === 'replacement') throw failedToParse('multi update is not supported for replacement-style update');
      const arrayFilters = statement.arrayFilters as Doc[] | undefined;
      const matcher = compileFilter(filter, variables);
      const collection = context.catalog.get(db, coll);
      const matches = collection ? findMatching(collection, matcher, filter, multi ? Number.POSITIVE_INFINITY : 1) : [];
      const { outcomes, error } = applyUpdateToMany(matches, spec, { filter: matcher.plainFilter, arrayFilters, isInsert: false, variables });
      outcomes.forEach((outcome, k) => {
        n++;
        if (outcome.modified) {
          (collection as Collection).replace(matches[k] as Doc, outcome.doc);
          nModified++;
        }
      });
      if (error) throw error;
      if (matches.length === 0 && optionalBool(statement, 'upsert')) {
        const doc = buildUpsert(matcher.plainFilter, spec, arrayFilters, variables);
        context.catalog.ensure(db, coll).insert(doc);
        upserted.push({ index: i, _id: doc._id });
        n++;
      }
    } catch (err) {
      writeErrors.push(writeErrorOf(i, err));
      if (ordered) break;
    }
  }
  const reply: Doc = { n, nModified, ok: 1 };
  if (upserted.length) reply.upserted = upserted;
  return finishWrite(context, reply, writeErrors);
};

const del: CommandHandler = async (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'delete');
  const list = statements(command, 'deletes', 'delete');
  const ordered = isOrdered(command);
  const variables = optionalDoc(command, 'let');
  const writeErrors: WriteError[] = [];
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const statement = list[i] as Doc;
    try {
      assertSimpleCollation(statement.collation);
      const filter = optionalDoc(statement, 'q') ?? {};
      const limit = numericValue(statement.limit) ?? 0;
      if (limit !== 0 && limit !== 1) throw failedToParse('The limit field in delete objects must be 0 or 1');
      const matcher = compileFilter(filter, variables);
      const collection = context.catalog.get(db, coll);
      if (!collection) continue;
      for (const doc of findMatching(collection, matcher, filter, limit === 1 ? 1 : Number.POSITIVE_INFINITY)) {
        collection.remove(doc);
        n++;
      }
    } catch (err) {
      writeErrors.push(writeErrorOf(i, err));
      if (ordered) break;
    }
  }
  return finishWrite(context, { n, ok: 1 }, writeErrors);
};

const findAndModify: CommandHandler = async (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'findAndModify');
  assertSimpleCollation(command.collation);
  const variables = optionalDoc(command, 'let');
  const filter = optionalDoc(command, 'query') ?? {};
  const sort = parseSort(optionalDoc(command, 'sort'));
  const projection = validateProjection(optionalDoc(command, 'fields'));
  const remove = optionalBool(command, 'remove');
  const returnNew = optionalBool(command, 'new');
  const upsert = optionalBool(command, 'upsert');
  if (remove && command.update !== undefined) throw failedToParse('Cannot specify both an update and remove=true');
  if (!remove && command.update === undefined) throw failedToParse('Either an update or remove=true must be specified');
  if (remove && (upsert || returnNew)) throw failedToParse('Cannot specify both upsert=true and remove=true');
  const spec = remove ? null : parseUpdate(command.update);
  const arrayFilters = command.arrayFilters as Doc[] | undefined;
  const matcher = compileFilter(filter, variables);
  const collection = context.catalog.get(db, coll);
  let candidates = collection ? findMatching(collection, matcher, filter, sort ? Number.POSITIVE_INFINITY : 1) : [];
  if (sort) candidates = sortDocuments(candidates, sort, 1);
  const target = candidates[0];
  const present = (doc: Doc | null): Doc | null => (doc && projection ? (projectDocuments([doc], projection, variables)[0] ?? null) : doc);

  let reply: Doc;
  if (remove) {
    if (target) (collection as Collection).remove(target);
    reply = { lastErrorObject: { n: target ? 1 : 0 }, value: present(target ?? null), ok: 1 };
  } else if (target) {
    const outcome = applyUpdate(target, spec as NonNullable<typeof spec>, { filter: matcher.plainFilter, arrayFilters, isInsert: false, variables });
    if (outcome.modified) (collection as Collection).replace(target, outcome.doc);
    reply = { lastErrorObject: { n: 1, updatedExisting: true }, value: present(returnNew ? outcome.doc : target), ok: 1 };
  } else if (upsert) {
    const doc = buildUpsert(matcher.plainFilter, spec as NonNullable<typeof spec>, arrayFilters, variables);
    context.catalog.ensure(db, coll).insert(doc);
    reply = { lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id }, value: present(returnNew ? doc : null), ok: 1 };
  } else {
    reply = { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
  }
  await context.durable();
  return reply;
};

export const writeCommands: Record<string, CommandDefinition> = {
  insert: { handler: insert, fields: ['documents', 'ordered', 'bypassDocumentValidation'] },
  update: { handler: update, fields: ['updates', 'ordered', 'bypassDocumentValidation', 'let'] },
  delete: { handler: del, fields: ['deletes', 'ordered', 'let'] },
  findAndModify: {
    handler: findAndModify,
    fields: ['query', 'sort', 'remove', 'update', 'new', 'fields', 'upsert', 'arrayFilters', 'bypassDocumentValidation', 'let', 'hint', 'collation'],
  },
  findandmodify: {
    handler: (command, context) => findAndModify({ ...command, findAndModify: command.findandmodify }, context),
    fields: ['query', 'sort', 'remove', 'update', 'new', 'fields', 'upsert', 'arrayFilters', 'bypassDocumentValidation', 'let', 'hint', 'collation'],
  },
};
