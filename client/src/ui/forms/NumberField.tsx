import { parseNumber } from '@shared/parse/values';
import type { ReactNode } from 'react';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

/**
 * Reads a number as people type it, with the reader the import uses (shared/parse/values.ts):
 * "12,345", "１２３４５", "0.8万", "8000㎡". Blank is `undefined`; anything unreadable is NaN.
 */
export function parseNumberInput(text: string): number | undefined {
  const value = parseNumber(text);
  return typeof value === 'string' ? Number.NaN : value;
}

export interface NumberFieldProps {
  path: string;
  label: ReactNode;
  /** The text as typed, so that "12,3" stays on screen while the user corrects it. */
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  required?: boolean;
  /** A unit shown after the box, e.g. ㎡. */
  unit?: ReactNode;
  decimals?: boolean;
  className?: string;
}

export function NumberField({ path, label, value, onChange, hint, required, unit, decimals = true, className }: NumberFieldProps) {
  const { edited } = useFormErrors();
  return (
    <Field path={path} label={label} hint={hint} required={required} className={className}>
      {(control) => (
        <span className="input-with-unit">
          <input
            {...control}
            type="text"
            inputMode={decimals ? 'decimal' : 'numeric'}
            value={value}
            autoComplete="off"
            onChange={(event) => {
              edited(path);
              onChange(event.target.value);
            }}
          />
          {unit && <span className="input-unit">{unit}</span>}
        </span>
      )}
    </Field>
  );
}
