import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Binary, Double, Int32, Long, ObjectId, deserialize, serialize } from './bson';
import { decodeNormalised, needsTypedDecode } from './decode';
import { normaliseWireValue } from './typed';

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.integer({ min: -5, max: 5 }).map((n) => new Int32(n)),
    fc.integer({ min: -5, max: 5 }).map((n) => new Double(n)),
    fc.double({ noNaN: true }).map((n) => new Double(n)),
    fc.integer({ min: -5, max: 5 }).map((n) => Long.fromNumber(n)),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.constant(new ObjectId('64b7f0a1c2d3e4f5a6b7c8d9')),
    fc.constant(new Binary(Buffer.from([1, 2]))),
    fc.constant(/a.b/i),
  ),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }).filter((k) => !k.startsWith('$') && !k.includes('.') && !k.includes('\0')), tie('node'), { maxKeys: 3, noNullPrototype: true })),
})).node;

describe('decoding documents', () => {
  it('gives the same typed form whether or not number wrappers were needed', () => {
    fc.assert(fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }).filter((k) => !k.startsWith('$') && !k.includes('\0')), value, { maxKeys: 4, noNullPrototype: true }), (doc) => {
      const bytes = Buffer.from(serialize(doc));
      const careful = normaliseWireValue(deserialize(bytes, { promoteValues: false, promoteLongs: false, promoteBuffers: false, bsonRegExp: false }));
      expect(decodeNormalised(bytes)).toEqual(careful);
    }), { numRuns: 2000 });
  });

  it('takes the careful path exactly for integral doubles, int64 and Decimal128', () => {
    expect(needsTypedDecode(Buffer.from(serialize({ a: 1, b: 2.5, c: 'x', d: { e: [1, 'y'] } })))).toBe(false);
    expect(needsTypedDecode(Buffer.from(serialize({ d: { e: [1, new Double(3)] } })))).toBe(true);
    expect(needsTypedDecode(Buffer.from(serialize({ l: Long.fromNumber(1) })))).toBe(true);
    expect(needsTypedDecode(Buffer.from(serialize({ big: 2 ** 40 })))).toBe(false);
  });
});
