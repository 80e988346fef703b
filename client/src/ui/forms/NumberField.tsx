import type { ReactNode } from 'react';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

/**
 * Reads a number as people type it: thousands separators (12,345 or 12，345) and spaces are
 * ignored; blank is `undefined` and anything else unreadable is NaN, so the shared schema
 * reports it with its own message.
 */
export function parseNumberInput(text: string): number | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  if (cleaned === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
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
