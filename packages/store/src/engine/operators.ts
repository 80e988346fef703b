import { badValue, notSupported, StoreError } from '../errors';
import { isPlainObject, type Doc } from '../values/typed';

/*
 * The frozen list of what the store understands. Anything outside it is refused with a
 * MongoDB-shaped error naming the operator; nothing is passed to mingo unchecked, so a
 * feature mingo happens to implement differently never produces a silently different answer.
 */

export const FIELD_QUERY_OPERATORS = new Set([
  '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin',
  '$exists', '$type', '$regex', '$options', '$not', '$elemMatch', '$size', '$all', '$mod',
  '$bitsAllSet', '$bitsAnySet', '$bitsAllClear', '$bitsAnyClear',
  '$geoWithin', '$near', '$nearSphere', '$maxDistance', '$minDistance',
]);
export const TOP_LEVEL_QUERY_OPERATORS = new Set(['$and', '$or', '$nor', '$expr', '$comment']);
const KNOWN_UNSUPPORTED_QUERY_OPERATORS = new Set([
  '$where', '$text', '$jsonSchema', '$geoIntersects', '$within', '$sampleRate', '$search', '$alwaysTrue', '$alwaysFalse',
]);

export const GEO_WITHIN_SHAPES = new Set(['$box', '$polygon', '$center', '$centerSphere', '$geometry']);

export const UPDATE_OPERATORS = new Set([
  '$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$currentDate', '$setOnInsert',
  '$push', '$addToSet', '$pop', '$pull', '$pullAll', '$bit',
]);
export const UPDATE_PIPELINE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

export const PIPELINE_STAGES = new Set([
  '$match', '$project', '$addFields', '$set', '$unset', '$group', '$sort', '$limit', '$skip', '$count',
  '$unwind', '$lookup', '$facet', '$bucket', '$bucketAuto', '$sortByCount', '$replaceRoot', '$replaceWith',
  '$sample', '$geoNear', '$unionWith',
]);
const KNOWN_UNSUPPORTED_STAGES = new Set([
  '$out', '$merge', '$graphLookup', '$setWindowFields', '$densify', '$fill', '$redact', '$collStats',
  '$indexStats', '$listSessions', '$listLocalSessions', '$changeStream', '$search', '$searchMeta',
  '$vectorSearch', '$documents', '$planCacheStats', '$currentOp', '$listSearchIndexes', '$changeStreamSplitLargeEvent',
]);

export const ACCUMULATORS = new Set([
  '$sum', '$avg', '$min', '$max', '$first', '$last', '$push', '$addToSet', '$count', '$mergeObjects',
  '$stdDevPop', '$stdDevSamp', '$top', '$bottom', '$topN', '$bottomN', '$firstN', '$lastN', '$maxN', '$minN',
]);

export const EXPRESSION_OPERATORS = new Set([
  // arithmetic
  '$abs', '$add', '$ceil', '$divide', '$exp', '$floor', '$ln', '$log', '$log10', '$mod', '$multiply',
  '$pow', '$round', '$sqrt', '$subtract', '$trunc',
  // array
  '$arrayElemAt', '$arrayToObject', '$concatArrays', '$filter', '$first', '$last', '$in', '$indexOfArray',
  '$isArray', '$map', '$objectToArray', '$range', '$reduce', '$reverseArray', '$size', '$slice', '$zip',
  '$sortArray', '$firstN', '$lastN', '$maxN', '$minN',
  // boolean and comparison
  '$and', '$or', '$not', '$cmp', '$eq', '$gt', '$gte', '$lt', '$lte', '$ne',
  // conditional
  '$cond', '$ifNull', '$switch',
  // date
  '$dateAdd', '$dateDiff', '$dateFromParts', '$dateFromString', '$dateSubtract', '$dateToParts', '$dateToString',
  '$dateTrunc', '$dayOfMonth', '$dayOfWeek', '$dayOfYear', '$hour', '$isoDayOfWeek', '$isoWeek', '$isoWeekYear',
  '$millisecond', '$minute', '$month', '$second', '$week', '$year',
  // literal, object, variables
  '$literal', '$mergeObjects', '$getField', '$setField', '$unsetField', '$let',
  // set
  '$allElementsTrue', '$anyElementTrue', '$setDifference', '$setEquals', '$setIntersection', '$setIsSubset', '$setUnion',
  // string
  '$concat', '$indexOfBytes', '$ltrim', '$regexFind', '$regexFindAll', '$regexMatch', '$replaceAll', '$replaceOne',
  '$rtrim', '$split', '$strcasecmp', '$strLenBytes', '$strLenCP', '$substr', '$substrBytes', '$substrCP',
  '$toLower', '$toUpper', '$trim',
  // type (not $type, $convert, $toDouble, $toLong: their point is a BSON numeric type,
  // which aggregation results do not keep — see the README)
  '$isNumber', '$toBool', '$toDate', '$toInt', '$toString',
  // accumulators usable as expressions on arrays
  '$sum', '$avg', '$min', '$max', '$stdDevPop', '$stdDevSamp',
]);

