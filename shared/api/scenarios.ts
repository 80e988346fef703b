import { z } from 'zod';
import { ScenarioSchema, type Scenario } from '../planner/scenario';

/** `POST /api/scenarios`, `PUT /api/scenarios/:id`: the scenario, and on an edit the version the editor saw. */
export const ScenarioSaveSchema = z.strictObject({
  scenario: ScenarioSchema,
  version: z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(1, { message: 'version.required' }).optional(),
});
export type ScenarioSave = z.infer<typeof ScenarioSaveSchema>;

export const ScenarioListQuerySchema = z.strictObject({ region: z.string().regex(/^[a-z-]{2,30}$/, { message: 'carrier.region.invalid' }).optional() });

/** A saved scenario as the API answers it. */
export type ScenarioView = Scenario & {
  id: string;
  version: number;
  createdBy: { id: string; username: string | null };
  createdAt: string | null;
  updatedAt: string | null;
};
