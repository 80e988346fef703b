import { Contributors } from '@shared/planner';

/**
 * The planner attaches the ids behind every number (for drill-down). A full report of a
 * province would carry tens of thousands of them, so the progress endpoint sends only their
 * counts and the drill-down endpoint sends the ids of one number at a time.
 */
export function withContributorCounts(value: unknown): unknown {
  if (value instanceof Contributors) return { count: value.count };
  if (Array.isArray(value)) return value.map(withContributorCounts);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withContributorCounts(field)]));
  }
  return value;
}
