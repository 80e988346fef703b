import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProblem {
  key: string;
  /** Shared validation messages (shared/validation/messages.ts) or the planner's own texts. */
  shared: boolean;
}

interface FormFieldProps {
  label: ReactNode;
  problem?: FieldProblem;
  hint?: ReactNode;
  className?: string;
  children(control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }): ReactNode;
}

/** A label, its control, a hint and the problem with the value, tied together for screen readers. */
export function FormField({ label, problem, hint, className, children }: FormFieldProps) {
  const { t } = useTranslation('planner');
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['control', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(problem), 'aria-describedby': describedBy })}
      {hint && (
        <span id={`${id}-hint`} className="control-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {problem.shared ? t(problem.key, { ns: 'validation', keySeparator: false }) : t(problem.key)}
        </span>
      )}
    </div>
  );
}
