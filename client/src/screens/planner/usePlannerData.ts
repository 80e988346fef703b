import type { CarrierRecord } from '@shared/carriers/record';
import type { Target } from '@shared/planner';
import { api } from '../../api/client';
import { useApi, type AsyncState } from '../../ui/useApi';
import type { Basis } from '../../progress/controls/useProgressParams';

/** What the browser evaluates scenarios on: the region's carriers and its targets. */
export interface PlannerData {
  region: string;
  carriers: CarrierRecord[];
  targets: Target[];
}

/** Loaded once per region and basis; every edit after that is computed in the browser. */
export function usePlannerData(region: string, basis: Basis): AsyncState<PlannerData> {
  return useApi(
    async (signal) => {
      const path = `/api/regions/${encodeURIComponent(region)}`;
      const [carriers, targets] = await Promise.all([
        api<{ items: CarrierRecord[] }>(`${path}/carriers`, { query: { basis }, signal }),
        api<{ items: Target[] }>(`${path}/targets`, { signal }),
      ]);
      return { region, carriers: carriers.items, targets: targets.items };
    },
    [region, basis],
  );
}
