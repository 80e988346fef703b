import type { KeyedSeedCarrier } from '../../seeds/carriers';
import { ALL_BUT_ONE, DECLARED_NESTING, POSSIBLE_OVERLAP } from '../../seeds/tiers';
import type { Models } from '../db/models';

/**
 * The tier-check and double-count seeds (seeds/tiers.ts) on the seed records before they
 * are stored: the all-but-one incubator's operating start, the nested makerspace at its
 * host's address and spot, and the two carriers registered at one building.
 */
export function withTierSeedFields(keyed: KeyedSeedCarrier[]): KeyedSeedCarrier[] {
  const host = keyed.find(({ key }) => key === DECLARED_NESTING.hostKey)?.carrier;
  return keyed.map(({ key, carrier }) => {
    if ((key === DECLARED_NESTING.nestedKey || key === DECLARED_NESTING.hostKey) && host?.location) {
      return { key, carrier: { ...carrier, address: DECLARED_NESTING.address, location: host.location, locationApproximate: host.locationApproximate } };
    }
    if (key === ALL_BUT_ONE.key) return { key, carrier: { ...carrier, operatingSince: ALL_BUT_ONE.operatingSince } };
    const overlapIndex = (POSSIBLE_OVERLAP.keys as readonly string[]).indexOf(key);
    if (overlapIndex >= 0) {
      const [lng, lat] = POSSIBLE_OVERLAP.locations[overlapIndex]!;
      return { key, carrier: { ...carrier, address: POSSIBLE_OVERLAP.addresses[overlapIndex]!, location: { type: 'Point' as const, coordinates: [lng, lat] as [number, number] }, locationApproximate: false } };
    }
    return { key, carrier };
  });
}

/**
 * After the carriers are stored: the declared nesting (a host is an id) and the
 * all-but-one incubator's verified yearly reports (synthetic, marked so). A report already
 * there for a year is overwritten with these figures, so the story holds.
 */
export async function seedTierLinks(models: Models, idOfKey: (key: string) => Promise<string | undefined>): Promise<void> {
  const [nestedId, hostId] = await Promise.all([idOfKey(DECLARED_NESTING.nestedKey), idOfKey(DECLARED_NESTING.hostKey)]);
  if (nestedId && hostId) await models.Carrier.updateOne({ _id: nestedId }, { $set: { hostCarrierId: hostId, hostAreaExcludesThis: DECLARED_NESTING.hostAreaExcludesThis } });
  const carrierId = await idOfKey(ALL_BUT_ONE.key);
  if (!carrierId) return;
  const reports = models.Carrier.db.collection('reports');
  for (const report of ALL_BUT_ONE.reports) {
    const verifiedAt = new Date(`${report.year + 1}-02-20T02:00:00Z`);
    await reports.updateOne(
      { carrierId, year: report.year },
      { $set: { carrierId, year: report.year, ...report.figures, synthetic: true, source: ALL_BUT_ONE.source, verifiedBy: 'seed', verifiedByName: 'seed', verifiedAt, warnings: [], createdAt: verifiedAt, updatedAt: verifiedAt } },
      { upsert: true },
    );
  }
}
