import { z } from 'zod';
import { TargetReadingIdSchema } from '../planner/targets';

/** `/api/targets/:targetId…`: a target's id in the path. */
export const TargetIdParamsSchema = z.strictObject({
  targetId: z.string({ message: 'target.id.format' }).regex(/^[A-Za-z][A-Za-z0-9_-]{0,19}$/, { message: 'target.id.format' }),
});

/**
 * `PUT /api/targets/:targetId/reading`: which of the target's readings is in use (the one
 * its figure, status and dashboard card show), with the version the planner saw.
 */
export const TargetReadingChoiceSchema = z.strictObject({
  reading: TargetReadingIdSchema,
  version: z.number({ message: 'version.required' }).int({ message: 'version.required' }).min(1, { message: 'version.required' }),
});
export type TargetReadingChoice = z.infer<typeof TargetReadingChoiceSchema>;
