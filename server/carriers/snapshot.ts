import mongoose from 'mongoose';
import { applyPendingChanges, type PendingOverlay } from '@shared/carriers/overlay';
import type { CarrierRecord } from '@shared/carriers/record';
import type { Models } from '../db/models';
import { toRecord, type CarrierLean } from './presenter';

const REVISION_ID = 'registry-revision';

/**
 * Marks the registry as changed. Every write of verified carriers calls it after the write,
 * so any instance that reads the new revision also reads the new data.
 */
export async function bumpRegistryRevision(models: Models): Promise<void> {
  await models.Meta.updateOne({ _id: REVISION_ID }, { $inc: { value: 1 } }, { upsert: true });
}

/** The registry's revision, shared by every instance through the database. */
export async function readRegistryRevision(models: Models): Promise<number> {
  const meta = await models.Meta.findById(REVISION_ID).lean();
  return typeof meta?.value === 'number' ? meta.value : 0;
}

/**
 * Answers computed from the registry (e.g. the whole map's GeoJSON), kept per key while the
 * revision stays put. Requests for the same key and revision share one computation, so fifty
 * people opening the map at once cost one read of 20,000 carriers, not fifty in parallel.
 */
export function revisionCache<T>(models: Models, maxEntries: number) {
  const entries = new Map<string, { revision: number; value: Promise<T> }>();
  return async (key: string, compute: () => Promise<T>): Promise<T> => {
    const revision = await readRegistryRevision(models);
    const cached = entries.get(key);
    if (cached && cached.revision === revision) return cached.value;
    const value = compute();
    entries.delete(key);
    entries.set(key, { revision, value });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    // A failure (e.g. the store gone) is not kept: the next request computes again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

/**
 * revisionCache's sibling for answers computed from the snapshot's own array (progress):
 * no revision is read, the array's identity stands for it. Kept while that array is current. The verified
 * snapshot hands out one array per registry revision, so a write (a new array) retires every
 * answer at once; the reported basis builds a new array per request and is never reused.
 * The key must name everything else the answer depends on (region, as-of, basis, targets).
 */
export function answersPerSnapshot(maxPerSnapshot: number) {
  const answers = new WeakMap<readonly CarrierRecord[], Map<string, string>>();
  return {
    get(carriers: readonly CarrierRecord[], key: string, compute: () => string): string {
      let known = answers.get(carriers);
      if (!known) answers.set(carriers, (known = new Map()));
      let answer = known.get(key);
      if (answer === undefined) {
        answer = compute();
        known.set(key, answer);
        if (known.size > maxPerSnapshot) known.delete(known.keys().next().value!);
      }
      return answer;
    },
  };
}

/**
 * All verified carriers, cached per app instance and reloaded only when the registry revision
 * (kept in the database, so shared by every instance) has moved. Progress, forecasts and
 * scenarios read the whole registry; this keeps them from decoding 20,000 documents per request.
 */
export function registrySnapshot(models: Models) {
  let cached: { revision: number; records: CarrierRecord[] } | null = null;
  let inFlight: Promise<{ revision: number; records: CarrierRecord[] }> | null = null;

  const currentRevision = () => readRegistryRevision(models);

  async function load(revision: number) {
    const docs = await models.Carrier.find({ deletedAt: null }).lean<CarrierLean[]>();
    return { revision, records: docs.map(toRecord) };
  }

  return {
    /** Every live verified carrier. The array is shared: callers must not mutate it. */
    async verified(): Promise<readonly CarrierRecord[]> {
      const revision = await currentRevision();
      if (cached?.revision === revision) return cached.records;
      // Concurrent requests after a change share one reload.
      inFlight ??= load(revision).finally(() => {
        inFlight = null;
      });
      const loaded = await inFlight;
      if (!cached || loaded.revision >= cached.revision) cached = loaded;
      return loaded.records;
    },

    /** Verified carriers with every pending change applied: the "reported" basis. */
    async reported(): Promise<CarrierRecord[]> {
      const [verified, pending] = await Promise.all([this.verified(), models.Change.find({ status: 'pending', subject: mongoose.trusted({ $ne: 'report' }) }).lean()]);
      const overlays: PendingOverlay[] = pending.map((change) => ({
        action: change.action,
        carrierId: change.carrierId!,
        proposed: (change.proposed as PendingOverlay['proposed']) ?? null,
        submittedAt: change.submittedAt.toISOString(),
      }));
      return applyPendingChanges(verified, overlays);
    },
  };
}

export type RegistrySnapshot = ReturnType<typeof registrySnapshot>;
