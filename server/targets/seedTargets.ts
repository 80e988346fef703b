import { SEEDED_TARGETS } from '../../seeds/targets';
import type { Models } from '../db/models';

/**
 * The plan's own targets (Taicang A1–A4, C1–C5; Kunshan K1–K3; Suzhou S1) are created on
 * every start when missing — in production too, since they come from the published plans.
 * A target a planner edited or deleted is left as it is.
 */
export async function ensureSeededTargets(models: Models): Promise<number> {
  const existing = new Set((await models.Target.find({}, { _id: 1 }).lean()).map((target) => target._id));
  const missing = SEEDED_TARGETS.filter((target) => !existing.has(target.id));
  if (missing.length === 0) return 0;
  await models.Target.insertMany(
    missing.map((target) => ({ _id: target.id, region: target.region, definition: target, version: 1, updatedBy: 'seed' })),
    { ordered: false },
  ).catch((error: unknown) => {
    // Another instance starting at the same moment inserted them first.
    if ((error as { code?: number }).code !== 11000) throw error;
  });
  return missing.length;
}
