import type { LocalizedName } from '@shared/regions';
import { api } from '../../api/client';
import { useApi, type AsyncState } from '../../ui/useApi';

/** A region as GET /api/regions lists it. */
export interface RegionSummary {
  id: string;
  name: LocalizedName;
  level: 'prefecture' | 'county';
  parent: string | null;
  children: string[];
  carrierCount: number;
  targetCount: number;
}

/** County units first (Taicang is home), then the prefecture that contains them. */
const LEVEL_ORDER: Record<RegionSummary['level'], number> = { county: 0, prefecture: 1 };

function homeFirst(a: RegionSummary, b: RegionSummary): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || Number(b.id === 'taicang') - Number(a.id === 'taicang');
}

/** The regions that have targets: the only ones a progress screen can show. */
export function useRegionsWithTargets(): AsyncState<RegionSummary[]> {
  return useApi(
    async (signal) => {
      const reply = await api<{ items: RegionSummary[] }>('/api/regions', { signal });
      return reply.items.filter((region) => region.targetCount > 0).sort(homeFirst);
    },
    [],
  );
}

/** Every region, with or without targets: where a planner may set targets. */
export function useAllRegions(): AsyncState<RegionSummary[]> {
  return useApi(
    async (signal) => {
      const reply = await api<{ items: RegionSummary[] }>('/api/regions', { signal });
      return [...reply.items].sort(homeFirst);
    },
    [],
  );
}
