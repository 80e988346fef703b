import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { focusFirstInvalid, problemsFromApiError, type FieldProblems } from './fieldErrors';
import type { FormValidation } from './useFormValidation';

export interface FormSubmitOptions {
  validation: FormValidation;
  /** Runs once the shared schema passes; a throw is a refused save. */
  save: () => Promise<unknown>;
  /** The field problems in a refused save, or null when it is not about fields (default: the API's `fields`). */
  problemsOf?: (caught: unknown) => FieldProblems | null;
  /** Where focus goes when problems show (default: the first invalid field, else the error summary). */
  focusProblems?: () => void;
}

export interface FormSubmit {
  busy: boolean;
  /** A refusal that is not about one field (stale version, network, server), for the form to explain. */
  failure: unknown;
  submit: (event: FormEvent) => void;
  formRef: React.RefObject<HTMLFormElement | null>;
  summaryRef: React.RefObject<HTMLDivElement | null>;
}

function apiFieldProblems(caught: unknown): FieldProblems | null {
  return caught instanceof ApiError && caught.fields.length > 0 ? problemsFromApiError(caught) : null;
}

/**
 * The submit lifecycle every form shares: check with the shared schema first (every problem
 * shows, focus moves to the first), then save; the server's field problems land on their
 * fields like the client's, anything else is a failure for the form to explain.
 */
export function useFormSubmit({ validation, save, problemsOf = apiFieldProblems, focusProblems }: FormSubmitOptions): FormSubmit {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After the render that shows the problems, so there is an invalid field to land on.
  useEffect(() => {
    if (focusRequest === 0) return;
    if (focusProblems) focusProblems();
    else if (!focusFirstInvalid(formRef.current)) summaryRef.current?.focus();
    // focusProblems is a render-time closure; only a new request should move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  async function run() {
    setFailure(null);
    if (!validation.attemptSubmit()) {
      setFocusRequest((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      await save();
    } catch (caught) {
      const problems = problemsOf(caught);
      if (problems) {
        validation.showServerProblems(problems);
        setFocusRequest((value) => value + 1);
      } else {
        setFailure(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return { busy, failure, submit, formRef, summaryRef };
}

/** A failure as one line of text for a notice. */
export function failureText(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
