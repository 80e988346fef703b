import { Schema, type Connection } from 'mongoose';

export const BATCH_STATUSES = ['running', 'rolling_back', 'rolled_back', 'committed', 'done'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * One import commit, written before any carrier or change of it, so that an import cut
 * short by a crash can be undone: running → committed (everything stored) → done (audited),
 * or running → rolling_back → rolled_back. See README.md for the recovery rule.
 */
const importBatchSchema = new Schema(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true, enum: BATCH_STATUSES },
    /** verified: planners' and admins' carriers; reported: a manager's pending creates. */
    mode: { type: String, required: true, enum: ['verified', 'reported'] },
    actorId: { type: String, required: true },
    username: { type: String },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date },
    format: { type: String },
    rows: { type: Number, required: true },
    /** Verified imports: the ids the carriers will have, chosen before they are inserted. */
    carrierIds: { type: [String], default: [] },
    /** Reported imports: the pending changes created (filled in when committed). */
    changeIds: { type: [String], default: [] },
    failure: { type: String },
  },
  { versionKey: false, strict: 'throw' },
);
importBatchSchema.index({ status: 1, startedAt: 1 });

function createModel(connection: Connection) {
  return connection.model('ImportBatch', importBatchSchema, 'import_batches');
}

export type ImportBatchModel = ReturnType<typeof createModel>;

const models = new WeakMap<Connection, ImportBatchModel>();

/** The batch model of a connection, registered once (mongoose refuses a second registration). */
export function importBatchModel(connection: Connection): ImportBatchModel {
  let model = models.get(connection);
  if (!model) {
    model = createModel(connection);
    models.set(connection, model);
  }
  return model;
}

/** Carriers and pending changes of a batch carry this as `provenance.source`. */
export function batchSource(batchId: string): string {
  return `import:${batchId}`;
}
