import { ObjectId } from '../values/bson';
import { sameBson } from '../values/same';
import { updateMany as mingoUpdateMany, updateOne as mingoUpdateOne } from 'mingo/updater';
import {
  badValue, conflictingUpdate, failedToParse, immutableField, StoreError, typeMismatch,
} from '../errors';
import { bsonTypeName } from '../values/bson-types';
import { formatValue } from '../values/format';
import { keyOf } from '../values/keys';
import { getPath, setPath } from '../values/paths';
import {
  cloneDoc, containsNumberWrappers, isNumberWrapper, isPlainObject, numberKind, numericValue, toPlain,
  widerKind, withNumberKind, type Doc, type NumberKind,
} from '../values/typed';
import { UPDATE_OPERATORS, UPDATE_PIPELINE_STAGES, validateExpression } from './operators';
import { guardMingo, mingoOptions } from './query';
import { assertReplacementFields, assertStorableId } from './storage-validation';
import { ProcessingMode } from 'mingo';
import { Aggregator } from 'mingo/aggregator';

export type UpdateSpec =
  | { kind: 'operators'; ops: Doc }
  | { kind: 'replacement'; doc: Doc }
  | { kind: 'pipeline'; stages: Doc[] };

const ARITHMETIC = new Set(['$inc', '$mul']);
const ARRAY_TARGET = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);
/** Operators whose operands are compared, so number wrappers would compare wrongly. */
const COMPARED_OPERANDS = new Set(['$addToSet', '$pull', '$pullAll', '$min', '$max']);

export function parseUpdate(raw: unknown): UpdateSpec {
  if (Array.isArray(raw)) {
    for (const stage of raw) {
      if (!isPlainObject(stage) || Object.keys(stage).length !== 1) throw failedToParse('A pipeline stage specification object must contain exactly one field.');
      const name = Object.keys(stage)[0] as string;
      if (!UPDATE_PIPELINE_STAGES.has(name)) {
        throw new StoreError(72, 'InvalidOptions', `${name} is not allowed to be used within an update`);
      }
      validateExpression(stage[name]);
    }
    return { kind: 'pipeline', stages: raw as Doc[] };
  }
  if (!isPlainObject(raw)) throw failedToParse('Update argument must be either an object or an array');
  const keys = Object.keys(raw);
  // Like mongod, the first field decides: an operator update, or a replacement (which
  // may then not carry `$`-prefixed top-level fields).
  if (keys.length === 0 || !(keys[0] as string).startsWith('$')) {
    assertReplacementFields(raw);
    return { kind: 'replacement', doc: raw };
  }
  for (const op of keys) {
    if (!UPDATE_OPERATORS.has(op)) {
      throw failedToParse(`Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`);
    }
    const arg = raw[op];
    if (!isPlainObject(arg)) {
      throw failedToParse(`Modifiers operate on fields but we found type ${bsonTypeName(arg)} instead. For example: {$mod: {<field>: ...}} not {${op}: ${formatValue(arg)}}`);
    }
  }
  assertNoPathConflicts(raw);
  return { kind: 'operators', ops: raw };
}

/** The field path before any positional element: 'a.$[i].b' → 'a'. */
const pathPrefix = (path: string): string => {
  const parts = path.split('.');
  const cut = parts.findIndex((p) => p.startsWith('$'));
  return (cut === -1 ? parts : parts.slice(0, cut)).join('.');
};

