import type { Request } from 'express';
import type { CarrierView } from '@shared/carriers/record';
import type { CarrierCreate, CarrierPatch } from '@shared/carriers/schema';
import { authorize } from '../auth/guards';
import type { ChangeService } from '../changes/service';
import type { AppContext } from '../context';
import { phaseStateIssues } from '@shared/carriers/phaseStates';
import { todayInChina } from '@shared/dates';
import { translate } from '@shared/validation/messages';
import { forbidden, validationFailed } from '../http/errors';
import { requestLanguage } from '../http/language';
import { type Actor, can, editsAreVerified } from '@shared/policies';
import { staleVersion } from './errors';
import type { CarrierService } from './service';

/**
 * What a registry edit came to: planners' and admins' edits are verified at once (and count
 * toward targets); managers' wait for review as a pending change. This is the one place
 * that rule is applied to carriers.
 */
export type EditOutcome = { verified: true; carrier: CarrierView | null } | { verified: false; change: Awaited<ReturnType<ChangeService['submit']>> };

/** Only admins assign owners; anyone else sending `owners` is refused rather than ignored. */
function assertMayAssignOwners(actor: Actor, owners: string[] | undefined): void {
  if (owners !== undefined && !can(actor, 'carrier:assignOwners')) {
    throw forbidden('owners_admin_only', '只有管理员可以指定载体负责人', 'Only administrators assign carrier owners');
  }
}

/**
 * The registry's mutations, each a command that owns its rules: who may, what must hold,
 * verified now or pending review. Routes call these and present the outcome.
 */
export function carrierCommands(context: AppContext, carriers: CarrierService, changes: ChangeService) {
  /** A planned phase cannot carry a construction start on or before today (400 naming the field). */
  function assertPhaseStates(phases: CarrierCreate['phases'], request: Request): void {
    const issues = phaseStateIssues(phases, todayInChina(new Date(context.now())));
    if (issues.length === 0) return;
    const language = requestLanguage(request);
    throw validationFailed(issues.map((issue) => ({ ...issue, message: translate(issue.code, language) })));
  }

  return {
    async registerCarrier(actor: Actor, input: CarrierCreate, request: Request): Promise<EditOutcome> {
      assertMayAssignOwners(actor, input.owners);
      assertPhaseStates(input.phases, request);
      if (editsAreVerified(actor)) {
        const record = await carriers.insertVerified(actor, input, { request });
        return { verified: true, carrier: (await carriers.present([record]))[0]! };
      }
      await carriers.assertNameFree(input.region, input.name);
      return { verified: false, change: await changes.submit(actor, request, { action: 'create', proposed: input }) };
    },

    async editCarrier(actor: Actor, id: string, patch: CarrierPatch, request: Request): Promise<EditOutcome> {
      const current = await carriers.load(id);
      await authorize(context, request, 'carrier:update', current);
      assertMayAssignOwners(actor, patch.owners);
      if (patch.version !== current.version) throw staleVersion(current.version);
      const next = carriers.mergeEdit(current, patch, requestLanguage(request));
      if (patch.phases !== undefined) assertPhaseStates(next.phases, request);
      if (editsAreVerified(actor)) {
        const updated = await carriers.applyVerified(actor, current, next, patch.version, { request });
        return { verified: true, carrier: (await carriers.present([updated]))[0]! };
      }
      if (next.name !== current.name || next.region !== current.region) await carriers.assertNameFree(next.region, next.name, current.id);
      return { verified: false, change: await changes.submit(actor, request, { action: 'update', current, proposed: next }) };
    },

    async removeCarrier(actor: Actor, id: string, version: number | undefined, request: Request): Promise<EditOutcome> {
      const current = await carriers.load(id);
      await authorize(context, request, 'carrier:delete', current);
      if (editsAreVerified(actor)) {
        await carriers.removeVerified(actor, current, version, { request });
        return { verified: true, carrier: null };
      }
      if (version !== undefined && version !== current.version) throw staleVersion(current.version);
      return { verified: false, change: await changes.submit(actor, request, { action: 'delete', current }) };
    },
  };
}

export type CarrierCommands = ReturnType<typeof carrierCommands>;
