import type { CarrierRecord } from '@shared/carriers/record';

/** The area each carrier brings to one figure: the phases the figure counts, or (for counts) the carrier's open area. */
export function areaPerCarrier(refs: readonly string[], carriers: readonly CarrierRecord[]): Map<string, number> {
  const byId = new Map(carriers.map((carrier) => [carrier.id, carrier]));
  const areas = new Map<string, number>();
  const counted = new Set<string>();
  for (const ref of refs) {
    if (counted.has(ref)) continue;
    counted.add(ref);
    const [carrierId, partId] = ref.split(':') as [string, string | undefined];
    const carrier = byId.get(carrierId);
    if (!carrier) continue;
    const phase = partId ? carrier.phases.find((candidate) => candidate.id === partId) : undefined;
    const area = phase
      ? (phase.incubationAreaM2 ?? phase.floorAreaM2 ?? 0)
      : carrier.phases.filter((candidate) => candidate.status === 'open').reduce((sum, candidate) => sum + (candidate.incubationAreaM2 ?? 0), 0);
    if (!phase && areas.has(carrierId)) continue;
    areas.set(carrierId, (areas.get(carrierId) ?? 0) + area);
  }
  return areas;
}

/** Per registry snapshot and question, each target's area per carrier (bounded like the answers themselves). */
export function contributorAreaCache(maxPerSnapshot: number) {
  const cache = new WeakMap<readonly CarrierRecord[], Map<string, Map<string, number>[]>>();
  return {
    get: (carriers: readonly CarrierRecord[], key: string) => cache.get(carriers)?.get(key),
    set(carriers: readonly CarrierRecord[], key: string, value: Map<string, number>[]) {
      let known = cache.get(carriers);
      if (!known) cache.set(carriers, (known = new Map()));
      known.set(key, value);
      if (known.size > maxPerSnapshot) known.delete(known.keys().next().value!);
    },
  };
}
