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
import { conflict, forbidden, notFound } from '../http/errors';
import { requestLanguage } from '../http/language';
import { can, type Actor } from '@shared/policies';
import { presentChange, presentRevisions, type ChangeLean } from './presenter';

const changeNotFound = () => notFound({ zh: '变更', en: 'Change' });
const notPending = (status: string) =>
  conflict('change_not_pending', `该变更已处理（${status}）`, `This change has already been handled (${status})`);
const notYours = () => forbidden('not_submitter', '只能修改或撤回自己提交的变更', 'Only its submitter may revise or withdraw a change');
const notEditable = () =>
  conflict('change_not_editable', '删除申请无法修改；如需更改，请撤回后重新提交', 'A deletion cannot be revised; withdraw it and submit again');
const notRejected = () => conflict('change_not_rejected', '只有被驳回的变更可以重新提交', 'Only a rejected change can be resubmitted');
const alreadyReopened = () => conflict('change_already_reopened', '该变更已重新提交过', 'This change has already been resubmitted');
const movedOnSinceSubmission = () =>
  conflict(
    'stale_change',
    '提交后载体已被修改，此变更无法再修改；请撤回它并在最新版本上重新编辑',
    'The carrier changed after this was submitted; withdraw the change and edit the latest version',
  );
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

  /** The submitter's own change; anyone else is refused, reviewers included (they approve or reject). */
  async function loadOwn(actor: Actor, id: string) {
    const change = await Change.findById(id).lean<ChangeLean>();
    if (!change) throw changeNotFound();
    if (change.submittedBy !== actor.id) throw notYours();
    return change;
  }

  /** What a revision proposes, validated whole and checked like the submission it replaces. */
  async function revisedProposal(actor: Actor, change: ChangeLean, submission: CarrierCreate, request: Request) {
    if (change.action === 'create') {
      const renamed = submission.name !== change.carrierName || submission.region !== change.region;
      if (renamed) await carriers.assertNameFree(submission.region, submission.name);
      const owners = (change.proposed as { owners?: string[] } | null)?.owners ?? [change.submittedBy];
      return { proposed: { ...toStoredFields(submission), owners }, before: {} };
    }
    const current = await carriers.load(change.carrierId!);
    if (!can(actor, 'carrier:update', current)) throw notYours();
    if (current.version !== change.baseVersion) throw movedOnSinceSubmission();
    const next = carriers.mergeEdit(current, { ...submission, version: current.version }, requestLanguage(request));
    if (next.name !== current.name || next.region !== current.region) await carriers.assertNameFree(next.region, next.name, current.id);
    return { proposed: { ...toStoredFields(next), owners: current.owners }, before: toSubmission(current) };
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

    /** One change with its earlier proposals: its submitter and reviewers may read it. */
    async get(actor: Actor, id: string) {
      const change = await Change.findById(id).lean<ChangeLean>();
      if (!change) throw changeNotFound();
      if (change.submittedBy !== actor.id && !can(actor, 'change:listAll')) throw notYours();
      return { change: presentChange(change), revisions: presentRevisions(change) };
    },

    /**
     * The submitter corrects a change still waiting for review. The document is updated in
     * one write that also appends what it proposed before, so the reviewer sees the latest
     * proposal and the history stays readable; a review that got there first wins (409).
     */
    async revise(actor: Actor, id: string, submission: CarrierCreate, request: Request) {
      const change = await loadOwn(actor, id);
      if (change.status !== 'pending') throw notPending(change.status);
      if (change.action === 'delete') throw notEditable();
      const { proposed, before } = await revisedProposal(actor, change, submission, request);
      const diff = diffRecords(before, toSubmission(unsavedRecord(proposed)));
      const revised = await Change.findOneAndUpdate(
        { _id: change._id, status: 'pending' },
        {
          $set: { proposed, diff, carrierName: proposed.name, region: proposed.region, submittedAt: now() },
          $push: { revisions: { proposed: change.proposed ?? null, diff: change.diff ?? [], submittedAt: change.submittedAt } },
        },
        { returnDocument: 'after' },
      )
        .lean<ChangeLean>()
        .catch((error: unknown) => {
          if (change.action === 'create' && isDuplicateKeyError(error)) throw duplicateName(proposed.name);
          throw error;
        });
      if (!revised) throw notPending('reviewed');
      await recordAudit(
        context.db.models,
        { action: 'change:revise', outcome: 'success', actor, target: { type: 'carrier', id: change.carrierId ?? undefined, label: proposed.name }, diff: diffRecords(toSubmission(unsavedRecord(change.proposed as EditableFields)), toSubmission(unsavedRecord(proposed))), details: { changeId: id }, request },
        context.now,
      );
      return presentChange(revised);
    },

    /** The submitter takes a pending change back; it stays in the history as withdrawn. */
    async withdraw(actor: Actor, id: string, request: Request) {
      const change = await loadOwn(actor, id);
      if (change.status !== 'pending') throw notPending(change.status);
      const withdrawn = await Change.findOneAndUpdate({ _id: change._id, status: 'pending' }, { $set: { status: 'withdrawn', reviewedAt: now() } }, { returnDocument: 'after' }).lean<ChangeLean>();
      if (!withdrawn) throw notPending('reviewed');
      await recordAudit(
        context.db.models,
        { action: 'change:withdraw', outcome: 'success', actor, target: { type: 'carrier', id: change.carrierId ?? undefined, label: change.carrierName }, details: { changeId: id, changeAction: change.action }, request },
        context.now,
      );
      return presentChange(withdrawn);
    },

    /** A rejected change of the caller's that has not been resubmitted yet. */
    async loadReopenable(actor: Actor, id: string) {
      const change = await loadOwn(actor, id);
      if (change.status !== 'rejected') throw notRejected();
      if (change.reopenedAs) throw alreadyReopened();
      if (change.action === 'delete') throw notEditable();
      return change;
    },

    /** Links a rejected change and the submission that reopened it, both ways. */
    async linkReopened(actor: Actor, rejected: ChangeLean, reopenedAs: string, request: Request) {
      await Change.updateOne({ _id: reopenedAs }, { $set: { reopens: rejected._id.toString() } });
      await Change.updateOne({ _id: rejected._id, status: 'rejected' }, { $set: { reopenedAs } });
      await recordAudit(
        context.db.models,
        { action: 'change:reopen', outcome: 'success', actor, target: { type: 'carrier', id: rejected.carrierId ?? undefined, label: rejected.carrierName }, details: { changeId: reopenedAs, reopens: rejected._id.toString(), reason: rejected.reason ?? null }, request },
        context.now,
      );
      const linked = await Change.findById(reopenedAs).lean<ChangeLean>();
      return presentChange(linked!);
    },

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
