import { z } from 'zod';

/** A reviewer's rejection must say why; the manager sees the reason beside their submission. */
export const RejectChangeSchema = z.strictObject({
  reason: z.string({ message: 'change.reason.required' }).trim().min(2, { message: 'change.reason.required' }).max(500, { message: 'text.tooLong' }),
});
export type RejectChange = z.infer<typeof RejectChangeSchema>;
