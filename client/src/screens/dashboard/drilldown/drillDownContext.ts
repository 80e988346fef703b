import { createContext, useContext } from 'react';
import type { Dimension } from '@shared/planner';
import type { ProgressTarget } from '@shared/api/progress';

/** Which number of a target to open: the whole value, one year of its series, or one breakdown cell. */
export type DrillScope = { kind: 'total' } | { kind: 'year'; year: number } | { kind: 'cell'; dimension: Dimension; key: string; name: string };

export interface DrillRequest {
  target: ProgressTarget;
  scope: DrillScope;
  /** The number that was clicked, to show beside the list it adds up to. */
  value: number;
}

/** Opens the drill-down panel from anywhere on the dashboard (cards, charts, tables). */
export const DrillDownContext = createContext<(request: DrillRequest) => void>(() => undefined);

export function useOpenDrillDown(): (request: DrillRequest) => void {
  return useContext(DrillDownContext);
}
