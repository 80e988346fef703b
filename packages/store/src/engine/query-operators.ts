import { Binary } from '../values/bson';
import { badValue } from '../errors';
import { matchesTypeAlias, typeAlias } from '../values/bson-types';
import { keyOf } from '../values/keys';
import { compareValues, typeRank } from '../values/order';
import { isPlainObject, numericValue, type Doc } from '../values/typed';
import { storedOf } from './plain-view';

/*
 * Query operators where mingo's answer differs from MongoDB's: `$type` (mingo calls
 * every number a double), `$mod` and the bitwise operators (mingo matches null and
 * missing fields). Each receives the selector and argument and returns a predicate.
 */

export type Predicate = (obj: unknown) => boolean;

/** Values a path reaches, leaf arrays kept whole. */
export function leavesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, parts: readonly string[]): void => {
    if (parts.length === 0) {
      if (value !== undefined) out.push(value);
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (Array.isArray(value)) {
      if (/^[0-9]+$/.test(head)) visit(value[Number(head)], rest);
      for (const element of value) if (isPlainObject(element)) visit(element, parts);
      return;
    }
    if (isPlainObject(value)) visit(value[head], rest);
  };
  visit(doc, path.split('.'));
  return out;
}

/** A leaf and, when it is an array, its elements: what an operator may match. */
const candidates = (doc: unknown, path: string): unknown[] =>
  leavesAtPath(doc, path).flatMap((leaf) => (Array.isArray(leaf) ? leaf : [leaf]));

/** `$type` judged on the stored document, so 5.0 reads as a double and NumberLong as long. */
export const $type = (selector: string, value: unknown): Predicate => {
  const wanted = (Array.isArray(value) ? value : [value]).map((spec) => {
    const alias = typeAlias(numericValue(spec) ?? spec);
    if (!alias) throw badValue(`Unknown type name alias: ${String(spec)}`);
    return alias;
  });
  return (obj) => {
    const source = isPlainObject(obj) ? storedOf(obj as Doc) : obj;
    for (const leaf of leavesAtPath(source, selector)) {
      for (const alias of wanted) {
        if (matchesTypeAlias(leaf, alias)) return true;
        if (Array.isArray(leaf) && alias !== 'array' && leaf.some((element) => matchesTypeAlias(element, alias))) return true;
      }
    }
    return false;
  };
};

export const $mod = (selector: string, value: unknown): Predicate => {
  if (!Array.isArray(value) || value.length !== 2) throw badValue('malformed mod, needs to be an array of 2 elements');
  const divisor = numericValue(value[0]);
  const remainder = numericValue(value[1]);
  if (divisor === undefined || remainder === undefined) throw badValue('malformed mod, divisor and remainder must be numbers');
  const d = Math.trunc(divisor);
  const r = Math.trunc(remainder);
  if (d === 0) throw badValue('divisor cannot be 0');
  return (obj) => candidates(obj, selector).some((v) => {
    const n = numericValue(v);
    return n !== undefined && Number.isFinite(n) && Math.trunc(n) % d === r;
  });
};

type BitTest = 'allSet' | 'anySet' | 'allClear' | 'anyClear';

function bitPositions(mask: unknown): number[] {
  if (Array.isArray(mask)) {
    return mask.map((p) => {
      const n = numericValue(p);
      if (n === undefined || !Number.isInteger(n) || n < 0) throw badValue('bit positions must be non-negative integers');
      return n;
    });
  }
  if (mask instanceof Binary) {
    const bytes = mask.buffer;
    const out: number[] = [];
    for (let i = 0; i < bytes.length * 8; i++) if (((bytes[i >> 3] as number) >> (i & 7)) & 1) out.push(i);
    return out;
  }
  const n = numericValue(mask);
  if (n === undefined || !Number.isInteger(n) || n < 0) throw badValue('bitmask must be a non-negative integer, an array of positions or BinData');
  const out: number[] = [];
  let big = BigInt(n);
  for (let i = 0; big > 0n; i++, big >>= 1n) if (big & 1n) out.push(i);
  return out;
}

/** The bit at a position of a number (two's complement, sign-extended) or BinData; null if not comparable. */
function bitReader(value: unknown): ((position: number) => boolean) | null {
  if (value instanceof Binary) {
    const bytes = value.buffer;
    return (p) => p < bytes.length * 8 && (((bytes[p >> 3] as number) >> (p & 7)) & 1) === 1;
  }
  const n = numericValue(value);
  if (n === undefined || !Number.isInteger(n)) return null;
  const bits = BigInt.asUintN(64, BigInt(n));
  return (p) => (p >= 64 ? n < 0 : ((bits >> BigInt(p)) & 1n) === 1n);
}

