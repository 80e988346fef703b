import type { ScenarioView } from '@shared/api/scenarios';
import type { Scenario } from '@shared/planner';

/** A saved scenario as read with `.lean()`. */
export interface ScenarioLean {
  _id: { toString(): string };
  name: string;
  region: string;
  definition: Scenario;
  version: number;
  createdBy: string;
  createdByName?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
}

export function presentScenario(doc: ScenarioLean): ScenarioView {
  return {
    id: doc._id.toString(),
    ...doc.definition,
    version: doc.version,
    createdBy: { id: doc.createdBy, username: doc.createdByName ?? null },
    createdAt: doc.createdAt?.toISOString() ?? null,
    updatedAt: doc.updatedAt?.toISOString() ?? null,
  };
}
