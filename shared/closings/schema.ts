import { z } from 'zod';
import { IsoDateSchema } from '../fields/values';
import { text } from '../fields/text';
import type { TargetStatus } from '../planner/pace';

/*
 * Closing a plan period (issue 21, item 3): a planner freezes the final figures of every
 * target of a region whose period ends on one day. The frozen figure is what was reported;
 * a later change to the records that alters it is shown as a correction beside it, never
 * silently in its place.
 */

/** Why a close is asked for and what it says; `periodTo` is the last day of the period closed. */
export const ClosePeriodSchema = z.strictObject({
  periodTo: IsoDateSchema,
  note: text({ max: 500, multiline: true }).optional(),
});
export type ClosePeriod = z.infer<typeof ClosePeriodSchema>;

/** One target's figure as frozen at the close. */
export interface FrozenFigure {
  targetId: string;
  figure: number;
  status: TargetStatus;
  /** The contributors (`carrierId` or `carrierId:phaseId`) the figure counted. */
  contributors: string[];
}

/** What changed in a frozen figure since the close. */
export interface Correction {
  figure: number;
  delta: number;
  /** Contributors counted now that were not then, and the reverse. */
  added: string[];
  removed: string[];
}

/**
 * The correction of a frozen figure, or null when the records still give the same figure
 * from the same contributors.
 */
export function correctionOf(frozen: FrozenFigure, figure: number, contributors: readonly string[]): Correction | null {
  const then = new Set(frozen.contributors);
  const now = new Set(contributors);
  const added = contributors.filter((ref) => !then.has(ref));
  const removed = frozen.contributors.filter((ref) => !now.has(ref));
  if (figure === frozen.figure && added.length === 0 && removed.length === 0) return null;
  return { figure, delta: figure - frozen.figure, added, removed };
}
