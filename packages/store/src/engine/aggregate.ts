import { ProcessingMode } from 'mingo';
import { Aggregator } from 'mingo/aggregator';
import { Lazy, type Iterator } from 'mingo/lazy';
import { badValue, notSupported, StoreError } from '../errors';
import { parseGeoJSON, parseLegacyPoint } from '../geo/geometry';
import { distanceToGeometry, geometriesAt, geoValuesAt } from '../geo/shapes';
import { EARTH_RADIUS_METERS, type LngLat } from '../geo/sphere';
import { setPath } from '../values/paths';
import { cloneDoc, isPlainObject, numericValue, toPlain, type Doc } from '../values/typed';
import type { Catalog } from './catalog';
import type { Collection } from './collection';
import {
  validateAccumulator, validateExpression, validateFilter, validateStageName,
} from './operators';
import { buildContext } from './mingo-context';
import { plainView } from './plain-view';
import { compileFilter, guardMingo, mingoOptions, parseSort, sortDocuments } from './query';
import { findMatching } from './scan';
import { countCovered } from './ordered';
import { compareValues } from '../values/order';

/** `$sort` in MongoDB's BSON order (mingo orders mixed types differently). */
const $sort = (collection: Iterator, expr: unknown): Iterator => {
  const spec = parseSort(expr);
  const docs = collection.collect() as Doc[];
  return Lazy(spec ? sortDocuments(docs, spec) : docs);
};

/** Marks a value outside every bucket when $bucket has no default: MongoDB fails the query then. */
const BUCKET_MISS = '\u0000$bucket:no-matching-branch';
const ASSERT_BUCKETED = '$storeAssertBucketed';

const bucketMiss = (): StoreError =>
  new StoreError(40066, 'Location40066', '$switch could not find a matching branch for an input, and no default was specified.');

/** Internal stage placed after a rewritten $bucket (never accepted from clients). */
const $storeAssertBucketed = (collection: Iterator): Iterator =>
  collection.map((doc: Doc) => {
    if (doc._id === BUCKET_MISS) throw bucketMiss();
    return doc;
  });

const aggregationContext = buildContext({ $sort, [ASSERT_BUCKETED]: $storeAssertBucketed });

/** Checks every stage (and nested pipeline) against the supported list before running anything. */
export function validatePipeline(pipeline: unknown, nested = false): Doc[] {
  if (!Array.isArray(pipeline)) throw new StoreError(14, 'TypeMismatch', "'pipeline' option must be specified as an array");
  pipeline.forEach((stage, i) => {
    if (!isPlainObject(stage) || Object.keys(stage).length !== 1) {
      throw new StoreError(40323, 'Location40323', 'A pipeline stage specification object must contain exactly one field.');
    }
    const name = Object.keys(stage)[0] as string;
    validateStageName(name);
    const arg = stage[name];
    if (name === '$geoNear' && (i !== 0 || nested)) {
      throw new StoreError(40602, 'Location40602', '$geoNear is only valid as the first stage in a pipeline');
    }
    validateStage(name, arg);
  });
  return pipeline as Doc[];
}

function validateStage(name: string, arg: unknown): void {
  switch (name) {
    case '$match':
      validateFilter(arg, '$match');
      compileFilter(arg);
      return;
    case '$group': {
      if (!isPlainObject(arg) || !('_id' in arg)) throw new StoreError(15955, 'Location15955', 'a group specification must include an _id');
      for (const [field, spec] of Object.entries(arg)) {
        if (field === '_id') validateExpression(spec);
        else validateAccumulator(field, spec);
      }
      return;
    }
    case '$bucket':
    case '$bucketAuto': {
      if (!isPlainObject(arg)) throw badValue(`${name} specification must be an object`);
      validateExpression(arg.groupBy);
      if (isPlainObject(arg.output)) for (const [field, spec] of Object.entries(arg.output)) validateAccumulator(field, spec);
      if (name === '$bucket') {
        const boundaries = arg.boundaries;
        if (!Array.isArray(boundaries) || boundaries.length < 2) {
          throw new StoreError(40192, 'Location40192', "The $bucket 'boundaries' field must be an array of at least two values");
        }
        if (boundaries.some((b, i) => i > 0 && compareValues(boundaries[i - 1], b) >= 0)) {
          throw new StoreError(40194, 'Location40194', "The 'boundaries' option to $bucket must be sorted in ascending order");
        }
      }
      return;
    }
    case '$facet':
      if (!isPlainObject(arg)) throw badValue('$facet must be an object');
      for (const sub of Object.values(arg)) validatePipeline(sub, true);
      return;
    case '$lookup':
      if (!isPlainObject(arg) || typeof arg.from !== 'string' || typeof arg.as !== 'string') throw badValue('$lookup requires from and as');
      if (arg.pipeline !== undefined) validatePipeline(arg.pipeline, true);
      if (arg.let !== undefined) validateExpression(arg.let);
      return;
    case '$unionWith': {
      const coll = isPlainObject(arg) ? arg.coll : arg;
      if (typeof coll !== 'string') throw badValue('$unionWith requires a collection name');
      if (isPlainObject(arg) && arg.pipeline !== undefined) validatePipeline(arg.pipeline, true);
      return;
    }
    case '$sort':
      parseSort(arg);
      return;
    case '$geoNear':
      return;
    default:
      validateExpression(arg);
  }
}

