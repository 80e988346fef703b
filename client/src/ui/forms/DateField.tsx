import type { ReactNode } from 'react';
import { parseDate } from '@shared/parse/values';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

/**
 * The day as the planner writes it (YYYY-MM-DD), read with the import's reader
 * (shared/parse/values.ts): 2025/6/1, 2025.6.1, 2025年6月1日, full-width digits, 20250601.
 * Anything unreadable is left as typed for the schema to refuse.
 */
export function normalizeDateInput(text: string): string {
  const date = parseDate(text);
  return date === undefined ? text.trim() : date;
}

export interface DateFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

/**
 * A date typed as YYYY-MM-DD. A plain text box rather than the browser's date picker, whose
 * display format follows the browser's locale (06/01/2025) instead of the planner's.
 */
export function DateField({ path, label, value, onChange, hint, required, className }: DateFieldProps) {
  const { edited } = useFormErrors();
  return (
    <Field path={path} label={label} hint={hint} required={required} className={className}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          maxLength={12}
          autoComplete="off"
          className="input-date"
          value={value}
          onChange={(event) => {
            edited(path);
            onChange(event.target.value);
          }}
          onBlur={(event) => {
            const normalized = normalizeDateInput(value);
            if (normalized !== value) onChange(normalized);
            control.onBlur(event);
          }}
        />
      )}
    </Field>
  );
}
