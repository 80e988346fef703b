import type { ReactNode } from 'react';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

/**
 * Rewrites the ways people write a day (2025/6/1, 2025.6.1, 2025年6月1日) as YYYY-MM-DD,
 * the one format of the planner; anything else is left for the schema to refuse.
 */
export function normalizeDateInput(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (!match) return trimmed;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
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