/** mingo keeps empty buckets; MongoDB omits them. MongoDB documents $bucket as this $group. */
function rewriteBucket(spec: Doc): Doc[] {
  const boundaries = spec.boundaries as unknown[];
  const branches = boundaries.slice(0, -1).map((lower, i) => ({
    case: { $and: [{ $gte: [spec.groupBy, { $literal: lower }] }, { $lt: [spec.groupBy, { $literal: boundaries[i + 1] }] }] },
    then: { $literal: lower },
  }));
  const $switch: Doc = { branches, default: { $literal: 'default' in spec ? spec.default : BUCKET_MISS } };
  const output = isPlainObject(spec.output) ? spec.output : { count: { $sum: 1 } };
  return [
    { $group: { _id: { $switch }, ...output } },
    { [ASSERT_BUCKETED]: 1 },
    { $sort: { _id: 1 } },
  ];
}

function rewriteStages(pipeline: Doc[]): Doc[] {
  return pipeline.flatMap((stage) => {
    const name = Object.keys(stage)[0] as string;
    const arg = stage[name];
    if (name === '$bucket') return rewriteBucket(arg as Doc);
    if (name === '$facet') {
      return [{ $facet: Object.fromEntries(Object.entries(arg as Doc).map(([k, sub]) => [k, rewriteStages(sub as Doc[])])) }];
    }
    if (name === '$lookup' && isPlainObject(arg) && Array.isArray(arg.pipeline)) {
      return [{ $lookup: { ...arg, pipeline: rewriteStages(arg.pipeline as Doc[]) } }];
    }
    return [stage];
  });
}

interface GeoNearSpec {
  point: LngLat;
  unit: 'meters' | 'radians';
  distanceField: string;
  includeLocs?: string;
  min?: number;
  max?: number;
  multiplier: number;
  query: Doc;
  key?: string;
}

function parseGeoNear(arg: unknown): GeoNearSpec {
  if (!isPlainObject(arg)) throw badValue('$geoNear must be an object');
  if (typeof arg.distanceField !== 'string') throw new StoreError(40606, 'Location40606', '$geoNear requires a \'distanceField\' option as a String');
  let point: LngLat;
  let unit: 'meters' | 'radians';
  if (isPlainObject(arg.near) && 'type' in arg.near) {
    const parsed = parseGeoJSON(arg.near);
    if (!parsed.ok || parsed.value.type !== 'Point') throw badValue('$geoNear near must be a GeoJSON Point');
    point = parsed.value.point;
    unit = 'meters';
  } else {
    const legacy = parseLegacyPoint(arg.near);
    if (!legacy.ok) throw badValue(`$geoNear near: ${legacy.reason}`);
    if (arg.spherical !== true) throw notSupported('$geoNear with legacy coordinates and flat (2d) geometry; pass spherical: true or a GeoJSON point');
    point = legacy.value;
    unit = 'radians';
  }
  const spec: GeoNearSpec = {
    point,
    unit,
    distanceField: arg.distanceField,
    multiplier: numericValue(arg.distanceMultiplier) ?? 1,
    query: isPlainObject(arg.query) ? arg.query : {},
  };
  if (typeof arg.includeLocs === 'string') spec.includeLocs = arg.includeLocs;
  const min = numericValue(arg.minDistance);
  const max = numericValue(arg.maxDistance);
  if (min !== undefined) spec.min = min;
  if (max !== undefined) spec.max = max;
  if (typeof arg.key === 'string') spec.key = arg.key;
  return spec;
}

function runGeoNear(collection: Collection | undefined, arg: unknown, variables?: Doc): Doc[] {
  const spec = parseGeoNear(arg);
  if (!collection) return [];
  const geoFields = [...new Set(collection.indexes.flatMap((index) => index.geoFields))];
  const field = spec.key ?? (geoFields.length === 1 ? geoFields[0] : undefined);
  if (field === undefined || !geoFields.includes(field)) {
    throw new StoreError(291, 'NoQueryExecutionPlans', geoFields.length > 1 && !spec.key
      ? 'There is more than one 2dsphere index; unsure which to use for $geoNear'
      : '$geoNear requires a 2d or 2dsphere index, but none were found');
  }
  const matcher = compileFilter(spec.query, variables);
  const scale = spec.unit === 'meters' ? EARTH_RADIUS_METERS : 1;
  const results: Array<{ doc: Doc; distance: number }> = [];
  for (const stored of findMatching(collection, matcher, spec.query)) {
    const view = plainView(stored);
    const geometries = geometriesAt(view, field);
    if (geometries.length === 0) continue;
    const distance = Math.min(...geometries.map((g) => distanceToGeometry(spec.point, g))) * scale;
    if (spec.min !== undefined && distance < spec.min) continue;
    if (spec.max !== undefined && distance > spec.max) continue;
    const doc = cloneDoc(view);
    setPath(doc, spec.distanceField, distance * spec.multiplier);
    if (spec.includeLocs) setPath(doc, spec.includeLocs, cloneDoc(geoValuesAt(view, field)[0]));
    results.push({ doc, distance });
  }
  return results.sort((a, b) => a.distance - b.distance).map((r) => r.doc);
}

