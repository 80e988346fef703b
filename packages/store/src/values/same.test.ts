import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Double, Int32, Long, ObjectId, serialize } from './bson';
import { decodeNormalised } from './decode';
import { sameBson } from './same';

const leaf = fc.oneof(
  fc.constantFrom(0, -0, 1, 2, 1.5, Number.NaN),
  fc.constantFrom(new Double(1), new Double(2), Long.fromNumber(1), new Int32(1)),
  fc.constantFrom('a', 'b', ''),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(new Date(0), new Date(1)),
  fc.constantFrom(new ObjectId('000000000000000000000001'), new ObjectId('000000000000000000000002')),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 2 }), fc.dictionary(fc.constantFrom('x', 'y', 'z'), tie('node'), { maxKeys: 2, noNullPrototype: true })),
})).node;
const doc = fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { maxKeys: 3, noNullPrototype: true });

describe('sameBson', () => {
  it('agrees with comparing serialised bytes, on stored (normalised) documents', () => {
    fc.assert(fc.property(doc, doc, (a, b) => {
      const x = decodeNormalised(Buffer.from(serialize(a)));
      const y = decodeNormalised(Buffer.from(serialize(b)));
      expect(sameBson(x, y)).toBe(Buffer.compare(serialize(x), serialize(y)) === 0);
      expect(sameBson(x, decodeNormalised(Buffer.from(serialize(a))))).toBe(true);
    }), { numRuns: 3000 });
  });
});
