import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayInChina, type IsoDate } from '@shared/dates';

import type { Basis } from '@shared/api/progress';

export type { Basis };

/** The view both progress screens share: which region, at which date, on which basis. */
export interface ProgressParams {
  region: string;
  asOf: IsoDate;
  basis: Basis;
}

export const DEFAULT_REGION = 'taicang';

/**
 * Region, as-of and basis live in the URL, so a view can be bookmarked, sent and printed.
 * The as-of defaults to today in China (UTC+8), where every user is.
 */
export function useProgressParams(): [ProgressParams, (change: Partial<ProgressParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readParams(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<ProgressParams>) => {
      setSearchParams((current) => writeParams(current, { ...readParams(current), ...change }), { replace: true });
    },
    [setSearchParams],
  );
  return [params, update];
}

function readParams(search: URLSearchParams): ProgressParams {
  const asOf = search.get('asOf');
  return {
    region: search.get('region') || DEFAULT_REGION,
    asOf: asOf && isIsoDate(asOf) ? asOf : todayInChina(),
    basis: search.get('basis') === 'reported' ? 'reported' : 'verified',
  };
}

function writeParams(current: URLSearchParams, next: ProgressParams): URLSearchParams {
  const search = new URLSearchParams(current);
  const set = (key: string, value: string, fallback: string) => (value === fallback ? search.delete(key) : search.set(key, value));
  set('region', next.region, DEFAULT_REGION);
  set('asOf', next.asOf, todayInChina());
  set('basis', next.basis, 'verified');
  return search;
}
