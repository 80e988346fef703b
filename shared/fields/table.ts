import type { z } from 'zod';
import type { Bilingual, Language } from './bilingual';
import type { Vocabulary } from './vocabulary';

/*
 * One table per shape (a carrier, a phase, a yearly report …): each field's type and rules,
 * its names, how spreadsheets hold it, which form control edits it and how a change to it
 * reads. The API's schemas, the record types, the mongoose schema, import and export
 * columns, the form and the history's labels are all derived from the table, so a field is
 * declared once. uMap's schema.js is the model.
 */

/** How a spreadsheet cell holds a value. */
export type CellKind = 'text' | 'number' | 'area' | 'year' | 'date' | 'boolean' | 'vocabulary' | 'list';

export interface ColumnOptions {
  /** The column's key in import reports and layouts; the field's name when absent. */
  key?: string;
  /** The header exports and the template write; the field's label when absent. */
  header?: Bilingual;
  /** Other headers officials write, matched after normalisation (spaces, brackets, case). */
  aliases?: readonly string[];
  cell: CellKind;
  /** Column width in characters, for XLSX. */
  width?: number;
  /** Read by the import (default); false for columns only exports write. */
  importable?: boolean;
  /** In the import template (default: when importable). */
  inTemplate?: boolean;
  /** The template's "填写说明": whether it is required, and how to fill it in. */
  note?: readonly [required: string, explanation: string];
}

export type FormControl = 'text' | 'textarea' | 'url' | 'email' | 'tel' | 'number' | 'area' | 'year' | 'date' | 'select' | 'checkbox' | 'custom';

export interface FormOptions {
  control: FormControl;
  /** The form section it appears in. */
  section: string;
  /** Takes two grid columns (long names, addresses). */
  wide?: boolean;
  hint?: Bilingual;
  maxLength?: number;
}

/** How the history and the review queue show a change to the field. */
export type DiffKind = 'text' | 'number' | 'area' | 'date' | 'boolean' | 'vocabulary' | 'list' | 'location' | 'items' | 'hidden';

export interface FieldSpec {
  label: Bilingual;
  /** What the API accepts, with its rules. Absent for fields only the server sets. */
  input?: z.ZodType;
  /** How records store and present it: `false` for input-only fields; the input's type by default. */
  stored?: z.ZodType | false;
  /** What a record shows when the stored document has nothing ([] for a list, false for a flag). */
  absent?: unknown;
  /** The closed vocabulary of its values, for selects, imports, exports and labels. */
  vocabulary?: Vocabulary;
  /** A plain spreadsheet column; composite fields (a location, the phases) leave it out and are read by their own code. */
  column?: ColumnOptions;
  /** A form control; `custom` fields are rendered by their own component. */
  form?: FormOptions;
  diff: DiffKind;
}

export type FieldTable = Record<string, FieldSpec>;

/** Declares a table, keeping each field's literal types (its zod schemas) for the derived types. */
export function defineFields<const T extends FieldTable>(table: T): T {
  return table;
}

/** The zod shape of what the API accepts. */
export type InputShape<T extends FieldTable> = {
  [K in keyof T as T[K] extends { input: z.ZodType } ? K : never]: T[K] extends { input: infer S extends z.ZodType } ? S : never;
};

/** The zod shape of a stored record. */
export type StoredShape<T extends FieldTable> = {
  [K in keyof T as T[K] extends { stored: false } ? never : K]: T[K] extends { stored: infer S extends z.ZodType }
    ? S
    : T[K] extends { input: infer S extends z.ZodType }
      ? S
      : never;
};

export function inputShape<T extends FieldTable>(table: T): InputShape<T> {
  return Object.fromEntries(Object.entries(table).flatMap(([key, spec]) => (spec.input ? [[key, spec.input]] : []))) as InputShape<T>;
}

export function storedShape<T extends FieldTable>(table: T): StoredShape<T> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([key, spec]) => {
      if (spec.stored === false) return [];
      const schema = spec.stored ?? spec.input;
      return schema ? [[key, schema]] : [];
    }),
  ) as StoredShape<T>;
}

/** A spreadsheet column, resolved: every option filled in. */
export interface ColumnSpec {
  key: string;
  /** The field it reads and writes. */
  field: string;
  header: Bilingual;
  aliases: readonly string[];
  cell: CellKind;
  vocabulary?: Vocabulary;
  width: number;
  importable: boolean;
  inTemplate: boolean;
  note?: readonly [string, string];
}

/** Areas are written in ㎡ unless the header says 万㎡; the unit is part of the header. */
function headerOf(spec: FieldSpec, options: ColumnOptions): Bilingual {
  if (options.header) return options.header;
  return options.cell === 'area' ? { zh: `${spec.label.zh}(㎡)`, en: `${spec.label.en} (m²)` } : spec.label;
}

/** The plain columns of a table, in its order. */
export function columnsOf(table: FieldTable): ColumnSpec[] {
  return Object.entries(table).flatMap(([field, spec]) => {
    if (!spec.column) return [];
    const options = spec.column;
    const importable = options.importable ?? true;
    return [
      {
        key: options.key ?? field,
        field,
        header: headerOf(spec, options),
        aliases: options.aliases ?? [],
        cell: options.cell,
        vocabulary: spec.vocabulary,
        width: options.width ?? 14,
        importable,
        inTemplate: options.inTemplate ?? importable,
        note: options.note,
      },
    ];
  });
}

/** The fields a form section shows, in the table's order. */
export function formFieldsOf(table: FieldTable, section: string): Array<[string, FieldSpec & { form: FormOptions }]> {
  return Object.entries(table).filter((entry): entry is [string, FieldSpec & { form: FormOptions }] => entry[1].form?.section === section);
}

/** The field's name in one language, or the key itself for a field the table does not know. */
export function labelOf(table: FieldTable, key: string, language: Language): string {
  return table[key]?.label[language] ?? key;
}

/** `{name: '载体名称', …}`: every field's name in one language, for i18n resources. */
export function labelsIn(table: FieldTable, language: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([key, spec]) => [key, spec.label[language]]));
}
