import { badValue, failedToParse, notSupported } from '../errors';
import { validatePipeline } from '../engine/aggregate';
import { compileFindFilter } from '../engine/find-filter';
import { compileFilter, parseSort } from '../engine/query';
import { findMatching, newScanStats } from '../engine/scan';
import { countCovered } from '../engine/ordered';
import { isPlainObject, type Doc } from '../values/typed';
import { selectDocuments, type Selection } from './read';
import { assertSimpleCollation } from './collation';
import {
  collectionNameOf, databaseOf, optionalDoc, optionalInt, type CommandContext, type CommandDefinition, type CommandHandler,
} from './context';

const VERBOSITIES = new Set(['queryPlanner', 'executionStats', 'allPlansExecution']);

interface Explained {
  winningPlan: Doc;
  nReturned: number;
  keysExamined: number;
  docsExamined: number;
}

function planFind(inner: Doc, context: CommandContext): Explained {
  const db = databaseOf(inner);
  const collection = context.catalog.get(db, collectionNameOf(inner, 'find'));
  assertSimpleCollation(inner.collation);
  const filter = optionalDoc(inner, 'filter') ?? {};
  const sort = parseSort(optionalDoc(inner, 'sort'));
  const skip = optionalInt(inner, 'skip', { min: 0 }) ?? 0;
  const limit = optionalInt(inner, 'limit', { min: 0 }) ?? 0;
  const plan = compileFindFilter(filter, collection, optionalDoc(inner, 'let'));
  if (!collection) return { winningPlan: { stage: 'EOF' }, nReturned: 0, keysExamined: 0, docsExamined: 0 };
  const selection: Selection = selectDocuments(collection, plan, filter, sort, skip, limit);
  let winningPlan = selection.winningPlan;
  if (skip) winningPlan = { stage: 'SKIP', skipAmount: skip, inputStage: winningPlan };
  if (limit && selection.winningPlan.stage !== 'SORT') winningPlan = { stage: 'LIMIT', limitAmount: limit, inputStage: winningPlan };
  const nReturned = Math.max(0, Math.min(selection.docs.length - skip, limit || Number.POSITIVE_INFINITY));
  return { winningPlan, nReturned, keysExamined: selection.keysExamined, docsExamined: selection.docsExamined };
}

function planMatch(db: string, coll: string, filter: Doc, context: CommandContext, variables?: Doc): Explained & { matched: number } {
  const collection = context.catalog.get(db, coll);
  const matcher = compileFilter(filter, variables);
  if (!collection) return { winningPlan: { stage: 'EOF' }, nReturned: 0, keysExamined: 0, docsExamined: 0, matched: 0 };
  const stats = newScanStats();
  const matched = findMatching(collection, matcher, filter, Number.POSITIVE_INFINITY, stats).length;
  const hasFilter = Object.keys(filter).length > 0;
  const winningPlan = stats.stage === 'COLLSCAN'
    ? { stage: 'COLLSCAN', ...(hasFilter ? { filter } : {}), direction: 'forward' }
    : stats.stage === 'IDHACK'
      ? { stage: 'IDHACK' }
      : {
        stage: 'FETCH', filter,
        inputStage: { stage: 'IXSCAN', indexName: stats.indexName, keyPattern: collection.indexes.find((i) => i.name === stats.indexName)?.spec.key ?? {}, direction: 'forward' },
      };
  return { winningPlan, nReturned: matched, keysExamined: stats.keysExamined, docsExamined: stats.docsExamined, matched };
}

function planCount(inner: Doc, context: CommandContext): Explained {
  const db = databaseOf(inner);
  const coll = collectionNameOf(inner, 'count');
  const query = optionalDoc(inner, 'query') ?? {};
  if (Object.keys(query).length === 0) {
    return { winningPlan: { stage: 'RECORD_STORE_FAST_COUNT' }, nReturned: 0, keysExamined: 0, docsExamined: 0 };
  }
  const collection = context.catalog.get(db, coll);
  const covered = collection ? countCovered(collection, query) : null;
  if (covered) {
    const countScan = { stage: 'COUNT_SCAN', keyPattern: covered.index.spec.key, indexName: covered.index.name };
    return { winningPlan: { stage: 'COUNT', inputStage: countScan }, nReturned: 0, keysExamined: covered.count + 1, docsExamined: 0 };
  }
  const match = planMatch(db, coll, query, context);
  return { winningPlan: { stage: 'COUNT', inputStage: match.winningPlan }, nReturned: 0, keysExamined: match.keysExamined, docsExamined: match.docsExamined };
}

function statsOf(e: Explained): Doc {
  return {
    executionSuccess: true, nReturned: e.nReturned, totalKeysExamined: e.keysExamined, totalDocsExamined: e.docsExamined,
    executionStages: { ...e.winningPlan, nReturned: e.nReturned },
  };
}

/**
 * `explain` for find, count and aggregate, in MongoDB's shape: `queryPlanner.winningPlan`
 * (IDHACK, IXSCAN under FETCH, COLLSCAN, SORT, SKIP, LIMIT, COUNT) and, unless the
 * verbosity is queryPlanner, `executionStats` with what the plan read. An aggregate is
 * explained by its leading `$match` (the part that reads the collection); the stages
 * after it follow in `stages`.
 */
const explain: CommandHandler = (command, context) => {
  const inner = command.explain;
  if (!isPlainObject(inner)) throw failedToParse('explain command requires a nested object');
  const verbosity = command.verbosity ?? 'allPlansExecution';
  if (typeof verbosity !== 'string' || !VERBOSITIES.has(verbosity)) throw badValue(`verbosity string must be one of {'queryPlanner', 'executionStats', 'allPlansExecution'}`);
  const withDb: Doc = { ...inner, $db: command.$db };
  const name = Object.keys(inner)[0];
  const db = databaseOf(withDb);
  const executed = verbosity !== 'queryPlanner';
  const planner = (coll: string, e: Explained): Doc => ({
    queryPlanner: { namespace: `${db}.${coll}`, winningPlan: e.winningPlan, rejectedPlans: [] },
    ...(executed ? { executionStats: statsOf(e) } : {}),
  });
  if (name === 'find') return { ...planner(collectionNameOf(withDb, 'find'), planFind(withDb, context)), ok: 1 };
  if (name === 'count') return { ...planner(collectionNameOf(withDb, 'count'), planCount(withDb, context)), ok: 1 };
  if (name === 'aggregate') {
    const coll = collectionNameOf(withDb, 'aggregate');
    const pipeline = validatePipeline(withDb.pipeline);
    const first = pipeline[0];
    const filter = first && '$match' in first ? (first.$match as Doc) : {};
    const rest = first && '$match' in first ? pipeline.slice(1) : pipeline;
    const match = planMatch(db, coll, filter, context, optionalDoc(withDb, 'let'));
    if (rest.length === 0) return { ...planner(coll, match), ok: 1 };
    return { stages: [{ $cursor: planner(coll, match) }, ...rest], ok: 1 };
  }
  throw notSupported(`explain of ${String(name)}`);
};

export const explainCommands: Record<string, CommandDefinition> = {
  explain: { handler: explain, fields: ['verbosity'] },
};
