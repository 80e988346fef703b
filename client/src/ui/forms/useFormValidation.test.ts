import { describe, expect, it } from 'vitest';
import type { FieldProblems } from './fieldErrors';
import { shownProblems } from './useFormValidation';

const problems: FieldProblems = { name: { code: 'text.required' }, kind: { code: 'kind.missing' } };
const none = new Set<string>();

describe('which problems a form shows', () => {
  it('shows nothing on a form the user has only tabbed through', () => {
    expect(shownProblems(problems, { left: none, submitted: false }, {})).toEqual({});
  });

  it('shows a field’s problem once it was changed and left, and no other field’s', () => {
    expect(shownProblems(problems, { left: new Set(['name']), submitted: false }, {})).toEqual({ name: problems.name });
  });

  it('shows every problem after a submit', () => {
    expect(shownProblems(problems, { left: none, submitted: true }, {})).toEqual(problems);
  });

  it('keeps the server’s problems whatever the user did', () => {
    const server: FieldProblems = { name: { code: 'duplicate_name', serverMessage: '已存在' } };
    expect(shownProblems(problems, { left: none, submitted: false }, server)).toEqual(server);
  });
});
