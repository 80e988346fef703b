import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './fieldErrors';

/** What a field needs from its form: its problem (if shown) and how to report a blur or edit. */
export interface FormErrorsApi {
  problemFor(path: string): FieldProblem | undefined;
  touch(path: string): void;
  edited(path: string): void;
}

const noErrors: FormErrorsApi = { problemFor: () => undefined, touch: () => undefined, edited: () => undefined };

const FormErrorsContext = createContext<FormErrorsApi>(noErrors);

export function FormErrorsProvider({ value, children }: { value: FormErrorsApi; children: ReactNode }) {
  return <FormErrorsContext.Provider value={value}>{children}</FormErrorsContext.Provider>;
}

export function useFormErrors(): FormErrorsApi {
  return useContext(FormErrorsContext);
}

/**
 * Translates a field problem in the UI's language. Shared validation keys contain dots, so
 * the lookup turns the key separator off; unknown codes fall back to the server's message.
 */
export function useProblemMessage(): (problem: FieldProblem) => string {
  const { t, i18n } = useTranslation();
  return (problem) => {
    const options = { ns: 'validation', keySeparator: false } as const;
    if (i18n.exists(problem.code, options)) return t(problem.code, options);
    return problem.serverMessage ?? t('invalid', options);
  };
}
