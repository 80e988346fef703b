import type { Request } from 'express';
import mongoose, { Types } from 'mongoose';
import { diffRecords } from '@shared/carriers/diff';
import type { CarrierRecord } from '@shared/carriers/record';
import type { CarrierCreate } from '@shared/carriers/schema';
import { recordAudit } from '../audit/record';
import { toStoredFields, toSubmission, type EditableFields } from '../carriers/normalize';
import { duplicateName, isDuplicateKeyError } from '../carriers/errors';
import type { CarrierService } from '../carriers/service';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import type { Actor } from '@shared/policies';
import { presentChange, type ChangeLean } from './presenter';

const changeNotFound = () => notFound({ zh: '变更', en: 'Change' });
const notPending = (status: string) =>
  conflict('change_not_pending', `该变更已处理（${status}）`, `This change has already been handled (${status})`);
const staleChange = () =>
  conflict(
    'stale_change',
    '提交后载体已被修改，此变更无法直接批准；请驳回并请填报人在最新版本上重新提交',
    'The carrier changed after this was submitted; reject it and ask the submitter to edit the latest version',
  );

/**
 * Reported changes: a manager's create, edit or deletion waits here until a planner approves
 * (it is then written as verified) or rejects it with a reason.
 */
/** What the queue needs of the yearly reports: approving a report change verifies the report. */
export interface ReportApprover {
  approveChange(actor: Actor, change: ChangeLean, request: Request): Promise<unknown>;
}

export function changeService(context: AppContext, carriers: CarrierService, reports?: ReportApprover) {
  const { Change } = context.db.models;
  const now = () => new Date(context.now());

  async function submit(
    actor: Actor,
    request: Request,
    change: { action: 'create' | 'update' | 'delete'; current?: CarrierRecord; proposed?: CarrierCreate },
  ) {
    const { action, current, proposed } = change;
    const name = proposed?.name ?? current!.name;
    const region = proposed?.region ?? current!.region;
    // The carrier id of a create is fixed now, so an approval retried after a crash is idempotent.
    const carrierId = current?.id ?? new Types.ObjectId().toString();
    const proposedRecord = proposed ? { ...toStoredFields(proposed), owners: current?.owners ?? [actor.id] } : null;
    const before = current ? toSubmission(current) : {};
    const after = proposedRecord ? toSubmission(unsavedRecord(proposedRecord)) : {};
    const diff = diffRecords(before, after);
    // A newer report on the same carrier replaces the older one in the queue.
    if (current) {
      await Change.updateMany({ carrierId: current.id, status: 'pending', subject: mongoose.trusted({ $ne: 'report' }) }, { $set: { status: 'superseded', reviewedAt: now() } });
    }
    const created = await Change.create({
      action,
      status: 'pending',
      carrierId,
      region,
      carrierName: name,
      proposed: proposedRecord,
      baseVersion: current?.version,
      diff,
      submittedBy: actor.id,
      submittedByName: actor.username,
      submittedAt: now(),
    }).catch((error: unknown) => {
      // A registration of the same name raced this one into the queue (pending_create_name_unique).
      if (action === 'create' && isDuplicateKeyError(error)) throw duplicateName(name);
      throw error;
    });
    const view = presentChange(created.toObject() as ChangeLean);
    await recordAudit(
      context.db.models,
      { action: `change:submit`, outcome: 'success', actor, target: { type: 'carrier', id: carrierId, label: name }, diff, details: { changeId: view.id, changeAction: action }, request },
      context.now,
    );
    return view;
  }

  async function loadPending(id: string) {
    const change = await Change.findById(id).lean<ChangeLean>();
    if (!change) throw changeNotFound();
    if (change.status !== 'pending') throw notPending(change.status);
    return change;
  }

  async function markReviewed(change: ChangeLean, actor: Actor, status: 'approved' | 'rejected', reason?: string) {
    const result = await Change.findOneAndUpdate(
      { _id: change._id, status: 'pending' },
      { $set: { status, reviewedBy: actor.id, reviewedByName: actor.username, reviewedAt: now(), ...(reason ? { reason } : {}) } },
      { returnDocument: 'after' },
    ).lean<ChangeLean>();
    if (!result) throw notPending('reviewed');
    return presentChange(result);
  }

  return {
    submit,

    async list(filter: { status?: string; mine: boolean }, actor: Actor) {
      const query: Record<string, unknown> = {};
      if (filter.status) query.status = filter.status;
      if (filter.mine) query.submittedBy = actor.id;
      const changes = await Change.find(query).sort({ submittedAt: -1, _id: -1 }).limit(500).lean<ChangeLean[]>();
      return changes.map(presentChange);
    },

    async approve(actor: Actor, id: string, request: Request) {
      const change = await loadPending(id);
      if (change.subject === 'report') {
        if (!reports) throw new Error('report approvals need the report service');
        const report = await reports.approveChange(actor, change, request);
        return { change: await markReviewed(change, actor, 'approved'), carrier: null, report };
      }
      const proposed = change.proposed as (CarrierCreate & { owners: string[] }) | null;
      const audit = { request, action: 'change:approve' };
      let carrier: CarrierRecord | null = null;
      if (change.action === 'create') {
        try {
          carrier = await carriers.insertVerified(actor, proposed!, { id: change.carrierId!, owners: proposed!.owners, ...audit });
        } catch (error) {
          // Inserted before a crash on an earlier attempt: the approval only needs recording.
          if (!(await context.db.models.Carrier.exists({ _id: change.carrierId }))) throw error;
          carrier = await carriers.load(change.carrierId!);
        }
      } else {
        const current = await carriers.load(change.carrierId!);
        if (current.version !== change.baseVersion) throw staleChange();
        if (change.action === 'update') {
          carrier = await carriers.applyVerified(actor, current, toSubmission({ ...current, ...proposed } as CarrierRecord), current.version, audit);
        } else {
          await carriers.removeVerified(actor, current, current.version, audit);
        }
      }
      const view = await markReviewed(change, actor, 'approved');
      return { change: view, carrier: carrier ? (await carriers.present([carrier]))[0]! : null };
    },

    async reject(actor: Actor, id: string, reason: string, request: Request) {
      const change = await loadPending(id);
      const view = await markReviewed(change, actor, 'rejected', reason);
      await recordAudit(
        context.db.models,
        { action: 'change:reject', outcome: 'success', actor, target: { type: 'carrier', id: change.carrierId ?? undefined, label: change.carrierName }, details: { changeId: id, reason, ...(change.subject === 'report' ? { subject: 'report', year: change.year } : {}) }, request },
        context.now,
      );
      return { change: view };
    },
  };
}

/** Stored fields as a record that has not been saved yet (for diffs against the current one). */
function unsavedRecord(fields: EditableFields): CarrierRecord {
  return { ...fields, id: '', version: 0, createdAt: '', updatedAt: '' };
}

export type ChangeService = ReturnType<typeof changeService>;