/** Stages in which mingo writes into objects it was given (nested $set/$unset, exclusions). */
const WRITING_STAGES = new Set(['$set', '$addFields', '$unset']);

const excludesFields = (projection: unknown): boolean =>
  isPlainObject(projection) && Object.entries(projection).some(([field, v]) => field !== '_id' && (v === 0 || v === false));

/** Whether any stage, here or in a $facet branch, may modify the documents it receives. */
function writesIntoInput(pipeline: Doc[]): boolean {
  return pipeline.some((stage) => {
    const name = Object.keys(stage)[0] as string;
    if (WRITING_STAGES.has(name)) return true;
    if (name === '$project' && excludesFields(stage.$project)) return true;
    if (name === '$facet') return Object.values(stage.$facet as Doc).some((sub) => writesIntoInput(sub as Doc[]));
    return false;
  });
}

/**
 * The pipeline the driver's `countDocuments` sends — `$match`, optional `$skip` and `$limit`,
 * then `$group` by a constant summing 1 — answered by counting matches instead of handing
 * every matching document to mingo's `$group`. Registry list pages count on every request.
 */
function countingPipeline(pipeline: Doc[]): { filter: Doc; skip: number; limit: number; groupId: unknown } | null {
  const [match, ...rest] = pipeline;
  if (!match || !isPlainObject(match.$match) || Object.keys(match).length !== 1) return null;
  const group = rest.pop();
  if (!group || Object.keys(group).length !== 1 || !isPlainObject(group.$group)) return null;
  const { _id: groupId, ...accumulators } = group.$group as Doc;
  const keys = Object.keys(accumulators);
  const isConstant = groupId === null || typeof groupId === 'number' || (typeof groupId === 'string' && !groupId.startsWith('$'));
  if (!isConstant || keys.length !== 1 || keys[0] !== 'n' || !isSumOfOne(accumulators.n)) return null;
  let skip = 0;
  let limit = Number.POSITIVE_INFINITY;
  for (const stage of rest) {
    const name = Object.keys(stage).length === 1 ? Object.keys(stage)[0] : undefined;
    const value = name ? stage[name] : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return null;
    if (name === '$skip' && limit === Number.POSITIVE_INFINITY) skip += value;
    else if (name === '$limit') limit = Math.min(limit, value);
    else return null;
  }
  return { filter: match.$match as Doc, skip, limit, groupId };
}

function isSumOfOne(accumulator: unknown): boolean {
  return isPlainObject(accumulator) && Object.keys(accumulator).length === 1 && accumulator.$sum === 1;
}

/**
 * Runs a validated pipeline over a collection. A leading $match is answered by our own
 * scan (no copying of non-matching documents); everything after runs in mingo on copies,
 * so stored documents are never modified.
 */
export function runPipeline(catalog: Catalog, db: string, coll: string, pipeline: Doc[], variables?: Doc): Doc[] {
  const collection = catalog.get(db, coll);
  const count = countingPipeline(pipeline);
  if (count) {
    const matcher = compileFilter(count.filter, variables);
    const covered = collection && !variables ? countCovered(collection, count.filter) : null;
    const matching = covered ? covered.count : collection ? findMatching(collection, matcher, count.filter).length : 0;
    const n = Math.max(0, Math.min(matching - count.skip, count.limit));
    // $group over no documents yields no group, as on mongod (the driver then reports 0).
    return n > 0 ? [{ _id: count.groupId, n }] : [];
  }
  let stages = pipeline;
  let source: Doc[];
  const first = stages[0];
  const firstName = first ? Object.keys(first)[0] : undefined;
  if (first && firstName === '$geoNear') {
    source = runGeoNear(collection, first.$geoNear, variables);
    stages = stages.slice(1);
  } else if (first && firstName === '$match') {
    const filter = first.$match as Doc;
    source = collection ? findMatching(collection, compileFilter(filter, variables), filter).map(plainView) : [];
    stages = stages.slice(1);
  } else {
    source = collection ? [...collection.docs.values()].map(plainView) : [];
  }
  if (stages.length === 0) return source;
  const resolver = (name: string): Doc[] => [...(catalog.get(db, name)?.docs.values() ?? [])].map((doc) => cloneDoc(plainView(doc)));
  const plainStages = rewriteStages(stages.map((stage) => toPlain(stage) as Doc));
  // mingo writes into nested objects for $set/$addFields/$unset: give it copies then, and
  // the stored documents themselves (never modified) when the pipeline only reads.
  const mode = writesIntoInput(plainStages) ? ProcessingMode.CLONE_INPUT : ProcessingMode.CLONE_OFF;
  const options = {
    ...mingoOptions(variables ? (toPlain(variables) as Doc) : undefined, mode, aggregationContext),
    collectionResolver: resolver,
  };
  return guardMingo(() => new Aggregator(plainStages, options).run(source) as Doc[]);
}
