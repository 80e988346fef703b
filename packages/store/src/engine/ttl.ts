import { valuesAtPath } from '../values/paths';
import type { Doc } from '../values/typed';
import type { Catalog } from './catalog';

/**
 * Deletes documents whose TTL index date has passed, as mongod's TTL monitor does:
 * a document expires `expireAfterSeconds` after the earliest date in the indexed field;
 * documents without a date there never expire.
 */
export function removeExpired(catalog: Catalog, now: number = Date.now()): number {
  let removed = 0;
  for (const collection of catalog.allCollections()) {
    for (const index of collection.indexes) {
      const seconds = index.ttlSeconds;
      const field = index.fields[0]?.[0];
      if (seconds === undefined || field === undefined) continue;
      const expired: Doc[] = [];
      for (const doc of collection.docs.values()) {
        const dates = valuesAtPath(doc, field).filter((v): v is Date => v instanceof Date);
        if (dates.length === 0) continue;
        const earliest = Math.min(...dates.map((d) => d.getTime()));
        if (earliest + seconds * 1000 <= now) expired.push(doc);
      }
      for (const doc of expired) collection.remove(doc);
      removed += expired.length;
    }
  }
  return removed;
}
