import { useId, type FocusEvent, type ReactNode } from 'react';
import { useFormErrors, useProblemMessage } from './FormErrors';

/** Attributes that tie a control to its label, hint and error message. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  onBlur(event?: FocusEvent<HTMLElement>): void;
}

/**
 * Leaving a field for the submit button shows no message yet: the message would push the
 * button down under the pointer and the click would miss. The submit validates everything.
 */
function isLeavingForSubmit(event?: FocusEvent<HTMLElement>): boolean {
  const next = event?.relatedTarget;
  return next instanceof HTMLButtonElement && next.type === 'submit';
}

export interface FieldProps {
  /** Dotted path of the value in the submission, as the schema and the API report it. */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children(control: ControlProps): ReactNode;
}

/**
 * A labelled field with a slot for its hint and its error. The error is announced and
 * linked to the control (aria-describedby) so it is read out with the field.
 */
export function Field({ path, label, hint, required, className, children }: FieldProps) {
  const id = useId();
  const { problemFor, touch } = useFormErrors();
  const messageOf = useProblemMessage();
  const problem = problemFor(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', problem ? 'field-invalid' : null, className].filter(Boolean).join(' ')} data-path={path}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' '}*
          </span>
        )}
      </label>
      {children({
        id,
        name: path,
        'aria-invalid': Boolean(problem),
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
        onBlur: (event) => {
          if (!isLeavingForSubmit(event)) touch(path);
        },
      })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          {messageOf(problem)}
        </span>
      )}
    </div>
  );
}
