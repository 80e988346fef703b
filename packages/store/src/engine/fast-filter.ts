import { ObjectId } from '../values/bson';
import { keyOf } from '../values/keys';
import { compareStrings } from '../values/order';
import { isPlainObject, type Doc } from '../values/typed';

/*
 * A compiled predicate for the filters list screens send most: equality, ranges, $in,
 * $ne/$nin and $exists on scalar operands, combined with $and. It answers exactly as
 * mingo (and MongoDB) would, about twenty times faster; any other filter returns null
 * and goes to mingo. fast-filter.test.ts checks the two agree on random documents.
 */

type Scalar = string | number | boolean | Date | ObjectId;
type Test = (doc: Doc) => boolean;

/** Operand types the fast path handles; null (top-level fields only, see isNullOrMissing) and regexes have special matching rules. */
function isFastScalar(value: unknown): value is Scalar {
  if (typeof value === 'number') return !Number.isNaN(value);
  return typeof value === 'string' || typeof value === 'boolean' || value instanceof Date || value instanceof ObjectId;
}

/** MongoDB's comparison bracket: values of different brackets never compare. */
function bracket(value: unknown): number {
  switch (typeof value) {
    case 'number': return 1;
    case 'string': return 2;
    case 'boolean': return 3;
    default:
      if (value instanceof Date) return 4;
      if (value instanceof ObjectId) return 5;
      return 0;
  }
}

/** -1/0/1 within a bracket; NaN when the two values do not compare. */
function compareScalars(a: unknown, b: Scalar): number {
  const kind = bracket(a);
  if (kind === 0 || kind !== bracket(b)) return Number.NaN;
  switch (kind) {
    case 1: {
      const x = a as number;
      const y = b as number;
      if (Number.isNaN(x)) return Number.NaN;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 2:
      return compareStrings(a as string, b as string);
    case 3:
      return Number(a) - Number(b);
    case 4: {
      const x = (a as Date).getTime();
      const y = (b as Date).getTime();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    default: {
      const x = (a as ObjectId).toHexString();
      const y = (b as ObjectId).toHexString();
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

const equals = (a: unknown, b: Scalar): boolean => compareScalars(a, b) === 0;

/**
 * Whether any value a path reaches satisfies `test`: arrays along the way are walked
 * into (their object elements), and a leaf array is tested element by element.
 */
function some(value: unknown, parts: readonly string[], i: number, test: (v: unknown) => boolean): boolean {
  if (i === parts.length) {
    if (!Array.isArray(value)) return value !== undefined && test(value);
    for (const element of value) if (test(element)) return true;
    return false;
  }
  if (Array.isArray(value)) {
    for (const element of value) if (isPlainObject(element) && some(element, parts, i, test)) return true;
    return false;
  }
  return isPlainObject(value) && some(value[parts[i] as string], parts, i + 1, test);
}

/** Whether a path reaches anything at all (a leaf array counts, even empty). */
function exists(value: unknown, parts: readonly string[], i: number): boolean {
  if (i === parts.length) return value !== undefined;
  if (Array.isArray(value)) return value.some((element) => isPlainObject(element) && exists(element, parts, i));
  if (isPlainObject(value)) return exists(value[parts[i] as string], parts, i + 1);
  return false;
}

/**
 * `{field: null}` on a top-level field: missing, null, or an array holding null. Every
 * registry query carries `deletedAt: null`, so this one spares mingo a walk per document.
 * Dotted paths through arrays of documents have subtler rules and stay with mingo.
 */
function isNullOrMissing(field: string): Test {
  return (doc) => {
    const value = doc[field];
    return value === undefined || value === null || (Array.isArray(value) && value.includes(null));
  };
}

function compileCondition(path: string, condition: unknown): Test | null {
  if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(path)) return null;
  const parts = path.split('.');
  const field = parts[0] as string;
  const any = parts.length === 1
    ? (doc: Doc, test: (v: unknown) => boolean): boolean => {
      const value = doc[field];
      if (!Array.isArray(value)) return value !== undefined && test(value);
      for (const element of value) if (test(element)) return true;
      return false;
    }
    : (doc: Doc, test: (v: unknown) => boolean): boolean => some(doc, parts, 0, test);
  if (isFastScalar(condition)) return (doc) => any(doc, (v) => equals(v, condition));
  if (condition === null) return parts.length === 1 ? isNullOrMissing(field) : null;
  if (!isPlainObject(condition)) return null;
  const ops = Object.keys(condition);
  if (ops.length === 0) return null;
  const tests: Test[] = [];
  for (const op of ops) {
    const arg = condition[op];
    switch (op) {
      case '$eq':
      case '$ne': {
        if (arg === null && parts.length === 1) {
          const test = isNullOrMissing(field);
          tests.push(op === '$eq' ? test : (doc) => !test(doc));
          break;
        }
        if (!isFastScalar(arg)) return null;
        const test: Test = (doc) => any(doc, (v) => equals(v, arg));
        tests.push(op === '$eq' ? test : (doc) => !test(doc));
        break;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        if (!isFastScalar(arg)) return null;
        const accept = op === '$gt' ? (c: number) => c > 0 : op === '$gte' ? (c: number) => c >= 0 : op === '$lt' ? (c: number) => c < 0 : (c: number) => c <= 0;
        tests.push((doc) => any(doc, (v) => accept(compareScalars(v, arg))));
        break;
      }
      case '$in':
      case '$nin': {
        if (!Array.isArray(arg) || !arg.every(isFastScalar)) return null;
        const operands = arg as Scalar[];
        // A long list (an import checking thousands of names) is looked up, not scanned.
        const keys = new Set(operands.map(keyOf));
        const isIn = operands.length > 8
          ? (v: unknown) => isFastScalar(v) && keys.has(keyOf(v))
          : (v: unknown) => operands.some((o) => equals(v, o));
        const test: Test = (doc) => any(doc, isIn);
        tests.push(op === '$in' ? test : (doc) => !test(doc));
        break;
      }
      case '$exists': {
        if (typeof arg !== 'boolean') return null;
        tests.push((doc) => exists(doc, parts, 0) === arg);
        break;
      }
      default:
        return null;
    }
  }
  return tests.length === 1 ? (tests[0] as Test) : (doc) => tests.every((t) => t(doc));
}

/** A predicate equivalent to the filter, or null if the filter needs mingo. */
export function compileFastFilter(filter: Doc): Test | null {
  const tests: Test[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and') {
      if (!Array.isArray(condition) || condition.length === 0) return null;
      for (const clause of condition) {
        if (!isPlainObject(clause)) return null;
        const test = compileFastFilter(clause);
        if (!test) return null;
        tests.push(test);
      }
      continue;
    }
    if (key.startsWith('$')) return null;
    const test = compileCondition(key, condition);
    if (!test) return null;
    tests.push(test);
  }
  return (doc) => tests.every((t) => t(doc));
}
