import { failedToParse, notSupported } from '../errors';
import { runPipeline, validatePipeline } from '../engine/aggregate';
import { isPlainObject } from '../values/typed';
import { assertSimpleCollation } from './collation';
import { collectionNameOf, databaseOf, optionalBool, optionalDoc, optionalInt, type CommandDefinition, type CommandHandler } from './context';

const aggregate: CommandHandler = (command, context) => {
  const db = databaseOf(command);
  if (typeof command.aggregate !== 'string') throw notSupported('database-level aggregate (aggregate: 1)');
  const coll = collectionNameOf(command, 'aggregate');
  if (optionalBool(command, 'explain')) throw notSupported('aggregate explain');
  assertSimpleCollation(command.collation);
  const cursor = command.cursor;
  if (!isPlainObject(cursor)) throw failedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
  const pipeline = validatePipeline(command.pipeline);
  const docs = runPipeline(context.catalog, db, coll, pipeline, optionalDoc(command, 'let'));
  const ns = `${db}.${coll}`;
  const batch = context.cursors.first(ns, docs, optionalInt(cursor, 'batchSize', { min: 0 }));
  return { cursor: { firstBatch: batch.docs, id: batch.id, ns }, ok: 1 };
};

export const aggregateCommands: Record<string, CommandDefinition> = {
  aggregate: {
    handler: aggregate,
    fields: ['pipeline', 'cursor', 'explain', 'allowDiskUse', 'let', 'collation', 'hint', 'bypassDocumentValidation'],
  },
};
