import { useFormErrors, useProblemMessage } from '../../../ui/forms/FormErrors';

/** The error of a whole list (e.g. "at least one phase is required"), shown in its group. */
export function GroupProblem({ path }: { path: string }) {
  const { problemFor } = useFormErrors();
  const messageOf = useProblemMessage();
  const problem = problemFor(path);
  if (!problem) return null;
  return (
    <p className="field-error" role="alert" data-path={path}>
      {messageOf(problem)}
    </p>
  );
}
