import { api } from '../../api/client';
import { useApi, type AsyncState } from '../../ui/useApi';
import type { ProgressParams } from '../../progress/controls/useProgressParams';
import type { ProgressReply } from '@shared/api/progress';

/** Progress of a region's targets at the as-of, on the chosen basis, reloaded when any of them changes. */
export function useProgress({ region, asOf, basis }: ProgressParams): AsyncState<ProgressReply> {
  return useApi((signal) => api<ProgressReply>(`/api/regions/${encodeURIComponent(region)}/progress`, { query: { asOf, basis }, signal }), [region, asOf, basis]);
}
