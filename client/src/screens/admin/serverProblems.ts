import { ApiError } from '../../api/client';
import { problemsFromApiError, type FieldProblems } from '../../ui/forms/fieldErrors';

/**
 * Field problems in an API error, including a taken username (409 without `fields`), which
 * belongs next to the username box like any other field error.
 */
export function accountProblems(error: unknown): FieldProblems | null {
  if (!(error instanceof ApiError)) return null;
  if (error.id === 'duplicate_username') return { username: { code: 'username.taken', serverMessage: error.message } };
  return error.fields.length > 0 ? problemsFromApiError(error) : null;
}
