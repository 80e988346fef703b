import type { Request } from 'express';
import type { CarrierCreate } from '@shared/carriers/schema';
import type { Actor } from '@shared/policies';
import type { CarrierCommands } from '../carriers/commands';
import type { CarrierService } from '../carriers/service';
import type { ChangeService } from './service';

/**
 * A rejected registration or edit, corrected and sent again. It goes through the same
 * command as a first submission (ownership, names, the whole-record schema), against the
 * carrier as it is now, and the two changes point at each other so the reviewer sees the
 * earlier reason.
 */
export async function reopenRejected(
  services: { changes: ChangeService; carriers: CarrierService; commands: CarrierCommands },
  actor: Actor,
  id: string,
  submission: CarrierCreate,
  request: Request,
) {
  const { changes, carriers, commands } = services;
  const rejected = await changes.loadReopenable(actor, id);
  const outcome =
    rejected.action === 'create'
      ? await commands.registerCarrier(actor, submission, request)
      : await commands.editCarrier(actor, rejected.carrierId!, { ...submission, version: (await carriers.load(rejected.carrierId!)).version }, request);
  // Only managers' changes are ever rejected, and their submissions always wait for review.
  if (outcome.verified) throw new Error('a resubmission was written as verified');
  return changes.linkReopened(actor, rejected, outcome.change.id, request);
}
