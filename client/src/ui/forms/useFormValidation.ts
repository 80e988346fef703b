import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import { validateWith, type FieldProblem, type FieldProblems } from './fieldErrors';
import type { FormErrorsApi } from './FormErrors';

export interface FormValidation {
  /** Everything the shared schema finds wrong now, shown or not. */
  clientProblems: FieldProblems;
  /** What the fields show: problems of fields the user has left, all after a submit, and the server's. */
  visibleProblems: FieldProblems;
  fields: FormErrorsApi;
  /** Marks the form as submitted (every problem shows); true when the schema passes. */
  attemptSubmit(): boolean;
  showServerProblems(problems: FieldProblems): void;
  reset(): void;
}

/**
 * Validates a form's submission with the same zod schema the server uses: problems appear
 * once a field is left (on blur) or the form is submitted; a server problem stays on its
 * field until that field is edited.
 */
export function useFormValidation(schema: z.ZodType, submission: unknown): FormValidation {
  const clientProblems = useMemo(() => validateWith(schema, submission), [schema, submission]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});

  const visibleProblems = useMemo(() => {
    const shown: FieldProblems = {};
    for (const [path, problem] of Object.entries(clientProblems)) {
      if (submitted || touched.has(path)) shown[path] = problem;
    }
    return { ...shown, ...serverProblems };
  }, [clientProblems, serverProblems, submitted, touched]);

  const touch = useCallback((path: string) => {
    setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
  }, []);

  const edited = useCallback((path: string) => {
    setServerProblems((previous) => {
      if (!(path in previous)) return previous;
      const { [path]: _dropped, ...rest } = previous;
      return rest;
    });
  }, []);

  const fields = useMemo<FormErrorsApi>(
    () => ({ problemFor: (path: string): FieldProblem | undefined => visibleProblems[path], touch, edited }),
    [visibleProblems, touch, edited],
  );

  const attemptSubmit = useCallback(() => {
    setSubmitted(true);
    setServerProblems({});
    return Object.keys(clientProblems).length === 0;
  }, [clientProblems]);

  const reset = useCallback(() => {
    setTouched(new Set());
    setSubmitted(false);
    setServerProblems({});
  }, []);

  return { clientProblems, visibleProblems, fields, attemptSubmit, showServerProblems: setServerProblems, reset };
}
