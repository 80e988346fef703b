import type { FieldSpec, FieldTable, FormControl } from '@shared/fields/table';
import { parseDate, parseNumber } from '@shared/parse/values';

/*
 * A row of a field table as a form holds it: every field with a plain control, as typed
 * (numbers and dates as text, blanks as ''), so a half-typed value never jumps around. It
 * becomes a submission only to validate and send.
 */
export type PlainDraft = Record<string, string | boolean>;

/** Fields a form edits with a plain control; `custom` ones have components of their own. */
export function plainFieldsOf(table: FieldTable): Array<[string, FieldSpec]> {
  return Object.entries(table).filter(([, spec]) => spec.input && spec.form && spec.form.control !== 'custom');
}

const NUMERIC: ReadonlySet<FormControl> = new Set(['number', 'area', 'year']);

/** The form's starting point for a stored row (or a blank one). */
export function draftValues(table: FieldTable, row: Record<string, unknown> = {}, defaults: PlainDraft = {}): PlainDraft {
  return Object.fromEntries(
    plainFieldsOf(table).map(([key, spec]) => {
      const value = row[key];
      if (spec.form!.control === 'checkbox') return [key, typeof value === 'boolean' ? value : Boolean(defaults[key])];
      if (value === undefined || value === null) return [key, defaults[key] ?? ''];
      return [key, String(value)];
    }),
  );
}

/**
 * The submission's values. Text goes as typed, so a blank clears the stored value on an
 * edit (or is left out with `blankText: 'absent'`, for list items, which are replaced
 * whole); numbers and dates are read with the shared readers the import uses ("0.8万",
 * "８０００", "2024年5月1日") and left out when blank; an unanswered select is left out, so
 * the schema asks for it.
 */
export function submissionValues(table: FieldTable, draft: PlainDraft, options: { blankText?: 'empty' | 'absent' } = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, spec] of plainFieldsOf(table)) {
    const value = draft[key];
    if (value === undefined) continue;
    const control = spec.form!.control;
    if (control === 'checkbox') values[key] = Boolean(value);
    else if (NUMERIC.has(control)) values[key] = parseNumber(String(value));
    else if (control === 'date') values[key] = parseDate(String(value));
    else if (control === 'select') values[key] = value === '' ? undefined : value;
    else values[key] = value === '' && options.blankText === 'absent' && !isRequired(spec) ? undefined : value;
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** A field is required when its input is not optional (a table may say otherwise per row). */
export function isRequired(spec: FieldSpec): boolean {
  return Boolean(spec.input && !spec.input.safeParse(undefined).success);
}
