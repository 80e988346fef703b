import fc from 'fast-check';
import { ObjectId } from '../values/bson';
import { Query } from 'mingo/query';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../values/typed';
import { compileFastFilter } from './fast-filter';
import { mingoOptions } from './query';

const ids = [new ObjectId('000000000000000000000001'), new ObjectId('000000000000000000000002')];
const dates = [new Date('2020-01-01'), new Date('2021-01-01')];
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(1.5, -0.5),
  fc.constantFrom('a', 'b', 'ab', 'B', ''),
  fc.boolean(),
  fc.constantFrom(...dates, ...ids),
);
const leaf = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant(null) });
const value = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 2, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ y: leaf }, { requiredKeys: [], noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.array(fc.record({ y: fc.oneof(leaf, fc.array(leaf, { maxLength: 2 })) }, { requiredKeys: [], noNullPrototype: true }), { maxLength: 3 }) },
);
const doc = fc.record({ x: value, z: value }, { requiredKeys: [], noNullPrototype: true });
const path = fc.constantFrom('x', 'x.y', 'z', 'missing');
const condition = fc.oneof(
  scalar,
  fc.record({ $eq: scalar }),
  fc.record({ $ne: scalar }),
  fc.record({ $gt: scalar }),
  fc.record({ $gte: scalar, $lt: scalar }),
  fc.record({ $lte: scalar }),
  fc.record({ $in: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ $in: fc.array(scalar, { minLength: 9, maxLength: 14 }) }),
  fc.record({ $nin: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ $exists: fc.boolean() }),
);
const filter = fc.array(fc.tuple(path, condition), { minLength: 1, maxLength: 3 }).map((pairs) => Object.fromEntries(pairs) as Doc);

const topLevelPath = fc.constantFrom('x', 'z', 'missing');
const nullCondition = fc.oneof(fc.constant(null), fc.record({ $eq: fc.constant(null) }), fc.record({ $ne: fc.constant(null) }));
const filterWithNull = fc
  .tuple(fc.tuple(topLevelPath, nullCondition), fc.array(fc.tuple(path, condition), { maxLength: 2 }))
  .map(([nullPair, pairs]) => Object.fromEntries([...pairs, nullPair]) as Doc);

/** Every generated filter is accepted by the fast path and answers as mingo on random documents. */
function expectAgreementWithMingo(filters: fc.Arbitrary<Doc>): void {
  fc.assert(fc.property(filters, fc.array(doc, { minLength: 1, maxLength: 8 }), (f, docs) => {
    const fast = compileFastFilter(f);
    expect(fast).not.toBeNull();
    const reference = new Query(f, mingoOptions());
    for (const d of docs) expect(fast?.(d as Doc), JSON.stringify({ f, d })).toBe(reference.test(d));
  }), { numRuns: 3000 });
}

describe('the fast filter path', () => {
  it('answers exactly as mingo on every filter it accepts', () => {
    expectAgreementWithMingo(filter);
  });

  it('answers exactly as mingo on null conditions on top-level fields (missing, null, an array holding null)', () => {
    expectAgreementWithMingo(filterWithNull);
  });

  it('declines filters outside its subset', () => {
    expect(compileFastFilter({ 'a.b': null })).toBeNull();
    expect(compileFastFilter({ 'a.b': { $ne: null } })).toBeNull();
    expect(compileFastFilter({ a: /x/ })).toBeNull();
    expect(compileFastFilter({ $or: [{ a: 1 }] })).toBeNull();
    expect(compileFastFilter({ 'a.0': 1 })).toBeNull();
    expect(compileFastFilter({ a: { b: 1 } })).toBeNull();
    expect(compileFastFilter({ a: { $elemMatch: { b: 1 } } })).toBeNull();
  });
});
