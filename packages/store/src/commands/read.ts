import { Long } from '../values/bson';
import { badValue, notSupported, typeMismatch } from '../errors';
import { compileFilter, parseSort, projectDocuments, sortDocuments, validateProjection, type SortSpec } from '../engine/query';
import { compileFindFilter, type FindPlan } from '../engine/find-filter';
import type { Collection } from '../engine/collection';
import { newScanStats } from '../engine/scan';
import { findMatching } from '../engine/scan';
import { countCovered, planSortedWalk, walkSorted } from '../engine/ordered';
import { keyOf } from '../values/keys';
import { valuesAtPath } from '../values/paths';
import { isPlainObject, numericValue, type Doc } from '../values/typed';
import {
  collectionNameOf, databaseOf, existingCollection, optionalBool, optionalDoc, optionalInt,
  type CommandDefinition, type CommandHandler,
} from './context';
import { assertSimpleCollation } from './collation';

const find: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  const coll = collectionNameOf(command, 'find');
  const ns = `${db}.${coll}`;
  if (optionalBool(command, 'tailable') || optionalBool(command, 'awaitData')) throw notSupported('tailable cursors');
  if (command.min !== undefined || command.max !== undefined) throw notSupported('find min/max');
  if (optionalBool(command, 'returnKey') || optionalBool(command, 'showRecordId')) throw notSupported('find returnKey/showRecordId');
  assertSimpleCollation(command.collation);
  const variables = optionalDoc(command, 'let');
  const filter = optionalDoc(command, 'filter') ?? {};
  const sort = parseSort(optionalDoc(command, 'sort'));
  const projection = validateProjection(optionalDoc(command, 'projection'));
  const skip = optionalInt(command, 'skip', { min: 0 }) ?? 0;
  const rawLimit = optionalInt(command, 'limit') ?? 0;
  if (rawLimit < 0) throw badValue('limit value must be non-negative');
  const batchSize = optionalInt(command, 'batchSize', { min: 0 });
  const collection = existingCollection(context, command, 'find');
  assertHint(command.hint, collection?.indexSpecs().map((s) => ({ name: s.name, key: s.key })) ?? []);

  // Validate even when the collection is missing: a bad filter is an error either way.
  const plan = compileFindFilter(filter, collection, variables);
  let docs: Doc[] = [];
  if (collection) {
    docs = selectDocuments(collection, plan, filter, sort, skip, rawLimit).docs;
    if (skip || rawLimit) docs = docs.slice(skip, rawLimit ? skip + rawLimit : undefined);
    if (projection) docs = projectDocuments(docs, projection, variables);
  }
  const singleBatch = optionalBool(command, 'singleBatch');
  const batch = context.cursors.first(ns, docs, batchSize, singleBatch);
  return { cursor: { firstBatch: batch.docs, id: batch.id, ns }, ok: 1 };
};

export interface Selection {
  docs: Doc[];
  /** The plan in explain's shape (innermost access stage, then FETCH / SORT). */
  winningPlan: Doc;
  keysExamined: number;
  docsExamined: number;
}

/**
 * The documents a find returns before skip/limit are applied (sorted, and only the first
 * skip + limit when limited). An index whose order is the sort is walked and stopped at
 * skip + limit; otherwise matches are found (by _id, an index's postings, or a scan) and sorted.
 */
export function selectDocuments(
  collection: Collection, plan: FindPlan, filter: Doc, sort: SortSpec | null, skip: number, limit: number,
): Selection {
  const keep = limit ? skip + limit : Number.POSITIVE_INFINITY;
  const walk = sort && !plan.near ? planSortedWalk(collection, filter, sort) : null;
  if (walk) {
    const result = walkSorted(collection, walk, plan.matcher, keep);
    const ixscan: Doc = {
      stage: 'IXSCAN', keyPattern: walk.index.spec.key, indexName: walk.index.name, isMultiKey: false,
      direction: walk.backward ? 'backward' : 'forward',
    };
    return {
      docs: result.docs,
      winningPlan: { stage: 'FETCH', ...(Object.keys(filter).length ? { filter } : {}), inputStage: ixscan },
      keysExamined: result.keysExamined,
      docsExamined: result.docsExamined,
    };
  }
  const stats = newScanStats();
  const stopEarly = !sort && !plan.near ? keep : Number.POSITIVE_INFINITY;
  let docs = findMatching(collection, plan.matcher, filter, stopEarly, stats);
  if (plan.near) docs = plan.near.sortByDistance(docs);
  if (sort) docs = sortDocuments(docs, sort, keep);
  let access: Doc;
  if (stats.stage === 'COLLSCAN') access = { stage: 'COLLSCAN', ...(Object.keys(filter).length ? { filter } : {}), direction: 'forward' };
  else if (stats.stage === 'IDHACK') access = { stage: 'IDHACK' };
  else {
    const index = collection.indexes.find((i) => i.name === stats.indexName);
    access = {
      stage: 'FETCH', filter,
      inputStage: { stage: 'IXSCAN', keyPattern: index?.spec.key ?? {}, indexName: stats.indexName, direction: 'forward' },
    };
  }
  const winningPlan = sort ? { stage: 'SORT', sortPattern: Object.fromEntries(sort), ...(limit ? { limitAmount: keep } : {}), inputStage: access } : access;
  return { docs, winningPlan, keysExamined: stats.keysExamined, docsExamined: stats.docsExamined };
}

