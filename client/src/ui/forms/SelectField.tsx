import type { ReactNode } from 'react';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  path: string;
  label: ReactNode;
  value: T | '';
  options: readonly SelectOption<T>[];
  onChange(value: T | ''): void;
  /** Text of an empty first choice; without it a value must be chosen. */
  placeholder?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
}

export function SelectField<T extends string>({ path, label, value, options, onChange, placeholder, hint, required, disabled, className }: SelectFieldProps<T>) {
  const { edited } = useFormErrors();
  return (
    <Field path={path} label={label} hint={hint} required={required} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={disabled}
          onChange={(event) => {
            edited(path);
            onChange(event.target.value as T | '');
          }}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
