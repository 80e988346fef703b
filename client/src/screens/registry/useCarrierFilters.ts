import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CARRIER_KINDS, type CarrierKind } from '@shared/carriers/vocabulary';

export const LIST_SORTS = ['name', '-openArea', '-updatedAt'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** The registry's filters, kept in the URL so a filtered list can be bookmarked and exported. */
export interface CarrierFilters {
  q: string;
  kind: CarrierKind | '';
  region: string;
  district: string;
  sort: ListSort;
  page: number;
}

const FILTER_KEYS = ['q', 'kind', 'region', 'district', 'sort', 'page'] as const;

function readFilters(params: URLSearchParams): CarrierFilters {
  const kind = params.get('kind') ?? '';
  const sort = params.get('sort') ?? '';
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    kind: (CARRIER_KINDS as readonly string[]).includes(kind) ? (kind as CarrierKind) : '',
    region: params.get('region') ?? '',
    district: params.get('district') ?? '',
    sort: (LIST_SORTS as readonly string[]).includes(sort) ? (sort as ListSort) : 'name',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function useCarrierFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  /** Changing any filter goes back to page 1; only `page` itself keeps it. */
  const change = useCallback(
    (patch: Partial<CarrierFilters>) => {
      const next = { ...readFilters(params), ...('page' in patch ? {} : { page: 1 }), ...patch };
      const search = new URLSearchParams();
      for (const key of FILTER_KEYS) {
        const value = next[key];
        const isDefault = (key === 'sort' && value === 'name') || (key === 'page' && value === 1);
        if (value !== '' && !isDefault) search.set(key, String(value));
      }
      setParams(search, { replace: false });
    },
    [params, setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { filters, change, clear };
}

/** The query the list and export endpoints share (no paging, no sort). */
export function filterQuery(filters: CarrierFilters, mine: boolean): Record<string, string | undefined> {
  return {
    q: filters.q || undefined,
    kind: filters.kind || undefined,
    region: filters.region || undefined,
    district: filters.district || undefined,
    mine: mine ? 'true' : undefined,
  };
}
