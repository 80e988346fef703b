import mongoose from 'mongoose';
import type { Models } from '../../db/models';
import { nameKey, type NameKey } from './validateImport';

/**
 * Which names of a file are already used in their region: by a live carrier or by a
 * create waiting for review (approving it would otherwise collide). The names of the few
 * regions involved are read and compared here: a `$in` of thousands of names costs
 * carriers × names on the embedded store, which scans and tests each value in turn.
 */
export function takenNamesIn(models: Models) {
  return async (keys: NameKey[]): Promise<Set<string>> => {
    const regions = mongoose.trusted({ $in: [...new Set(keys.map((key) => key.region))] });
    const [carriers, pending] = await Promise.all([
      models.Carrier.find({ deletedAt: null, region: regions }, { _id: 0, region: 1, name: 1 }).lean(),
      models.Change.find({ status: 'pending', action: 'create', region: regions }, { _id: 0, region: 1, carrierName: 1 }).lean(),
    ]);
    const used = new Set([
      ...carriers.map((carrier) => nameKey({ region: carrier.region, name: carrier.name })),
      ...pending.map((change) => nameKey({ region: change.region, name: change.carrierName })),
    ]);
    return new Set(keys.map(nameKey).filter((key) => used.has(key)));
  };
}
