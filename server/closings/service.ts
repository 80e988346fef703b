import type { Request } from 'express';
import { correctionOf, type FrozenFigure } from '@shared/closings/schema';
import type { ClosingView } from '@shared/api/closings';
import type { CarrierRecord } from '@shared/carriers/record';
import type { TargetProgress } from '@shared/planner';
import type { Actor } from '@shared/policies';
import { recordAudit } from '../audit/record';
import { isDuplicateKeyError } from '../carriers/errors';
import type { AppContext } from '../context';
import { conflict } from '../http/errors';
import type { PeriodClosingFields } from './model';

export type ClosingService = ReturnType<typeof closingService>;

/** Closed periods: frozen once, audited, and compared with today's records on every progress answer. */
export function closingService(context: AppContext) {
  const { PeriodClosing } = context.db.models;

  return {
    /**
     * Freezes the figures of the targets whose period ends on `periodTo`, as the caller
     * evaluated them at that day. A second close of the same period is a 409: what was
     * reported stays as it was reported.
     */
    async close(actor: Actor, region: string, periodTo: string, note: string | undefined, progress: readonly TargetProgress[], request: Request): Promise<PeriodClosingFields> {
      const figures: FrozenFigure[] = progress.map((target) => ({
        targetId: target.id,
        figure: target.actual,
        status: target.status,
        contributors: target.contributors.ids(),
      }));
      const closing: PeriodClosingFields = {
        region,
        periodTo,
        closedAt: new Date(context.now()),
        closedBy: actor.id,
        closedByName: actor.username,
        ...(note ? { note } : {}),
        figures,
      };
      try {
        await PeriodClosing.create(closing);
      } catch (error) {
        if (isDuplicateKeyError(error)) throw conflict('period_already_closed', '该规划期已关账，期末数据已冻结', 'This plan period is already closed; its final figures are frozen');
        throw error;
      }
      await recordAudit(
        context.db.models,
        {
          action: 'period:close',
          outcome: 'success',
          actor,
          target: { type: 'period', id: `${region}:${periodTo}`, label: `${region} ${periodTo}` },
          details: { figures: figures.map(({ targetId, figure, status }) => ({ targetId, figure, status })), ...(note ? { note } : {}) },
          request,
        },
        context.now,
      );
      return closing;
    },

    async ofRegion(region: string): Promise<PeriodClosingFields[]> {
      return PeriodClosing.find({ region }).lean<PeriodClosingFields[]>();
    },
  };
}

/**
 * A target's closing as a progress answer shows it: the frozen figure, who closed it and
 * when, and the correction since, naming the carriers added or removed.
 */
export function closingViewOf(closing: PeriodClosingFields, target: TargetProgress, carriers: readonly CarrierRecord[]): ClosingView | undefined {
  const frozen = closing.figures.find((figure) => figure.targetId === target.id);
  if (!frozen) return undefined;
  const correction = correctionOf(frozen, target.actual, target.contributors.ids());
  const names = new Map(carriers.map((carrier) => [carrier.id, carrier.name]));
  const named = (refs: readonly string[]) => refs.map((ref) => ({ ref, name: names.get(ref.split(':')[0]!) ?? null }));
  return {
    periodTo: closing.periodTo,
    closedAt: new Date(closing.closedAt).toISOString(),
    closedBy: closing.closedByName ?? closing.closedBy,
    ...(closing.note ? { note: closing.note } : {}),
    figure: frozen.figure,
    status: frozen.status,
    correction: correction ? { figure: correction.figure, delta: correction.delta, added: named(correction.added), removed: named(correction.removed) } : null,
  };
}
