import { z } from 'zod';
import { inputShape, storedShape } from '../fields/table';
import { year } from '../fields/values';
import { MAX_YEAR, MIN_YEAR } from '../carriers/limits';
import { reportFields } from './fields';
import { reportErrors } from './rules';

/** A report as the API accepts it (PUT /api/carriers/:id/reports/:year): the table's fields, checked across fields. */
export const ReportInputSchema = z.strictObject(inputShape(reportFields)).superRefine((report, ctx) => {
  for (const issue of reportErrors(report)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
});
export type ReportInput = z.infer<typeof ReportInputSchema>;

/** The figures as stored, without the cross-field rules (they ran before the write). */
export const ReportFiguresSchema = z.object(storedShape(reportFields));

/** The `:id/:year` of a report route. */
export const ReportParamsSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{24}$/, { message: 'id.objectId' }),
  year: z.coerce.number({ message: 'year.integer' }).pipe(year(MIN_YEAR, MAX_YEAR)),
});
