import { useId, type ReactNode } from 'react';

export interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
}

/** A checkbox with its label after it, the whole line clickable. */
export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const hintId = useId();
  return (
    <div className="field field-checkbox">
      <label>
        <input type="checkbox" checked={checked} aria-describedby={hint ? hintId : undefined} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