function assertNoPathConflicts(ops: Doc): void {
  const seen: string[] = [];
  for (const [op, arg] of Object.entries(ops)) {
    const paths = Object.keys(arg as Doc);
    if (op === '$rename') paths.push(...Object.values(arg as Doc).map(String));
    for (const path of paths) {
      if (path === '') throw new StoreError(56, 'EmptyFieldName', 'An empty update path is not valid.');
      for (const other of seen) {
        if (other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`)) {
          const shorter = other.length <= path.length ? other : path;
          throw conflictingUpdate(`Updating the path '${path}' would create a conflict at '${shorter}'`);
        }
      }
      seen.push(path);
    }
  }
}

const hasPositional = (path: string): boolean => path.split('.').some((part) => part === '$');

/** Fails like MongoDB (28 PathNotViable) when a path runs through a scalar. */
function assertPathViable(doc: Doc, path: string): void {
  const parts = path.split('.');
  let value: unknown = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    if (part.startsWith('$')) return;
    if (Array.isArray(value)) {
      if (!/^[0-9]+$/.test(part)) {
        throw new StoreError(28, 'PathNotViable', `Cannot create field '${part}' in element {${parts.slice(0, i).join('.')}: ${formatValue(value)}}`);
      }
      value = value[Number(part)];
    } else if (isPlainObject(value)) {
      value = value[part];
    } else {
      return;
    }
    if (value === undefined || value === null && i === parts.length - 2) return;
    if (!isPlainObject(value) && !Array.isArray(value)) {
      throw new StoreError(28, 'PathNotViable', `Cannot create field '${parts[i + 1]}' in element {${part}: ${formatValue(value)}}`);
    }
  }
}

interface NumberPlan {
  path: string;
  op: string;
  before: unknown;
  operandKind: NumberKind;
}

/** Checks operands and targets the way mongod does, before mingo runs (mingo skips silently). */
function checkOperators(stored: Doc, ops: Doc, isInsert: boolean): NumberPlan[] {
  const plans: NumberPlan[] = [];
  for (const [op, arg] of Object.entries(ops)) {
    for (const [path, operand] of Object.entries(arg as Doc)) {
      const positional = path.includes('$');
      if (!positional) assertPathViable(stored, path);
      if (!isInsert && (path === '_id' || path.startsWith('_id.'))) {
        const unchanged = op === '$set' && path === '_id' && keyOf(operand) === keyOf(stored._id);
        if (!unchanged) throw immutableField(`Performing an update on the path '${path}' would modify the immutable field '_id'`);
      }
      const current = positional ? undefined : getPath(stored, path);
      if (ARITHMETIC.has(op)) {
        const kind = numberKind(operand);
        if (!kind) {
          const verb = op === '$inc' ? 'increment' : 'multiply';
          throw typeMismatch(`Cannot ${verb} with non-numeric argument: {${path}: ${formatValue(operand)}}`);
        }
        if (current !== undefined && numberKind(current) === undefined) {
          throw typeMismatch(`Cannot apply ${op} to a value of non-numeric type. {_id: ${formatValue(stored._id)}} has the field '${path.split('.').pop()}' of non-numeric type ${bsonTypeName(current)}`);
        }
        if (!positional) plans.push({ path, op, before: current, operandKind: kind });
      }
      if ((op === '$min' || op === '$max') && !positional) {
        const kind = numberKind(operand);
        if (kind) plans.push({ path, op, before: current, operandKind: kind });
      }
      if (ARRAY_TARGET.has(op) && current !== undefined && !Array.isArray(current)) {
        if (op === '$pull' || op === '$pullAll') {
          throw badValue(`Cannot apply ${op} to a non-array value`);
        }
        throw badValue(`The field '${path}' must be an array but is of type ${bsonTypeName(current)} in document {_id: ${formatValue(stored._id)}}`);
      }
      if (op === '$rename' && (typeof operand !== 'string' || operand === '')) {
        throw badValue(`The 'to' field for $rename must be a string: ${path}: ${formatValue(operand)}`);
      }
    }
  }
  return plans;
}

/** Paths (dotted, with array indexes) of every Double/Long wrapper in a document. */
function wrapperPaths(value: unknown, prefix: string, out: Array<[string, unknown]>): void {
  if (isNumberWrapper(value)) {
    out.push([prefix, value]);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => wrapperPaths(v, prefix ? `${prefix}.${i}` : String(i), out));
  else if (isPlainObject(value)) for (const k of Object.keys(value)) wrapperPaths(value[k], prefix ? `${prefix}.${k}` : k, out);
}

const touches = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

function operandsForMingo(ops: Doc): Doc {
  const out: Doc = {};
  for (const [op, arg] of Object.entries(ops)) {
    if (op === '$setOnInsert') continue;
    out[op] = ARITHMETIC.has(op) || COMPARED_OPERANDS.has(op) ? toPlain(arg) : arg;
  }
  return out;
}

export interface UpdateOutcome {
  doc: Doc;
  modified: boolean;
}

export interface UpdateOptions {
  filter: Doc;
  arrayFilters?: Doc[];
  isInsert: boolean;
  variables?: Doc;
}

const mingoUpdateConfig = (options: UpdateOptions) => ({
  arrayFilters: options.arrayFilters ? (toPlain(options.arrayFilters) as Doc[]) : [],
  cloneMode: 'deep' as const,
  ...(options.variables ? { let: options.variables } : {}),
});

/** What one document needs for an operator update: its working copy and the checks already made. */
interface Prepared {
  stored: Doc;
  working: Doc;
  plans: NumberPlan[];
  modifier: Doc;
  needsCondition: boolean;
}

/** Checks a document against the operators and builds the modifier mingo will apply; null if nothing to do. */
function prepareOperators(stored: Doc, spec: { ops: Doc }, options: UpdateOptions, working: Doc): Prepared | null {
  const ops = { ...spec.ops };
  if (options.isInsert && ops.$setOnInsert) ops.$set = { ...(ops.$set as Doc | undefined), ...(ops.$setOnInsert as Doc) };
  delete ops.$setOnInsert;
  if (options.isInsert && isPlainObject(ops.$set)) {
    // An upsert's insert is validated as an insert: top-level `$` names may be set.
    const rest: Doc = {};
    for (const [path, value] of Object.entries(ops.$set)) {
      if (path.startsWith('$') && !path.includes('.')) working[path] = cloneDoc(value);
      else rest[path] = value;
    }
    ops.$set = rest;
  }
  if (!options.isInsert && isPlainObject(ops.$set) && '_id' in ops.$set) {
    checkOperators(stored, { $set: { _id: ops.$set._id } }, false);
    const { _id: _unchanged, ...rest } = ops.$set;
    ops.$set = rest;
  }
  const plans = checkOperators(stored, ops, options.isInsert);
  const modifier = operandsForMingo(ops);
  if (options.isInsert && isPlainObject(modifier.$set) && '_id' in modifier.$set) {
    working._id = (modifier.$set as Doc)._id;
    const { _id: _moved, ...rest } = modifier.$set as Doc;
    modifier.$set = rest;
  }
  for (const op of Object.keys(modifier)) if (Object.keys(modifier[op] as Doc).length === 0) delete modifier[op];
  if (Object.keys(modifier).length === 0) return null;
  const needsCondition = Object.values(modifier).some((arg) => Object.keys(arg as Doc).some(hasPositional));
  return { stored, working, plans, modifier, needsCondition };
}

function finish(prepared: Prepared, options: UpdateOptions, before: unknown): UpdateOutcome {
  const next = prepared.working;
  if (keyOf(next._id) !== keyOf(before) && !options.isInsert) {
    throw immutableField(`After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(next._id)}`);
  }
  if (next._id === undefined && before !== undefined) next._id = before;
  for (const plan of prepared.plans) restoreNumberKind(next, plan);
  return { doc: next, modified: !sameBson(prepared.stored, next) };
}

/**
 * An operator update over many documents (updateMany). mingo sets up its operator
 * tables on every call, which dominated per-document cost; documents without number
 * wrappers (nearly all) share one call. Stops at the first document that fails, as
 * mongod does, returning the outcomes before it and the error.
 */
export function applyUpdateToMany(storedDocs: Doc[], spec: UpdateSpec, options: UpdateOptions): { outcomes: UpdateOutcome[]; error: unknown } {
  const outcomes: UpdateOutcome[] = [];
  if (spec.kind !== 'operators' || storedDocs.length < 2) {
    for (const stored of storedDocs) {
      try {
        outcomes.push(applyUpdate(stored, spec, options));
      } catch (err) {
        return { outcomes, error: err };
      }
    }
    return { outcomes, error: null };
  }
  let error: unknown = null;
  const batch: Array<{ index: number; prepared: Prepared; before: unknown }> = [];
  const slots: Array<UpdateOutcome | null> = [];
  for (const stored of storedDocs) {
    try {
      if (containsNumberWrappers(stored)) {
        slots.push(applyUpdate(stored, spec, options));
        continue;
      }
      const prepared = prepareOperators(stored, spec, options, cloneDoc(stored));
      if (!prepared) {
        slots.push({ doc: stored, modified: false });
        continue;
      }
      batch.push({ index: slots.length, prepared, before: stored._id });
      slots.push(null);
    } catch (err) {
      error = err;
      break;
    }
  }
  const first = batch[0]?.prepared;
  if (first) {
    const workings = batch.map((entry) => entry.prepared.working);
    guardMingo(() => mingoUpdateMany(workings, first.needsCondition ? options.filter : {}, first.modifier as never, mingoUpdateConfig(options), mingoOptions(options.variables)));
    for (const entry of batch) slots[entry.index] = finish(entry.prepared, options, entry.before);
  }
  for (const slot of slots) if (slot) outcomes.push(slot);
  return { outcomes, error };
}

/**
 * Applies an update to a stored document and returns the new version (the stored one
 * is left untouched). mingo does the work on a copy whose numbers are plain; we then
 * give each number the BSON type MongoDB would (5.0 stays a double, $inc promotes).
 */
export function applyUpdate(stored: Doc, spec: UpdateSpec, options: UpdateOptions): UpdateOutcome {
  if (spec.kind === 'replacement') return replaceDocument(stored, spec.doc);
  if (spec.kind === 'pipeline') return applyPipeline(stored, spec.stages, options);
  const hadWrappers = containsNumberWrappers(stored);
  const originalWrappers: Array<[string, unknown]> = [];
  if (hadWrappers) wrapperPaths(stored, '', originalWrappers);
  const working = (hadWrappers ? toPlain(stored) : cloneDoc(stored)) as Doc;

  const prepared = prepareOperators(stored, spec, options, working);
  if (!prepared) return options.isInsert ? { doc: working, modified: true } : { doc: stored, modified: false };
  const before = working._id;
  const result = guardMingo(() => mingoUpdateOne(
    [working],
    prepared.needsCondition ? options.filter : {},
    prepared.modifier as never,
    mingoUpdateConfig(options),
    mingoOptions(options.variables),
  ));
  const outcome = finish(prepared, options, before);
  const modifiedPrefixes = (result.modifiedFields ?? []).map(pathPrefix);
  for (const [path, wrapper] of originalWrappers) {
    if (modifiedPrefixes.some((m) => touches(m, path))) continue;
    if (numericValue(getPath(outcome.doc, path)) === numericValue(wrapper)) setPath(outcome.doc, path, wrapper);
  }
  return originalWrappers.length ? { doc: outcome.doc, modified: !sameBson(stored, outcome.doc) } : outcome;
}

/** Top-level fields a pipeline stage assigns ($set/$addFields keys); null when it may rewrite any field. */
function assignedFields(stages: Doc[]): Set<string> | null {
  const fields = new Set<string>();
  for (const stage of stages) {
    const [name, arg] = Object.entries(stage)[0] as [string, unknown];
    if (name === '$set' || name === '$addFields') {
      for (const key of Object.keys(arg as Doc)) fields.add(key.split('.')[0] as string);
    } else if (name === '$project' && isPlainObject(arg)) {
      for (const [key, value] of Object.entries(arg)) {
        if (value !== 0 && value !== 1 && value !== true && value !== false) fields.add(key.split('.')[0] as string);
      }
    } else if (name !== '$unset') {
      return null;
    }
  }
  return fields;
}

/**
 * An update pipeline, as mongod runs it: the stages transform the document and the result
 * replaces it. A result without `_id` keeps the original one (MongoDB restores it); a
 * result with a different `_id` fails (66). Field names are whatever the stages produce,
 * so `$setField` can write `$`-prefixed and dotted names.
 */
function applyPipeline(stored: Doc, stages: Doc[], options: UpdateOptions): UpdateOutcome {
  const originalWrappers: Array<[string, unknown]> = [];
  if (containsNumberWrappers(stored)) wrapperPaths(stored, '', originalWrappers);
  const working = toPlain(stored) as Doc;
  const plainStages = stages.map((stage) => toPlain(stage) as Doc);
  const output = guardMingo(() => new Aggregator(plainStages, mingoOptions(options.variables, ProcessingMode.CLONE_INPUT)).run([working]));
  const result = output[0];
  if (output.length !== 1 || !isPlainObject(result)) {
    throw badValue('An update pipeline must produce exactly one document');
  }
  const before = stored._id;
  let next: Doc;
  if (result._id === undefined) {
    next = before === undefined ? { ...result } : { _id: before, ...result };
  } else {
    if (!options.isInsert && keyOf(result._id) !== keyOf(before)) {
      throw immutableField(`After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(result._id)}`);
    }
    const { _id, ...rest } = result;
    next = { _id: options.isInsert ? _id : before, ...rest };
  }
  assertStorableId(next._id);
  const assigned = assignedFields(stages);
  for (const [path, wrapper] of originalWrappers) {
    if (assigned && assigned.has(path.split('.')[0] as string)) continue;
    if (numericValue(getPath(next, path)) === numericValue(wrapper)) setPath(next, path, wrapper);
  }
  return { doc: next, modified: !sameBson(stored, next) };
}

function restoreNumberKind(doc: Doc, plan: NumberPlan): void {
  const value = getPath(doc, plan.path);
  const n = numericValue(value);
  if (n === undefined) return;
  const beforeKind = numberKind(plan.before);
  let kind: NumberKind;
  if (plan.op === '$min' || plan.op === '$max') {
    const kept = plan.before !== undefined && numericValue(plan.before) === n;
    kind = kept && beforeKind ? beforeKind : plan.operandKind;
    if (kept) {
      setPath(doc, plan.path, plan.before);
      return;
    }
  } else {
    kind = beforeKind ? widerKind(beforeKind, plan.operandKind) : plan.operandKind;
    // Like mongod, an int32 result that overflows becomes an int64.
    if (kind === 'int' && Number.isInteger(n) && (n > 2147483647 || n < -2147483648)) kind = 'long';
  }
  setPath(doc, plan.path, withNumberKind(n, kind));
}


function replaceDocument(stored: Doc, replacement: Doc): UpdateOutcome {
  assertReplacementFields(replacement);
  if ('_id' in replacement && replacement._id !== undefined && keyOf(replacement._id) !== keyOf(stored._id)) {
    throw immutableField(`After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(replacement._id)}`);
  }
  const next: Doc = { _id: stored._id };
  for (const [key, value] of Object.entries(replacement)) if (key !== '_id') next[key] = cloneDoc(value);
  return { doc: next, modified: !sameBson(stored, next) };
}

/**
 * The document an upsert starts from: the filter's equality conditions (including those
 * inside $and), as MongoDB seeds it. mingo lacks this.
 */
export function seedFromFilter(filter: Doc): Doc {
  const seed: Doc = {};
  const visit = (conditions: Doc): void => {
    for (const [key, condition] of Object.entries(conditions)) {
      if (key === '$and' && Array.isArray(condition)) {
        for (const clause of condition) if (isPlainObject(clause)) visit(clause);
        continue;
      }
      if (key.startsWith('$')) continue;
      if (isPlainObject(condition)) {
        const ops = Object.keys(condition);
        if (ops.length > 0 && ops.every((op) => op.startsWith('$'))) {
          if ('$eq' in condition) setSeed(key, condition.$eq);
          continue;
        }
      }
      if (condition instanceof RegExp) continue;
      setSeed(key, condition);
    }
  };
  const setSeed = (path: string, value: unknown): void => {
    if (getPath(seed, path) !== undefined) {
      throw new StoreError(54, 'NotSingleValueField', `cannot infer query fields to set, path '${path}' is matched twice`);
    }
    setPath(seed, path, cloneDoc(value));
  };
  visit(filter);
  return seed;
}

/** Builds the document an upsert inserts, or throws like MongoDB. */
export function buildUpsert(filter: Doc, spec: UpdateSpec, arrayFilters: Doc[] | undefined, variables?: Doc): Doc {
  const seed = seedFromFilter(filter);
  if (spec.kind === 'replacement') {
    assertReplacementFields(spec.doc);
    const doc: Doc = {};
    // `_id: null` is a value like any other (only a missing _id is generated).
    const id = spec.doc._id !== undefined ? spec.doc._id : seed._id !== undefined ? seed._id : new ObjectId();
    if (spec.doc._id !== undefined && seed._id !== undefined && keyOf(spec.doc._id) !== keyOf(seed._id)) {
      throw immutableField(`The _id field cannot be changed from {_id: ${formatValue(seed._id)}} to {_id: ${formatValue(spec.doc._id)}}.`);
    }
    doc._id = id;
    for (const [key, value] of Object.entries(spec.doc)) if (key !== '_id') doc[key] = cloneDoc(value);
    return doc;
  }
  const { doc } = applyUpdate(seed, spec, { filter, arrayFilters, isInsert: true, variables });
  const { _id, ...rest } = doc;
  assertStorableId(_id);
  return { _id: _id === undefined ? new ObjectId() : _id, ...rest };
}
