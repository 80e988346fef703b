import mongoose from 'mongoose';
import type { Models } from '../../db/models';
import { auditCommittedBatch, claimForRollback, undoBatch } from './batchOutcome';
import { importBatchModel } from './importBatch';
import { STALE_IMPORT_MS } from './limits';

export interface RecoveryResult {
  rolledBack: string[];
  completed: string[];
}

/**
 * Finishes imports that a crash interrupted (see README.md, “Crash recovery”):
 * - still `running` (or `rolling_back`) `staleAfterMs` after they started: everything they
 *   stored is removed and they are marked `rolled_back`, with an audit entry;
 * - `committed` but not audited: the audit entry is written and they are marked `done`.
 * Safe to run from several instances at once and as often as wanted. With a single process
 * on the store (the embedded store), boot may pass `staleAfterMs: 0`.
 */
export async function recoverIncompleteImports(models: Models, options: { now?: () => number; staleAfterMs?: number } = {}): Promise<RecoveryResult> {
  const now = options.now ?? Date.now;
  const Batch = importBatchModel(models.Carrier.db);
  const startedBefore = mongoose.trusted({ $lte: new Date(now() - (options.staleAfterMs ?? STALE_IMPORT_MS)) });
  const result: RecoveryResult = { rolledBack: [], completed: [] };

  const interrupted = await Batch.find({ status: mongoose.trusted({ $in: ['running', 'rolling_back'] }), startedAt: startedBefore }).lean();
  for (const batch of interrupted) {
    if (batch.status === 'running' && !(await claimForRollback(models, batch._id))) continue;
    await undoBatch(models, batch, 'interrupted', now);
    result.rolledBack.push(batch._id);
  }

  const unaudited = await Batch.find({ status: 'committed', startedAt: startedBefore }).lean();
  for (const batch of unaudited) {
    await auditCommittedBatch(models, batch, now);
    result.completed.push(batch._id);
  }
  return result;
}
