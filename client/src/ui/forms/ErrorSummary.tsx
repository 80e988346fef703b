import type { FieldProblems } from './fieldErrors';
import { useProblemMessage } from './FormErrors';

export interface ErrorSummaryProps {
  /** E.g. "3 fields need attention", in the screen's words. */
  title(count: number): string;
  problems: FieldProblems;
  /** Whether a field on screen shows this path; other problems are listed here. */
  isShownOnField(path: string): boolean;
}

/**
 * The count of problems at the top of a form, plus any problem that has no field of its
 * own (a field the server added, say), so nothing the server says is lost.
 */
export function ErrorSummary({ title, problems, isShownOnField }: ErrorSummaryProps) {
  const messageOf = useProblemMessage();
  const entries = Object.entries(problems);
  if (entries.length === 0) return null;
  const orphans = entries.filter(([path]) => !isShownOnField(path));
  return (
    <div className="error-summary" role="alert">
      <strong>{title(entries.length)}</strong>
      {orphans.length > 0 && (
        <ul>
          {orphans.map(([path, problem]) => (
            <li key={path}>{messageOf(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
