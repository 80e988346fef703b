import { Context } from 'mingo';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import { $geoWithin } from '../geo/operators';
import {
  $bitsAllClear, $bitsAllSet, $bitsAnyClear, $bitsAnySet, $eq, $gt, $gte, $in, $lt, $lte, $mod, $ne, $nin, $type,
} from './query-operators';

type ContextOps = NonNullable<Parameters<typeof Context.init>[0]>;

/**
 * The single operator table every mingo call uses: mingo's own operators with ours
 * taking their place where mingo differs from MongoDB or lacks them. (mingo's
 * `Context.from` keeps the first definition of a name, so overrides must be built in
 * here rather than merged later.)
 */
export function buildContext(pipelineOverrides: Record<string, unknown> = {}): Context {
  const query = { ...queryOperators, $eq, $ne, $type, $mod, $in, $nin, $gt, $gte, $lt, $lte, $bitsAllSet, $bitsAnySet, $bitsAllClear, $bitsAnyClear, $geoWithin };
  return Context.init({
    accumulator: accumulatorOperators as unknown as ContextOps['accumulator'],
    expression: expressionOperators as unknown as ContextOps['expression'],
    pipeline: { ...pipelineOperators, ...pipelineOverrides } as unknown as ContextOps['pipeline'],
    projection: projectionOperators as unknown as ContextOps['projection'],
    query: query as unknown as ContextOps['query'],
  });
}
