import { isDeepStrictEqual } from 'node:util';
import { SEEDED_TARGETS } from '../../seeds/targets';
import type { Models } from '../db/models';

/**
 * The plan's own targets (Taicang A1–A4, C1–C5; Kunshan K1–K3; Suzhou S1) are created on
 * every start when missing — in production too, since they come from the published plans.
 * A seeded target nobody has changed since (still version 1 by `seed`) follows the seed's
 * current definition, so a corrected reading of the plan (issue #18: K3's counting rule and
 * readings) reaches databases seeded before it. A target a planner edited or deleted is
 * left as it is.
 */
export async function ensureSeededTargets(models: Models): Promise<number> {
  const existing = await models.Target.find({}, { _id: 1, definition: 1, version: 1, updatedBy: 1, deletedAt: 1 }).lean<
    { _id: string; definition: unknown; version: number; updatedBy?: string; deletedAt?: Date | null }[]
  >();
  const byId = new Map(existing.map((target) => [target._id, target]));
  let written = 0;
  for (const target of SEEDED_TARGETS) {
    const stored = byId.get(target.id);
    if (!stored || stored.updatedBy !== 'seed' || stored.version !== 1 || stored.deletedAt) continue;
    if (isDeepStrictEqual(stored.definition, JSON.parse(JSON.stringify(target)))) continue;
    // Only while untouched: a planner's edit in between bumps the version and wins.
    const result = await models.Target.updateOne({ _id: target.id, version: 1, updatedBy: 'seed', deletedAt: null }, { $set: { definition: target } });
    written += result.modifiedCount;
  }
  const missing = SEEDED_TARGETS.filter((target) => !byId.has(target.id));
  if (missing.length === 0) return written;
  await models.Target.insertMany(
    missing.map((target) => ({ _id: target.id, region: target.region, definition: target, version: 1, updatedBy: 'seed' })),
    { ordered: false },
  ).catch((error: unknown) => {
    // Another instance starting at the same moment inserted them first.
    if ((error as { code?: number }).code !== 11000) throw error;
  });
  return written + missing.length;
}
