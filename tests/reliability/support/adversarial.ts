import fc from 'fast-check';

/*
 * Values people (and attackers) send that a form never would. Objects with a `__proto__`
 * key are made with JSON.parse so the key is an own property that JSON.stringify writes out,
 * exactly as it would arrive over the wire.
 */

/** `depth` levels of `{"a": …}`: deeper than MAX_JSON_DEPTH when depth > 20. */
export function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** `'[[[…]]]'` as text: JSON.stringify itself would be fine, this is for raw bodies. */
export function nestedArrayText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

export const protoPollution = (): unknown => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

/** Query operators a careless server would hand to MongoDB. */
export const OPERATOR_VALUES: (() => unknown)[] = [
  () => ({ $gt: '' }),
  () => ({ $ne: null }),
  () => ({ $where: 'sleep(1000) || true' }),
  () => ({ $regex: '.*' }),
  () => ({ $in: [] }),
  () => ({ $exists: true }),
  () => ({ $expr: { $eq: [1, 1] } }),
  () => ({ $set: { role: 'admin' } }),
  () => ({ 'a.b': 1, '': 2, '$': 3 }),
  protoPollution,
  () => JSON.parse('{"__proto__": null}'),
  () => ({ constructor: { prototype: { isAdmin: true } } }),
  () => ({ toString: 'x', valueOf: 1, hasOwnProperty: false }),
];

/** Strings that break naive code: empty, control characters, RTL overrides, emoji, huge. */
export const SPECIAL_STRINGS: (() => string)[] = [
  () => '',
  () => ' ',
  () => '   \t\n  ',
  () => '\u0000',
  () => 'a\u0000b',
  () => '\u202Eevil\u202C',
  () => 'مركز حاضنة الابتكار',
  () => 'אבג',
  () => '😀👩‍👩‍👧‍👦🇨🇳',
  () => 'e\u0301\u0301\u0301',
  () => '\uFEFF',
  () => '\uD800',
  () => '\uDFFF\uD800',
  () => 'x'.repeat(200_000),
  () => '太'.repeat(100_000),
  () => '😀'.repeat(5_000),
  () => '<script>alert(1)</script>',
  () => "'; DROP TABLE carriers; --",
  () => '${7*7}{{7*7}}',
  () => '../../../../etc/passwd',
  () => '%00%2e%2e',
  () => 'NaN',
  () => 'Infinity',
  () => '-Infinity',
  () => '1e999',
  () => '0x1F',
  () => '2024-02-30',
  () => '0000-00-00',
  () => '9999-12-31',
  () => '2024-13-01',
  () => '2024-1-1',
  () => 'true',
  () => 'null',
  () => 'undefined',
  () => '__proto__',
  () => 'constructor',
  () => '$gt',
  () => '0123456789abcdef01234567',
];

export const SPECIAL_NUMBERS = [0, -0, -1, 1, 0.1, 0.5, 1e-9, 5e-324, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, -(2 ** 53) - 1, 999, -999, 181, -91, 5_000_001, 1e7, 1900, 2101];

export const specialString = fc.constantFrom(...SPECIAL_STRINGS).map((make) => make());

/** Any value a JSON body can carry, skewed towards the nasty ones. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: specialString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 2, arbitrary: fc.constantFrom(...OPERATOR_VALUES).map((make) => make()) },
  { weight: 1, arbitrary: fc.integer({ min: 15, max: 40 }).map((depth) => nested(depth)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((which) => [[], {}, [null], Array.from({ length: 5_000 }, (_, index) => index)][which]) },
);

/** Raw request bodies that are not (quite) JSON. */
export const RAW_BODIES: (() => string)[] = [
  () => '',
  () => '{',
  () => '{"name":',
  () => '}',
  () => 'null',
  () => '[]',
  () => '"text"',
  () => '123',
  () => 'true',
  () => '{"name": 1e999}',
  () => '{"version": NaN}',
  () => '{"version": Infinity}',
  () => '{"version": -Infinity}',
  () => '{"a": 1, "a": 2}',
  () => '\uFEFF{}',
  () => '{"a": "\\ud800"}',
  () => "{'single': 'quotes'}",
  () => '{"a": 1,}',
  () => '{"__proto__": {"polluted": "yes"}}',
  () => nestedArrayText(1_000),
  () => `${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`,
  () => 'name=x&region=taicang',
  () => '\u0000\u0001\u0002',
  () => 'x'.repeat(1_200_000),
];

export const rawBody = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RAW_BODIES).map((make) => make()) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

type Path = (string | number)[];

/** Every path inside a JSON value, the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

/** Sets an own property even for keys like `__proto__`, which plain assignment would not. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export type Mutation = 'replace' | 'delete' | 'addKey' | 'wrapInArray' | 'stringify';

/**
 * One change to a valid body at one place: the value replaced, removed, wrapped, turned into
 * a string, or an unknown key added next to it.
 */
export function mutate(template: unknown, path: Path, mutation: Mutation, value: unknown, key: string): unknown {
  const copy = structuredClone(template);
  if (path.length === 0) {
    if (mutation === 'addKey' && copy !== null && typeof copy === 'object' && !Array.isArray(copy)) {
      setOwn(copy as Record<string, unknown>, key, value);
      return copy;
    }
    return mutation === 'wrapInArray' ? [copy] : mutation === 'stringify' ? JSON.stringify(copy) : value;
  }
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const container = parent as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  switch (mutation) {
    case 'replace':
      setOwn(container, last, value);
      break;
    case 'delete':
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete container[last];
      break;
    case 'addKey':
      if (Array.isArray(container)) container.push(value);
      else setOwn(container, key, value);
      break;
    case 'wrapInArray':
      setOwn(container, last, [container[last]]);
      break;
    case 'stringify':
      setOwn(container, last, typeof container[last] === 'string' ? Number(container[last]) : JSON.stringify(container[last]));
      break;
  }
  return copy;
}

export const mutationKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '$gt', 'role', 'owners', 'version', 'id', '_id', 'deletedAt', 'provenance', 'isAdmin', 'a.b', ''),
  fc.string({ maxLength: 12 }),
);

/** A valid body changed in one random place (or left alone one time in five). */
export function mutatedBody(template: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(template);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(template) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'delete', 'addKey', 'wrapInArray', 'stringify'), adversarialValue, mutationKey)
        .map(([path, mutation, value, key]) => mutate(template, path, mutation, value, key)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), adversarialValue, fc.constantFrom(...paths), adversarialValue)
        .map(([first, a, second, b]) => mutate(mutate(template, first, 'replace', a, ''), second, 'replace', b, '')),
    },
  );
}
