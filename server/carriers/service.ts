import type { Request } from 'express';
import mongoose, { Types } from 'mongoose';
import { diffRecords } from '@shared/carriers/diff';
import type { CarrierFilter, CarrierListQuery } from '@shared/carriers/query';
import type { CarrierRecord, CarrierView } from '@shared/carriers/record';
import { CarrierCreateSchema, type CarrierCreate, type CarrierPatch } from '@shared/carriers/schema';
import { localizeIssues, type Language } from '@shared/validation/messages';
import { todayInChina, yearOf } from '@shared/dates';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { validationFailed } from '../http/errors';
import { editsAreVerified, type Actor } from '@shared/policies';
import type { ChangeLean } from '../changes/presenter';
import { carrierNotFound, duplicateName, isDuplicateKeyError, staleVersion } from './errors';
import { carrierFilter, carrierSort, underPath } from './filters';
import { toStoredFields, toSubmission } from './normalize';
import { presentCarrier, toRecord, type CarrierLean } from './presenter';
import { bumpRegistryRevision } from './snapshot';
import { summaryOf } from './summary';

export function carrierService(context: AppContext) {
  const { Carrier, Change } = context.db.models;
  const today = () => todayInChina(new Date(context.now()));

  async function load(id: string): Promise<CarrierRecord> {
    const doc = await Carrier.findOne({ _id: id, deletedAt: null }).lean<CarrierLean>();
    if (!doc) throw carrierNotFound();
    return toRecord(doc);
  }

  /** Carrier ids that have a change waiting for review, with the change. */
  async function pendingChangesFor(carrierIds: string[]): Promise<Map<string, { id: string; action: 'create' | 'update' | 'delete' }>> {
    if (carrierIds.length === 0) return new Map();
    const changes = await Change.find({ status: 'pending', subject: mongoose.trusted({ $ne: 'report' }), carrierId: mongoose.trusted({ $in: carrierIds }) }, { carrierId: 1, action: 1 }).lean();
    return new Map(changes.map((change) => [change.carrierId!, { id: change._id.toString(), action: change.action }]));
  }

  async function present(records: CarrierRecord[]): Promise<CarrierView[]> {
    const pending = await pendingChangesFor(records.map((record) => record.id));
    const asOf = today();
    return records.map((record) => {
      const change = pending.get(record.id);
      return presentCarrier(record, asOf, change ? { state: 'pending', pendingChangeId: change.id, pendingAction: change.action } : { state: 'verified' });
    });
  }

  /**
   * A manager's registrations still waiting for review belong in "my carriers" too. The
   * list's own filter applies to what they propose (the same MongoDB filter, its paths under
   * `proposed.`), so a search finds them as it finds stored carriers.
   */
  async function pendingRegistrations(filter: CarrierFilter, actor: Actor): Promise<CarrierView[]> {
    if (!filter.mine || editsAreVerified(actor)) return [];
    const onProposal = underPath('proposed', carrierFilter(filter, actor, yearOf(today())));
    const changes = await Change.find({ status: 'pending', action: 'create', submittedBy: actor.id, ...onProposal }).sort({ carrierName: 1, _id: 1 }).lean<ChangeLean[]>();
    const asOf = today();
    return changes.map((change) => {
      const record = toRecord({ ...(change.proposed as object), _id: change.carrierId!, version: 0, createdAt: change.submittedAt, updatedAt: change.submittedAt });
      return presentCarrier(record, asOf, { state: 'pending', pendingChangeId: change._id.toString(), pendingAction: 'create' });
    });
  }

  /** Validates a whole carrier (after merging an edit) with the shared schema. */
  function validateWhole(submission: unknown, language: Language): CarrierCreate {
    const result = CarrierCreateSchema.safeParse(submission);
    if (!result.success) throw validationFailed(localizeIssues(result.error.issues, language));
    return result.data;
  }

  async function assertNameFree(region: string, name: string, exceptId?: string): Promise<void> {
    const clash = await Carrier.exists({ region, name, deletedAt: null, ...(exceptId ? { _id: mongoose.trusted({ $ne: exceptId }) } : {}) });
    const pendingClash = await Change.exists({ status: 'pending', action: 'create', region, carrierName: name });
    if (clash || pendingClash) throw duplicateName(name);
  }

  return {
    load,
    present,

    /** One page; a manager's own pending registrations come first on page one, beyond the limit. */
    async list(query: CarrierListQuery, actor: Actor) {
      const filter = carrierFilter(query, actor, yearOf(today()));
      const [docs, total, pending] = await Promise.all([
        Carrier.find(filter)
          .sort(carrierSort(query.sort))
          .skip((query.page - 1) * query.limit)
          .limit(query.limit)
          .lean<CarrierLean[]>(),
        Carrier.countDocuments(filter),
        pendingRegistrations(query, actor),
      ]);
      const stored = await present(docs.map(toRecord));
      const items = query.page === 1 ? [...pending, ...stored] : stored;
      return { items, total: total + pending.length, pendingRegistrations: pending.length, page: query.page, limit: query.limit };
    },

    /** Every carrier matching the filters, unpaged (map, exports, planner). */
    async all(filter: CarrierFilter, actor: Actor): Promise<CarrierRecord[]> {
      const docs = await Carrier.find(carrierFilter(filter, actor, yearOf(today()))).sort({ name: 1, _id: 1 }).lean<CarrierLean[]>();
      return docs.map(toRecord);
    },

    async get(id: string): Promise<CarrierView> {
      const [view] = await present([await load(id)]);
      return view!;
    },

    /**
     * Writes a verified carrier (a planner's or admin's own edit, or an approved change).
     * `id` may be chosen in advance so that an approval retried after a crash finds it.
     */
    async insertVerified(actor: Actor, input: CarrierCreate, options: { id?: string; owners?: string[]; request?: Request; action?: string } = {}): Promise<CarrierRecord> {
      const fields = toStoredFields(input);
      const now = new Date(context.now());
      const _id = options.id ? new Types.ObjectId(options.id) : new Types.ObjectId();
      try {
        await Carrier.create({
          ...fields,
          _id,
          location: fields.location ?? undefined,
          owners: options.owners ?? fields.owners,
          summary: summaryOf(fields, today()),
          provenance: { ...fields.provenance, verifiedBy: actor.id, verifiedAt: now },
          version: 1,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
      } catch (error) {
        if (isDuplicateKeyError(error)) throw duplicateName(input.name);
        throw error;
      }
      await bumpRegistryRevision(context.db.models);
      const record = await load(_id.toString());
      await recordAudit(
        context.db.models,
        {
          action: options.action ?? 'carrier:create',
          outcome: 'success',
          actor,
          target: { type: 'carrier', id: record.id, label: record.name },
          diff: diffRecords({}, toSubmission(record)),
          request: options.request,
        },
        context.now,
      );
      return record;
    },

    /** Merges an edit onto the stored carrier and validates the result whole. */
    mergeEdit(current: CarrierRecord, patch: CarrierPatch, language: Language): CarrierCreate {
      const { version: _version, ...changes } = patch;
      const merged: Record<string, unknown> = { ...toSubmission(current), ...changes };
      // New coordinates come with their own datum; kept ones are already WGS-84.
      if (changes.location === undefined) merged.locationDatum = 'wgs84';
      return validateWhole(merged, language);
    },

    /** Applies a verified edit if the carrier is still at `expectedVersion`. */
    async applyVerified(actor: Actor, current: CarrierRecord, next: CarrierCreate, expectedVersion: number, options: { request?: Request; action?: string } = {}): Promise<CarrierRecord> {
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      const fields = toStoredFields(next);
      const unset: Record<string, 1> = {};
      const set: Record<string, unknown> = {
        ...fields,
        summary: summaryOf(fields, today()),
        'provenance.verifiedBy': actor.id,
        'provenance.verifiedAt': new Date(context.now()),
        updatedBy: actor.id,
      };
      delete set.provenance;
      set['provenance.source'] = fields.provenance.source;
      set['provenance.synthetic'] = fields.provenance.synthetic;
      for (const [key, value] of Object.entries(set)) {
        if (value === undefined || value === null) {
          delete set[key];
          unset[key] = 1;
        }
      }
      let result;
      try {
        result = await Carrier.updateOne(
          { _id: current.id, version: expectedVersion, deletedAt: null },
          { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}), $inc: { version: 1 } },
        );
      } catch (error) {
        if (isDuplicateKeyError(error)) throw duplicateName(next.name);
        throw error;
      }
      if (result.matchedCount === 0) {
        const latest = await Carrier.findById(current.id, { version: 1 }).lean();
        throw latest ? staleVersion(latest.version) : carrierNotFound();
      }
      await bumpRegistryRevision(context.db.models);
      const updated = await load(current.id);
      await recordAudit(
        context.db.models,
        {
          action: options.action ?? 'carrier:update',
          outcome: 'success',
          actor,
          target: { type: 'carrier', id: updated.id, label: updated.name },
          diff: diffRecords(toSubmission(current), toSubmission(updated)),
          details: { version: updated.version },
          request: options.request,
        },
        context.now,
      );
      return updated;
    },

    /** Soft delete: the record leaves every list and figure but stays for history. */
    async removeVerified(actor: Actor, current: CarrierRecord, expectedVersion: number | undefined, options: { request?: Request; action?: string } = {}): Promise<void> {
      if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleVersion(current.version);
      const result = await Carrier.updateOne(
        { _id: current.id, version: current.version, deletedAt: null },
        { $set: { deletedAt: new Date(context.now()), deletedBy: actor.id }, $inc: { version: 1 } },
      );
      if (result.matchedCount === 0) throw staleVersion(current.version + 1);
      await bumpRegistryRevision(context.db.models);
      await recordAudit(
        context.db.models,
        { action: options.action ?? 'carrier:delete', outcome: 'success', actor, target: { type: 'carrier', id: current.id, label: current.name }, request: options.request },
        context.now,
      );
    },

    assertNameFree,

    /** Who changed the carrier, when, and which fields — from the audit trail. */
    async history(id: string) {
      const exists = await Carrier.exists({ _id: id });
      if (!exists) throw carrierNotFound();
      // Imports write one entry for the whole file, naming the carriers in its details.
      const entries = await context.db.models.Audit.find({
        outcome: 'success',
        $or: [{ 'target.type': 'carrier', 'target.id': id }, { action: 'carrier:import', 'details.carrierIds': id }],
      })
        .sort({ at: 1, _id: 1 })
        .lean();
      return entries.map((entry) => ({
        at: entry.at.toISOString(),
        user: entry.userId ? { id: entry.userId, username: entry.username } : null,
        action: entry.action,
        diff: entry.diff ?? [],
        details: entry.details ?? undefined,
      }));
    },
  };
}

export type CarrierService = ReturnType<typeof carrierService>;
