import mongoose from 'mongoose';
import type { CarrierFilter, CarrierListQuery } from '@shared/carriers/query';
import { TIERS, tierAtLeast } from '@shared/carriers/vocabulary';
import { regionAndDescendants } from '@shared/regions';
import type { Actor } from '@shared/policies';

/** Escapes a user's search text so it matches literally inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds the MongoDB filter for validated list filters. Every operator here is ours and
 * marked trusted; values are already typed by zod, and sanitizeFilter wraps anything else
 * in $eq, so a request value can never act as an operator.
 */
export function carrierFilter(filter: CarrierFilter, actor: Actor, currentYear: number): Record<string, unknown> {
  const { trusted } = mongoose;
  const query: Record<string, unknown> = { deletedAt: null };
  const and: Record<string, unknown>[] = [];
  if (filter.region) query.region = trusted({ $in: regionAndDescendants(filter.region) });
  if (filter.kind?.length) query.kind = trusted({ $in: filter.kind });
  if (filter.district?.length) query.district = trusted({ $in: filter.district });
  if (filter.industry?.length) query.industries = trusted({ $in: filter.industry });
  if (filter.status?.length) query['phases.status'] = trusted({ $in: filter.status });
  if (filter.minTier) {
    const tiers = TIERS.filter((tier) => tierAtLeast(tier, filter.minTier!));
    query.recognitions = trusted({ $elemMatch: { tier: { $in: tiers }, year: { $lte: currentYear } } });
  }
  if (filter.q) query.name = trusted({ $regex: escapeRegex(filter.q), $options: 'i' });
  if (filter.bbox) {
    const [minLng, minLat, maxLng, maxLat] = filter.bbox;
    query.location = trusted({ $geoWithin: { $box: [[minLng, minLat], [maxLng, maxLat]] } });
  }
  if (filter.openedFrom || filter.openedTo) {
    const range: Record<string, string> = {};
    if (filter.openedFrom) range.$gte = filter.openedFrom;
    if (filter.openedTo) range.$lte = filter.openedTo;
    and.push({ phases: trusted({ $elemMatch: { openedOn: range } }) });
  }
  if (filter.mine) query.owners = actor.id;
  if (and.length) query.$and = and;
  return query;
}

const SORTS: Record<CarrierListQuery['sort'], Record<string, 1 | -1>> = {
  name: { name: 1, _id: 1 },
  '-name': { name: -1, _id: 1 },
  openArea: { 'summary.openIncubationAreaM2': 1, _id: 1 },
  '-openArea': { 'summary.openIncubationAreaM2': -1, _id: 1 },
  updatedAt: { updatedAt: 1, _id: 1 },
  '-updatedAt': { updatedAt: -1, _id: 1 },
  createdAt: { createdAt: 1, _id: 1 },
  '-createdAt': { createdAt: -1, _id: 1 },
};

/** Sort orders end with _id so that pages never repeat or skip a carrier. */
export function carrierSort(sort: CarrierListQuery['sort']): Record<string, 1 | -1> {
  return SORTS[sort];
}

/** The same filter on documents that hold a carrier under `path` (e.g. a change's proposal). */
export function underPath(path: string, filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) =>
      key === '$and' || key === '$or' ? [key, (value as Record<string, unknown>[]).map((part) => underPath(path, part))] : [`${path}.${key}`, value],
    ),
  );
}
