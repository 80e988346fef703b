import type { z } from 'zod';
import type { ApiError } from '../../api/client';

/**
 * A problem with one field: the shared message key (`code`) so the text follows the UI
 * language, and the server's own message for codes the client does not know.
 */
export interface FieldProblem {
  code: string;
  serverMessage?: string;
}

/** Problems by dotted path (`phases.0.openedOn`), the same paths the API reports. */
export type FieldProblems = Record<string, FieldProblem>;

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The first problem per field from a failed zod parse, keyed like the server's `fields`. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const key = pathKey(issue.path);
    problems[key] ??= { code: issue.message };
  }
  return problems;
}

export function problemsFromApiError(error: ApiError): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of error.fields) problems[field.path] ??= { code: field.code, serverMessage: field.message };
  return problems;
}

/** Validates `input` with a shared schema and returns the problems, empty when it passes. */
export function validateWith(schema: z.ZodType, input: unknown): FieldProblems {
  const result = schema.safeParse(input);
  return result.success ? {} : problemsFromIssues(result.error.issues);
}

/**
 * Moves focus to the first invalid control in document order, so a keyboard or
 * screen-reader user lands where the work is.
 */
export function focusFirstInvalid(container: HTMLElement | null): boolean {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return false;
  first.focus();
  first.scrollIntoView({ block: 'center', behavior: 'auto' });
  return true;
}
