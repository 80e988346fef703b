import type { Scenario } from '@shared/planner';
import { api } from '../../api/client';
import { useApi, type AsyncState } from '../../ui/useApi';

/** A scenario as GET /api/scenarios lists it. */
export interface SavedScenario extends Scenario {
  id: string;
  version: number;
  createdBy: { id: string; username: string | null };
  createdAt: string | null;
  updatedAt: string | null;
}

export function useSavedScenarios(region: string): AsyncState<SavedScenario[]> {
  return useApi(async (signal) => (await api<{ items: SavedScenario[] }>('/api/scenarios', { query: { region }, signal })).items, [region]);
}

/** The scenario itself, without what the server adds to it. */
export function definitionOf(saved: SavedScenario): Scenario {
  const { id: _id, version: _version, createdBy: _by, createdAt: _created, updatedAt: _updated, ...scenario } = saved;
  return scenario;
}

/** Creates the scenario, or replaces the saved one with the version the planner loaded. */
export async function saveScenario(scenario: Scenario, saved: { id: string; version: number } | null): Promise<SavedScenario> {
  const reply = saved
    ? await api<{ scenario: SavedScenario }>(`/api/scenarios/${encodeURIComponent(saved.id)}`, { method: 'PUT', body: { scenario, version: saved.version } })
    : await api<{ scenario: SavedScenario }>('/api/scenarios', { method: 'POST', body: { scenario } });
  return reply.scenario;
}

export async function deleteScenario(id: string): Promise<void> {
  await api<void>(`/api/scenarios/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
