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

/** What the user has done with the form so far, as far as showing problems goes. */
export interface Interaction {
  /** Fields the user left after changing them (leaving an unchanged field does not count). */
  left: ReadonlySet<string>;
  submitted: boolean;
}

/**
 * The problems a form shows: a field's own once it was changed and left, every one after a
 * submit, and the server's until their field is edited. Tabbing past an untouched field
 * shows nothing: an empty form is not yet wrong.
 */
export function shownProblems(clientProblems: FieldProblems, interaction: Interaction, serverProblems: FieldProblems): FieldProblems {
  const shown: FieldProblems = {};
  for (const [path, problem] of Object.entries(clientProblems)) {
    if (interaction.submitted || interaction.left.has(path)) shown[path] = problem;
  }
  return { ...shown, ...serverProblems };
}

/**
 * Validates a form's submission with the same zod schema the server uses; which problems
 * show is `shownProblems`' rule.
 */
export function useFormValidation(schema: z.ZodType, submission: unknown): FormValidation {
  const clientProblems = useMemo(() => validateWith(schema, submission), [schema, submission]);
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});

  const visibleProblems = useMemo(
    () => shownProblems(clientProblems, { left: touched, submitted }, serverProblems),
    [clientProblems, serverProblems, submitted, touched],
  );

  const touch = useCallback(
    (path: string) => {
      if (!changed.has(path)) return;
      setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
    },
    [changed],
  );

  const edited = useCallback((path: string) => {
    setChanged((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
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
    setChanged(new Set());
    setTouched(new Set());
    setSubmitted(false);
    setServerProblems({});
  }, []);

  return { clientProblems, visibleProblems, fields, attemptSubmit, showServerProblems: setServerProblems, reset };
}
