import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fromSearchParams, toQuery, type CarrierFilters } from '../../map/carrierFilter';
import type { MapMoment } from '../../map/carrierMarks';
import { REPLAY_FIRST_YEAR, REPLAY_LAST_YEAR } from '../../map/replay';

/** Everything the map's URL holds, so a filtered, replayed view can be bookmarked and printed. */
export interface MapParams {
  filters: CarrierFilters;
  moment: MapMoment;
  cluster: boolean;
}

function momentFrom(params: URLSearchParams): MapMoment {
  const year = Number(params.get('year'));
  if (Number.isInteger(year) && year >= REPLAY_FIRST_YEAR && year <= REPLAY_LAST_YEAR) return { kind: 'year', year };
  return { kind: 'today' };
}

function toSearch(next: MapParams): URLSearchParams {
  const search = new URLSearchParams(toQuery(next.filters));
  // Keep what the user is typing, spaces included; toQuery trims for the API.
  if (next.filters.q) search.set('q', next.filters.q);
  if (next.moment.kind === 'year') search.set('year', String(next.moment.year));
  if (!next.cluster) search.set('cluster', '0');
  return search;
}

/**
 * The map's filters, year and clustering: read from the URL once, then kept in state so a
 * checkbox answers at once, and written back to the URL (replaced, not pushed: a slider drag
 * should not fill the back button's history).
 */
export function useMapParams(): [MapParams, (change: Partial<MapParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [params, setParams] = useState<MapParams>(() => ({
    filters: fromSearchParams(searchParams),
    moment: momentFrom(searchParams),
    cluster: searchParams.get('cluster') !== '0',
  }));
  const setSearchRef = useRef(setSearchParams);
  useLayoutEffect(() => {
    setSearchRef.current = setSearchParams;
  });

  useEffect(() => {
    const next = toSearch(params).toString();
    if (next !== window.location.search.replace(/^\?/, '')) setSearchRef.current(new URLSearchParams(next), { replace: true });
  }, [params]);

  const update = useCallback((change: Partial<MapParams>) => setParams((current) => ({ ...current, ...change })), []);
  return [params, update];
}