/** Operators MongoDB has that the store refuses by name (NotImplemented, 238). */
const UNSUPPORTED_EXPRESSIONS = new Set([
  '$function', '$accumulator', '$toDecimal', '$toObjectId', '$meta', '$rand', '$type', '$convert', '$toDouble', '$toLong',
  '$median', '$percentile', '$sampleRate', '$toHashedIndexKey', '$binarySize', '$bsonSize', '$tsSecond', '$tsIncrement',
]);

/** Expression operators that take literal arguments we must not walk as expressions. */
const LITERAL_ARGUMENT_OPERATORS = new Set(['$literal']);

export function validateFilter(filter: unknown, where = 'filter'): void {
  if (!isPlainObject(filter)) throw badValue(`${where} must be an object`);
  for (const key of Object.keys(filter)) {
    const value = filter[key];
    if (key.startsWith('$')) {
      if (KNOWN_UNSUPPORTED_QUERY_OPERATORS.has(key)) throw notSupported(`query operator ${key}`);
      if (!TOP_LEVEL_QUERY_OPERATORS.has(key)) throw badValue(`unknown top level operator: ${key}. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.`);
      if (key === '$expr') validateExpression(value);
      else if (key !== '$comment') {
        if (!Array.isArray(value) || value.length === 0) throw badValue(`${key} must be a nonempty array`);
        for (const clause of value) {
          if (!isPlainObject(clause)) throw badValue(`$or/$and/$nor entries need to be full objects`);
          validateFilter(clause, where);
        }
      }
      continue;
    }
    validateFieldCondition(key, value);
  }
}

const isOperatorObject = (value: unknown): value is Doc => {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
};

function validateFieldCondition(field: string, condition: unknown): void {
  if (!isPlainObject(condition)) return;
  const keys = Object.keys(condition);
  if (keys.length === 0 || !keys[0]?.startsWith('$')) {
    // An embedded document matched by equality; its keys are data, not operators.
    return;
  }
  for (const op of keys) {
    const arg = condition[op];
    if (KNOWN_UNSUPPORTED_QUERY_OPERATORS.has(op)) throw notSupported(`query operator ${op}`);
    if (!FIELD_QUERY_OPERATORS.has(op)) throw badValue(`unknown operator: ${op}`);
    if (op === '$not') {
      if (!(arg instanceof RegExp) && !isOperatorObject(arg)) throw badValue('$not needs a regex or a document');
      if (isOperatorObject(arg)) validateFieldCondition(field, arg);
    } else if (op === '$elemMatch') {
      if (!isPlainObject(arg)) throw badValue('$elemMatch needs an Object');
      if (isOperatorObject(arg) && !Object.keys(arg).some((k) => TOP_LEVEL_QUERY_OPERATORS.has(k))) validateFieldCondition(field, arg);
      else validateFilter(arg, '$elemMatch');
    } else if (op === '$in' || op === '$nin' || op === '$all') {
      if (!Array.isArray(arg)) throw badValue(`${op} needs an array`);
      for (const element of arg) {
        if (op === '$all' && isPlainObject(element) && '$elemMatch' in element) validateFieldCondition(field, element);
        else if (isOperatorObject(element)) throw badValue(`cannot nest $ under ${op}`);
      }
    } else if (op === '$geoWithin') {
      if (!isPlainObject(arg)) throw badValue('$geoWithin not an object');
      for (const shape of Object.keys(arg)) {
        if (!GEO_WITHIN_SHAPES.has(shape)) throw badValue(`unknown geo specifier: ${shape}: ${JSON.stringify(arg[shape])}`);
      }
    }
  }
}

/** Walks an aggregation expression, refusing operators outside the supported list. */
export function validateExpression(expr: unknown): void {
  if (Array.isArray(expr)) {
    for (const item of expr) validateExpression(item);
    return;
  }
  if (!isPlainObject(expr)) return;
  for (const key of Object.keys(expr)) {
    const arg = expr[key];
    if (key.startsWith('$')) {
      if (!EXPRESSION_OPERATORS.has(key)) {
        throw UNSUPPORTED_EXPRESSIONS.has(key)
          ? notSupported(`expression operator ${key}`)
          : new StoreError(168, 'InvalidPipelineOperator', `Invalid $project :: caused by :: Unrecognized expression '${key}'`);
      }
      if (LITERAL_ARGUMENT_OPERATORS.has(key)) continue;
    }
    validateExpression(arg);
  }
}

export function validateAccumulator(field: string, spec: unknown): void {
  if (!isPlainObject(spec)) throw badValue(`The field '${field}' must be an accumulator object`);
  const keys = Object.keys(spec);
  const op = keys[0];
  if (keys.length !== 1 || op === undefined) throw badValue(`The field '${field}' must specify one accumulator`);
  if (!ACCUMULATORS.has(op)) {
    throw op === '$accumulator' || op === '$median' || op === '$percentile'
      ? notSupported(`accumulator ${op}`)
      : new StoreError(15952, 'Location15952', `unknown group operator '${op}'`);
  }
  validateExpression(spec[op]);
}

export function validateStageName(name: string): void {
  if (PIPELINE_STAGES.has(name)) return;
  if (KNOWN_UNSUPPORTED_STAGES.has(name)) throw notSupported(`aggregation stage ${name}`);
  throw new StoreError(40324, 'Location40324', `Unrecognized pipeline stage name: '${name}'`);
}
