import { Schema, type SchemaDefinition, type SchemaDefinitionProperty } from 'mongoose';
import type { z } from 'zod';
import type { FieldTable } from '@shared/fields/table';

/*
 * The database's schema derived from the shared field tables, so that what the API accepts
 * and what MongoDB is guarded by are one declaration. zod's definitions are read for what
 * mongoose can enforce (type, required, enum, length and range); rules that only zod knows
 * (refinements, cross-field checks) stay with zod, which runs before every write.
 */

type Def = z.ZodType['_zod']['def'] & {
  innerType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: unknown } }>;
  format?: string;
  defaultValue?: unknown;
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => schema._zod.def as Def;

/** Strips optional/nullable/default, noting what they said. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let core = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      core = def.innerType!;
    } else if (def.type === 'default') {
      defaultValue = def.defaultValue;
      core = def.innerType!;
    } else if (def.type === 'pipe') {
      core = def.in!;
    } else {
      return { core, optional, defaultValue };
    }
  }
}

interface CheckDef {
  check: string;
  maximum?: number;
  value?: number;
}

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def as CheckDef);
}

/** The mongoose type of one value (without required-ness). */
function typeOf(schema: z.ZodType): SchemaDefinitionProperty {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      if (def.format === 'datetime') return { type: Date };
      const property: Record<string, unknown> = { type: String };
      for (const check of checksOf(def)) {
        if (check.check === 'max_length') property.maxlength = check.maximum;
      }
      return property;
    }
    case 'number': {
      const property: Record<string, unknown> = { type: Number };
      for (const check of checksOf(def)) {
        if (check.check === 'less_than') property.max = check.value;
        if (check.check === 'greater_than') property.min = check.value;
      }
      return property;
    }
    case 'boolean':
      return { type: Boolean };
    case 'enum':
      return { type: String, enum: Object.values(def.entries!) };
    case 'literal':
      return { type: typeof def.values![0] === 'number' ? Number : String, enum: def.values ?? [] };
    case 'array': {
      const element = unwrap(def.element!).core;
      return { type: [typeOf(element)], default: [] };
    }
    case 'tuple':
      return { type: [typeOf(unwrap(def.items![0]!).core)] };
    case 'object':
      return { type: subSchema(def.shape!) };
    default:
      return { type: Schema.Types.Mixed };
  }
}

function property(schema: z.ZodType, absent?: unknown): SchemaDefinitionProperty {
  const { core, optional, defaultValue } = unwrap(schema);
  const base = typeOf(core) as Record<string, unknown>;
  const isArray = defOf(core).type === 'array';
  if (defaultValue !== undefined) return { ...base, default: defaultValue };
  if (absent !== undefined && absent !== null) return { ...base, default: absent };
  if (isArray) return base;
  if (defOf(core).type === 'object') return { ...base, default: undefined, ...(optional || absent === null ? {} : { required: true }) };
  return optional || absent === null ? base : { ...base, required: true };
}

function subSchema(shape: Record<string, z.ZodType>): Schema {
  return new Schema(definitionOf(shape), { _id: false, strict: 'throw' });
}

/** The mongoose definition of a zod object shape. */
export function definitionOf(shape: Record<string, z.ZodType>): SchemaDefinition {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, property(schema)])) as SchemaDefinition;
}

/**
 * The mongoose definition of a table's stored fields. A field with an `absent` value gets it
 * as its default (an empty list, false), so old documents and new ones read alike.
 */
export function definitionOfTable(table: FieldTable): SchemaDefinition {
  return Object.fromEntries(
    Object.entries(table).flatMap(([key, spec]) => {
      if (spec.stored === false) return [];
      const schema = spec.stored ?? spec.input;
      return schema ? [[key, property(schema, spec.absent)]] : [];
    }),
  ) as SchemaDefinition;
}

/**
 * A stored value as the API presents it: what mongoose adds goes (null for a missing value,
 * `_id` on sub-documents), dates become ISO strings, and nothing the schema does not name
 * leaves the server.
 */
export function presentStored(schema: z.ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const { core } = unwrap(schema);
  const def = defOf(core);
  switch (def.type) {
    case 'string':
      return def.format === 'datetime' && value instanceof Date ? value.toISOString() : value;
    case 'object': {
      if (typeof value !== 'object') return undefined;
      const entries = Object.entries(def.shape!).flatMap(([key, field]) => {
        const presented = presentStored(field, (value as Record<string, unknown>)[key]);
        return presented === undefined ? [] : [[key, presented]];
      });
      // An object with nothing set (a contact left blank) is no value at all.
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => presentStored(def.element!, item)) : undefined;
    case 'tuple':
      return Array.isArray(value) ? [...value] : undefined;
    default:
      return value;
  }
}

/** Every stored field of a table as the API presents it, with each field's `absent` value filled in. */
export function presentTable(table: FieldTable, doc: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    if (spec.stored === false) continue;
    const schema = spec.stored ?? spec.input;
    if (!schema) continue;
    const value = presentStored(schema, doc[key]);
    if (value !== undefined) record[key] = value;
    else if (spec.absent !== undefined) record[key] = spec.absent;
  }
  return record;
}
