import { z } from 'zod';
import { IsoDateSchema } from '@shared/carriers/schema';
import { DIMENSIONS, ForecastWeightsSchema, ScenarioSchema } from '@shared/planner';

/** Which carriers count: verified only (the default, what is reported upward) or as reported. */
export const BasisSchema = z.enum(['verified', 'reported'], { message: 'progress.basis' });
export type Basis = z.infer<typeof BasisSchema>;

export const ProgressQuerySchema = z.strictObject({
  asOf: IsoDateSchema.optional(),
  basis: BasisSchema.default('verified'),
});
export type ProgressQuery = z.infer<typeof ProgressQuerySchema>;

/** One number of a target to drill into: the whole value, a year of its series, or a breakdown cell. */
export const DrillDownQuerySchema = ProgressQuerySchema.extend({
  year: z.coerce.number({ message: 'year.integer' }).int({ message: 'year.integer' }).min(1980, { message: 'year.range' }).max(2100, { message: 'year.range' }).optional(),
  dimension: z.enum(DIMENSIONS, { message: 'invalid' }).optional(),
  key: z.string().trim().max(100, { message: 'text.tooLong' }).optional(),
});
export type DrillDownQuery = z.infer<typeof DrillDownQuerySchema>;

export const ScenarioEvaluationSchema = z.strictObject({
  scenario: ScenarioSchema,
  /** Compared with this scenario, or with the baseline (no edits) when absent. */
  against: ScenarioSchema.optional(),
  asOf: IsoDateSchema.optional(),
  basis: BasisSchema.default('verified'),
  weights: ForecastWeightsSchema.optional(),
});
export type ScenarioEvaluation = z.infer<typeof ScenarioEvaluationSchema>;
