import { badValue, StoreError } from '../errors';
import { isNearOperator, parseNear, withinBounds, type NearQuery } from '../geo/near';
import { isPlainObject, type Doc } from '../values/typed';
import type { Collection } from './collection';
import { plainView } from './plain-view';
import { compileFilter, type Matcher } from './query';

export interface FindPlan {
  matcher: Matcher;
  near: { query: NearQuery; sortByDistance(docs: Doc[]): Doc[] } | null;
}

/**
 * A find filter, which unlike other filters may carry one top-level $near/$nearSphere:
 * that condition limits by distance and orders the results nearest first.
 */
export function compileFindFilter(filter: Doc, collection: Collection | undefined, variables?: Doc): FindPlan {
  let nearField: string | null = null;
  const rest: Doc = {};
  for (const [field, condition] of Object.entries(filter)) {
    if (isPlainObject(condition) && Object.keys(condition).some(isNearOperator)) {
      if (nearField !== null) throw badValue('Too many geoNear expressions');
      nearField = field;
    } else {
      rest[field] = condition;
    }
  }
  const base = compileFilter(rest, variables);
  if (nearField === null) return { matcher: base, near: null };

  const query = parseNear(nearField, filter[nearField] as Doc);
  const indexed = collection?.indexes.some((index) => index.geoFields.includes(query.field));
  if (collection && !indexed) {
    throw new StoreError(291, 'NoQueryExecutionPlans', `error processing query: ns=${collection.ns} planner returned error :: caused by :: unable to find index for $geoNear query`);
  }
  const distances = new WeakMap<Doc, number>();
  const matcher: Matcher = {
    plainFilter: base.plainFilter,
    matches(doc) {
      if (!base.matches(doc)) return false;
      const distance = query.distance(plainView(doc));
      if (!withinBounds(query, distance)) return false;
      distances.set(doc, distance);
      return true;
    },
  };
  return {
    matcher,
    near: {
      query,
      sortByDistance: (docs) => docs
        .map((doc) => ({ doc, d: distances.get(doc) ?? query.distance(plainView(doc)) ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => a.d - b.d)
        .map((entry) => entry.doc),
    },
  };
}
