import type { Request } from 'express';
import { Types } from 'mongoose';
import type { CarrierCreate } from '@shared/carriers/schema';
import { todayInChina } from '@shared/dates';
import type { ChangeService } from '../../changes/service';
import type { AppContext } from '../../context';
import { conflict } from '../../http/errors';
import { type Actor, editsAreVerified } from '@shared/policies';
import { toStoredFields } from '../normalize';
import { summaryOf } from '../summary';
import { auditCommittedBatch, claimForRollback, undoBatch } from './batchOutcome';
import { importInterrupted } from './importErrors';
import { batchSource, importBatchModel } from './importBatch';
import { recoverIncompleteImports } from './recovery';
import { bumpRegistryRevision } from '../snapshot';
import type { AcceptedRow } from './validateImport';

export interface ImportedRow {
  row: number;
  id: string;
  name: string;
}

export interface CommitResult {
  batchId: string;
  /** verified: carriers stored; reported: pending creates waiting for a planner. */
  mode: 'verified' | 'reported';
  imported: number;
  carriers?: ImportedRow[];
  changes?: ImportedRow[];
}

/** Carriers per insert: bounded documents per round trip, whatever the file's size. */
const INSERT_CHUNK = 500;
/** Pending creates submitted at once; each is a change and an audit entry. */
const SUBMIT_CONCURRENCY = 4;

const nameTakenMeanwhile = () =>
  conflict(
    'duplicate_name',
    '导入过程中有同名载体被登记，未导入任何载体；请重新检查后再导入',
    'A carrier with one of these names was registered during the import, so nothing was imported; check the file and import again',
  );

/**
 * Stores every accepted row, or nothing. A batch document is written first, naming the
 * carrier ids about to be inserted; it moves to `committed` only once all rows are stored.
 * Any failure on the way removes what the batch stored; a crash leaves the batch `running`
 * for recoverIncompleteImports to undo.
 */
export async function commitImport(
  context: AppContext,
  changes: ChangeService,
  actor: Actor,
  request: Request,
  accepted: AcceptedRow[],
  meta: { format: string; rows: number },
): Promise<CommitResult> {
  const { models } = context.db;
  const Batch = importBatchModel(models.Carrier.db);
  await recoverIncompleteImports(models, { now: context.now });

  const batchId = new Types.ObjectId().toString();
  const mode = editsAreVerified(actor) ? 'verified' : 'reported';
  const rows = accepted.map(({ row, carrier }) => ({ row, carrier: tagged(carrier, batchId), id: new Types.ObjectId().toString() }));
  await Batch.create({
    _id: batchId,
    status: 'running',
    mode,
    actorId: actor.id,
    username: actor.username,
    startedAt: new Date(context.now()),
    format: meta.format,
    rows: meta.rows,
    carrierIds: mode === 'verified' ? rows.map((row) => row.id) : [],
  });
  const batch = await Batch.findById(batchId).lean();

  let stored: ImportedRow[];
  try {
    stored = mode === 'verified' ? await insertCarriers(context, actor, rows) : await submitCreates(changes, actor, request, rows);
  } catch (error) {
    if (await claimForRollback(models, batchId)) await undoBatch(models, batch!, error instanceof Error ? error.message : 'failed', context.now);
    throw isDuplicateKey(error) ? nameTakenMeanwhile() : error;
  }

  const changeIds = mode === 'reported' ? stored.map((row) => row.id) : [];
  const committed = await Batch.updateOne({ _id: batchId, status: 'running' }, { $set: { status: 'committed', changeIds } });
  if (committed.modifiedCount === 0) {
    // Recovery took the batch for dead (it outlived the stale limit): finish the rollback it began.
    await undoBatch(models, batch!, 'outlived the stale limit', context.now);
    throw importInterrupted();
  }
  // Progress and maps read a cached snapshot of the registry: tell every instance it changed.
  if (mode === 'verified') await bumpRegistryRevision(models);
  await auditCommittedBatch(models, { ...batch!, changeIds }, context.now, request);
  return { batchId, mode, imported: stored.length, ...(mode === 'verified' ? { carriers: stored } : { changes: stored }) };
}

function tagged(carrier: CarrierCreate, batchId: string): CarrierCreate {
  return { ...carrier, provenance: { ...carrier.provenance, source: batchSource(batchId) } };
}

/**
 * Verified carriers, written as insertVerified writes one, in bulk (one audit entry for the
 * import). Each document is built and checked by the mongoose schema, then inserted lean:
 * mongoose's own insertMany spends ~1 ms per document where the check alone takes ~0.3 ms.
 */
async function insertCarriers(context: AppContext, actor: Actor, rows: { row: number; carrier: CarrierCreate; id: string }[]): Promise<ImportedRow[]> {
  const { Carrier } = context.db.models;
  const today = todayInChina(new Date(context.now()));
  const verifiedAt = new Date(context.now());
  // As mongoose's timestamps would set them (its clock, not the app's).
  const writtenAt = new Date();
  const documents = rows.map(({ carrier, id }) => {
    const fields = toStoredFields(carrier);
    return new Carrier({
      ...fields,
      _id: new Types.ObjectId(id),
      location: fields.location ?? undefined,
      summary: summaryOf(fields, today),
      provenance: { ...fields.provenance, verifiedBy: actor.id, verifiedAt },
      version: 1,
      createdBy: actor.id,
      updatedBy: actor.id,
      createdAt: writtenAt,
      updatedAt: writtenAt,
    });
  });
  for (let start = 0; start < documents.length; start += INSERT_CHUNK) {
    const chunk = documents.slice(start, start + INSERT_CHUNK);
    await Promise.all(chunk.map((document) => document.validate()));
    await Carrier.insertMany(chunk.map((document) => document.toObject()), { ordered: true, lean: true });
  }
  return rows.map(({ row, id, carrier }) => ({ row, id, name: carrier.name }));
}

/**
 * A manager's rows become pending creates, owned by them, through the review queue. On a
 * failure the other workers stop and are waited for, so nothing is submitted after the
 * rollback has run.
 */
async function submitCreates(changes: ChangeService, actor: Actor, request: Request, rows: { row: number; carrier: CarrierCreate }[]): Promise<ImportedRow[]> {
  const submitted: ImportedRow[] = new Array(rows.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < rows.length && failures.length === 0) {
      const index = next++;
      const { row, carrier } = rows[index]!;
      try {
        const change = await changes.submit(actor, request, { action: 'create', proposed: carrier });
        submitted[index] = { row, id: change.id, name: carrier.name };
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SUBMIT_CONCURRENCY, rows.length) }, worker));
  if (failures.length) throw failures[0];
  return submitted;
}

function isDuplicateKey(error: unknown): boolean {
  const candidate = error as { code?: number; writeErrors?: { code?: number }[] } | null;
  return candidate?.code === 11000 || Boolean(candidate?.writeErrors?.some((writeError) => writeError.code === 11000));
}
