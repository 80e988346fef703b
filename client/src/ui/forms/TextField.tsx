import type { ReactNode } from 'react';
import { Field } from './Field';
import { useFormErrors } from './FormErrors';

export interface TextFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
  autoComplete?: string;
  placeholder?: string;
  className?: string;
  multiline?: boolean;
}

export function TextField({ path, label, value, onChange, hint, required, maxLength, type = 'text', autoComplete, placeholder, className, multiline }: TextFieldProps) {
  const { edited } = useFormErrors();
  const change = (next: string) => {
    edited(path);
    onChange(next);
  };
  return (
    <Field path={path} label={label} hint={hint} required={required} className={className}>
      {(control) =>
        multiline ? (
          <textarea {...control} value={value} maxLength={maxLength} placeholder={placeholder} rows={3} onChange={(event) => change(event.target.value)} />
        ) : (
          <input
            {...control}
            type={type}
            value={value}
            maxLength={maxLength}
            autoComplete={autoComplete ?? 'off'}
            placeholder={placeholder}
            onChange={(event) => change(event.target.value)}
          />
        )
      }
    </Field>
  );
}