function bitwise(test: BitTest) {
  return (selector: string, value: unknown): Predicate => {
    const positions = bitPositions(value);
    return (obj) => candidates(obj, selector).some((v) => {
      const bit = bitReader(v);
      if (!bit) return false;
      switch (test) {
        case 'allSet': return positions.every(bit);
        case 'anySet': return positions.some(bit);
        case 'allClear': return positions.every((p) => !bit(p));
        case 'anyClear': return positions.some((p) => !bit(p));
      }
    });
  };
}

export const $bitsAllSet = bitwise('allSet');
export const $bitsAnySet = bitwise('anySet');
export const $bitsAllClear = bitwise('allClear');
export const $bitsAnyClear = bitwise('anyClear');

/** Leaves a path reaches, leaf arrays whole, with undefined for each branch lacking the field. */
function branchValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, parts: readonly string[]): void => {
    if (parts.length === 0) {
      out.push(value);
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (Array.isArray(value)) {
      if (/^[0-9]+$/.test(head)) {
        visit(value[Number(head)], rest);
        return;
      }
      const objects = value.filter(isPlainObject);
      if (objects.length === 0) out.push(undefined);
      for (const element of objects) visit(element, parts);
      return;
    }
    visit(isPlainObject(value) ? value[head] : undefined, rest);
  };
  visit(doc, path.split('.'));
  return out;
}

function inMatcher(operands: unknown[]): (candidate: unknown) => boolean {
  const keys = new Set(operands.filter((o) => !(o instanceof RegExp) && o !== null).map(keyOf));
  const patterns = operands.filter((o): o is RegExp => o instanceof RegExp);
  const nullAllowed = operands.includes(null);
  return (candidate) => {
    if (candidate === null || candidate === undefined) return nullAllowed;
    if (typeof candidate === 'string' && patterns.some((re) => {
      re.lastIndex = 0;
      return re.test(candidate);
    })) return true;
    return keys.has(keyOf(candidate));
  };
}

/**
 * `$in` as MongoDB matches it: a leaf array matches by any element (also after walking
 * through an array of documents, where mingo stops looking) or as a whole; null
 * matches missing fields.
 */
export const $in = (selector: string, value: unknown): Predicate => {
  if (!Array.isArray(value)) throw badValue('$in needs an array');
  const matches = inMatcher(value);
  return (obj) => branchValues(obj, selector).some((leaf) =>
    matches(leaf) || (Array.isArray(leaf) && leaf.some((element) => matches(element))));
};

export const $nin = (selector: string, value: unknown): Predicate => {
  if (!Array.isArray(value)) throw badValue('$nin needs an array');
  const test = $in(selector, value);
  return (obj) => !test(obj);
};

/**
 * `$gt`, `$gte`, `$lt`, `$lte` as MongoDB matches them: within one type bracket, by any
 * reachable value, including elements of arrays reached through arrays of documents
 * (mingo skips those).
 */
function range(accept: (order: number) => boolean) {
  return (selector: string, value: unknown): Predicate => {
    const bracket = typeRank(value);
    const isNaNValue = (v: unknown): boolean => typeof v === 'number' && Number.isNaN(v);
    const test = (candidate: unknown): boolean => {
      if (typeRank(candidate) !== bracket) return false;
      // NaN compares equal only to NaN, never below or above a number.
      if (isNaNValue(candidate) || isNaNValue(value)) return isNaNValue(candidate) && isNaNValue(value) && accept(0);
      return accept(compareValues(candidate, value));
    };
    return (obj) => branchValues(obj, selector).some((leaf) =>
      Array.isArray(leaf) ? (Array.isArray(value) && test(leaf)) || leaf.some(test) : test(leaf));
  };
}

export const $gt = range((order) => order > 0);
export const $gte = range((order) => order >= 0);
export const $lt = range((order) => order < 0);
export const $lte = range((order) => order <= 0);

/**
 * `$eq`/`$ne` as MongoDB matches them: any reachable value (array elements included)
 * equals the operand; null also matches a branch that lacks the field, which mingo
 * misses when the path runs through an array of documents.
 */
export const $eq = (selector: string, value: unknown): Predicate => {
  const isNull = value === null || value === undefined;
  const key = isNull ? '' : keyOf(value);
  const equal = (candidate: unknown): boolean =>
    isNull ? candidate === null || candidate === undefined : keyOf(candidate) === key;
  return (obj) => branchValues(obj, selector).some((leaf) =>
    equal(leaf) || (Array.isArray(leaf) && leaf.some(equal)));
};

export const $ne = (selector: string, value: unknown): Predicate => {
  const test = $eq(selector, value);
  return (obj) => !test(obj);
};