function assertHint(hint: unknown, indexes: Array<{ name: string; key: Doc }>): void {
  if (hint === undefined || hint === null) return;
  if (typeof hint === 'string') {
    if (!indexes.some((i) => i.name === hint)) throw badValue('hint provided does not correspond to an existing index');
    return;
  }
  if (isPlainObject(hint)) {
    if (Object.keys(hint).length === 0) return;
    if ('$natural' in hint) return;
    const key = keyOf(Object.fromEntries(Object.entries(hint).map(([k, v]) => [k, typeof v === 'string' ? v : numericValue(v)])));
    if (!indexes.some((i) => keyOf(i.key) === key)) throw badValue('hint provided does not correspond to an existing index');
    return;
  }
  throw badValue('hint must be a string or an object');
}

const getMore: CommandHandler = (command, context) => {
  const raw = command.getMore;
  if (!(raw instanceof Long)) throw typeMismatch(`BSON field 'getMore.getMore' is the wrong type '${typeof raw}', expected type 'long'`);
  const db = databaseOf(command);
  const coll = command.collection;
  if (typeof coll !== 'string') throw typeMismatch("BSON field 'getMore.collection' is missing or not a string");
  const ns = `${db}.${coll}`;
  const batch = context.cursors.next(raw, ns, optionalInt(command, 'batchSize', { min: 0 }) || undefined);
  return { cursor: { nextBatch: batch.docs, id: batch.id, ns }, ok: 1 };
};

const killCursors: CommandHandler = (command, context) => {
  const ids = command.cursors;
  if (!Array.isArray(ids)) throw typeMismatch("BSON field 'killCursors.cursors' is missing or not an array");
  const cursorsKilled: Long[] = [];
  const cursorsNotFound: Long[] = [];
  for (const id of ids) {
    const long = id instanceof Long ? id : Long.fromNumber(numericValue(id) ?? 0);
    (context.cursors.kill(long) ? cursorsKilled : cursorsNotFound).push(long);
  }
  return { cursorsKilled, cursorsNotFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
};

const count: CommandHandler = (command, context) => {
  assertSimpleCollation(command.collation);
  const collection = existingCollection(context, command, 'count');
  const query = optionalDoc(command, 'query') ?? {};
  const skip = optionalInt(command, 'skip', { min: 0 }) ?? 0;
  const limit = Math.abs(optionalInt(command, 'limit') ?? 0);
  const matcher = compileFilter(query);
  if (!collection) return { n: 0, ok: 1 };
  if (Object.keys(query).length === 0) {
    const total = Math.max(0, collection.docs.size - skip);
    return { n: limit ? Math.min(limit, total) : total, ok: 1 };
  }
  const covered = countCovered(collection, query);
  const matched = covered ? Math.min(covered.count, limit ? skip + limit : Number.POSITIVE_INFINITY)
    : findMatching(collection, matcher, query, limit ? skip + limit : Number.POSITIVE_INFINITY).length;
  return { n: Math.max(0, matched - skip), ok: 1 };
};

const distinct: CommandHandler = (command, context) => {
  assertSimpleCollation(command.collation);
  const key = command.key;
  if (typeof key !== 'string' || key === '') throw typeMismatch("BSON field 'distinct.key' is missing or not a string");
  const collection = existingCollection(context, command, 'distinct');
  const query = optionalDoc(command, 'query') ?? {};
  const matcher = compileFilter(query);
  if (!collection) return { values: [], ok: 1 };
  const seen = new Map<string, unknown>();
  for (const doc of findMatching(collection, matcher, query)) {
    for (const value of valuesAtPath(doc, key)) {
      if (value === undefined) continue;
      const k = keyOf(value);
      if (!seen.has(k)) seen.set(k, value);
    }
  }
  return { values: [...seen.values()], ok: 1 };
};

export const readCommands: Record<string, CommandDefinition> = {
  find: {
    handler: find,
    fields: ['filter', 'sort', 'projection', 'hint', 'skip', 'limit', 'batchSize', 'singleBatch', 'let', 'collation',
      'allowDiskUse', 'noCursorTimeout', 'allowPartialResults', 'tailable', 'awaitData', 'min', 'max', 'returnKey',
      'showRecordId', 'oplogReplay'],
  },
  getMore: { handler: getMore, fields: ['collection', 'batchSize'] },
  killCursors: { handler: killCursors, fields: ['cursors'] },
  count: { handler: count, fields: ['query', 'limit', 'skip', 'hint', 'collation', 'fields'] },
  distinct: { handler: distinct, fields: ['key', 'query', 'collation', 'hint'] },
};
