import type { Request } from 'express';
import mongoose from 'mongoose';
import { recordAudit } from '../../audit/record';
import type { Models } from '../../db/models';
import { bumpRegistryRevision } from '../snapshot';
import { batchSource, importBatchModel } from './importBatch';

interface BatchToUndo {
  _id: string;
  mode: string;
  actorId: string;
  username?: string | null;
  carrierIds: string[];
}

/**
 * Removes everything a batch stored and marks it rolled back. The caller must first have
 * moved the batch to `rolling_back` (so a late `committed` can no longer win). Deleting is
 * idempotent, so a rollback cut short is simply run again; only the run that marks the batch
 * rolled back writes the audit entry.
 */
export async function undoBatch(models: Models, batch: BatchToUndo, reason: string, now: () => number): Promise<void> {
  const { trusted } = mongoose;
  const Batch = importBatchModel(models.Carrier.db);
  if (batch.carrierIds.length) {
    await models.Carrier.deleteMany({ _id: trusted({ $in: batch.carrierIds }) });
    await bumpRegistryRevision(models);
  }
  // Pending creates of a manager's import; one a planner already approved stays, being verified.
  await models.Change.deleteMany({ status: 'pending', action: 'create', submittedBy: batch.actorId, 'proposed.provenance.source': batchSource(batch._id) });
  const marked = await Batch.updateOne({ _id: batch._id, status: 'rolling_back' }, { $set: { status: 'rolled_back', finishedAt: new Date(now()), failure: reason } });
  if (marked.modifiedCount === 0) return;
  await recordAudit(
    models,
    {
      action: 'carrier:import',
      outcome: 'failed',
      actor: { id: batch.actorId, username: batch.username ?? '' },
      target: { type: 'import', id: batch._id },
      details: { batchId: batch._id, mode: batch.mode, rolledBack: true, reason },
    },
    now,
  );
}

/** Claims a running batch for rollback; false when it has already committed or been claimed. */
export async function claimForRollback(models: Models, batchId: string): Promise<boolean> {
  const Batch = importBatchModel(models.Carrier.db);
  const claimed = await Batch.updateOne({ _id: batchId, status: 'running' }, { $set: { status: 'rolling_back' } });
  return claimed.modifiedCount === 1;
}

interface CommittedBatch {
  _id: string;
  mode: string;
  actorId: string;
  username?: string | null;
  format?: string | null;
  rows: number;
  carrierIds: string[];
  changeIds: string[];
}

/**
 * The one audit entry of an import (`carrier:import`), written once everything is stored;
 * the batch is then `done`. Recovery calls it for a batch that committed but crashed before.
 */
export async function auditCommittedBatch(models: Models, batch: CommittedBatch, now: () => number, request?: Request): Promise<void> {
  const imported = batch.mode === 'verified' ? batch.carrierIds.length : batch.changeIds.length;
  await recordAudit(
    models,
    {
      action: 'carrier:import',
      outcome: 'success',
      actor: { id: batch.actorId, username: batch.username ?? '' },
      target: { type: 'import', id: batch._id },
      details: {
        batchId: batch._id,
        mode: batch.mode,
        format: batch.format,
        rows: batch.rows,
        imported,
        ...(batch.mode === 'verified' ? { carrierIds: batch.carrierIds } : { changeIds: batch.changeIds }),
      },
      request,
    },
    now,
  );
  const Batch = importBatchModel(models.Carrier.db);
  await Batch.updateOne({ _id: batch._id, status: 'committed' }, { $set: { status: 'done', finishedAt: new Date(now()) } });
}
