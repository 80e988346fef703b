import { type Schema } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { carrierFields } from '@shared/carriers/fields/carrier';
import { PHASE_STATUSES } from '@shared/carriers/vocabulary';
import { carrierSchema } from '../carriers/model';
import { definitionOf, presentStored } from './fromZod';

describe('the carriers collection’s schema, derived from the carrier table', () => {
  it('has a path for every stored field of the table, and none for input-only ones', () => {
    const stored = Object.entries(carrierFields).filter(([, spec]) => (spec as { stored?: unknown }).stored !== false).map(([key]) => key);
    for (const key of stored) expect(carrierSchema.path(key) ?? carrierSchema.pathType(key), key).toBeTruthy();
    expect(carrierSchema.path('locationDatum')).toBeUndefined();
  });

  it('guards types, required fields, enums and limits as the zod schema states them', () => {
    expect(carrierSchema.path('name')).toMatchObject({ instance: 'String', isRequired: true });
    expect((carrierSchema.path('name') as unknown as { options: { maxlength: number } }).options.maxlength).toBe(100);
    expect(carrierSchema.path('kind')).toMatchObject({ instance: 'String', enumValues: ['makerspace', 'incubator', 'accelerator'] });
    expect(carrierSchema.path('website')).toMatchObject({ instance: 'String' });
    expect(carrierSchema.path('website').isRequired).toBeFalsy();
    expect(carrierSchema.path('locationApproximate')).toMatchObject({ instance: 'Boolean', defaultValue: false });
    const phases = carrierSchema.path('phases') as unknown as { schema: Schema };
    expect(phases.schema.path('status')).toMatchObject({ enumValues: [...PHASE_STATUSES], isRequired: true });
    expect(phases.schema.path('id')).toMatchObject({ isRequired: true });
    expect((phases.schema.path('incubationAreaM2') as unknown as { options: { max: number } }).options.max).toBe(5_000_000);
    const provenance = carrierSchema.path('provenance') as unknown as { schema: Schema };
    expect(provenance.schema.path('verifiedAt')).toMatchObject({ instance: 'Date' });
  });
});

describe('definitionOf and presentStored', () => {
  const shape = { at: z.iso.datetime().optional(), tags: z.array(z.string()), nested: z.object({ a: z.string().optional() }).optional() };

  it('stores ISO instants as dates and presents them as ISO strings again', () => {
    const definition = definitionOf(shape) as Record<string, { type: unknown }>;
    expect(definition.at!.type).toBe(Date);
    expect(presentStored(z.object(shape), { at: new Date('2025-01-02T03:04:05.000Z'), tags: [], nested: null, _id: 'x' })).toEqual({ at: '2025-01-02T03:04:05.000Z', tags: [] });
  });

  it('drops what mongoose adds: nulls, empty nested objects and fields the schema does not name', () => {
    expect(presentStored(z.object(shape), { tags: ['a'], nested: { a: null }, extra: 1 })).toEqual({ tags: ['a'] });
  });
});
