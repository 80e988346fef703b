import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '@shared/carriers/record';
import { api } from '../../api/client';
import { useUser } from '../../app/session';
import { formatCount } from '../../i18n/format';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { CarrierFiltersBar } from './CarrierFiltersBar';
import { CarrierTable } from './CarrierTable';
import { MySubmissions } from './MySubmissions';
import { Pagination } from './Pagination';
import type { SaveOutcome } from './saveCarrier';
import { SaveOutcomeNotice } from './SaveOutcomeNotice';
import { TransferPanel } from './transfer/TransferPanel';
import { filterQuery, useCarrierFilters } from './useCarrierFilters';
import { useLanguage } from '../../i18n/useLanguage';

const PAGE_SIZE = 50;

interface CarrierPage {
  items: CarrierView[];
  total: number;
  page: number;
  limit: number;
}

/** The list: a manager's own carriers and submissions, or every carrier for planners and admins. */
export function RegistryHome() {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const isManager = user.role === 'manager';
  const { filters, change, clear } = useCarrierFilters();
  const query = filterQuery(filters, isManager);
  const outcome = (location.state as { outcome?: SaveOutcome } | null)?.outcome;
  const [imports, setImports] = useState(0);

  const list = useApi(
    (signal) => api<CarrierPage>('/api/carriers', { query: { ...query, sort: filters.sort, page: filters.page, limit: PAGE_SIZE }, signal }),
    [JSON.stringify(query), filters.sort, filters.page, imports],
  );

  return (
    <section className="screen registry-screen">
      <header className="screen-header">
        <h1>{isManager ? t('titleMine') : t('title')}</h1>
        <Link className="button primary" to="/registry/new">
          + {t('actions.create')}
        </Link>
      </header>
      <p className="screen-intro">{isManager ? t('introMine') : t('introAll')}</p>
      {outcome && <SaveOutcomeNotice outcome={outcome} onDismiss={() => navigate(location.pathname + location.search, { replace: true, state: null })} />}

      <CarrierFiltersBar filters={filters} onChange={change} onClear={clear} />

      <section className="panel list-panel" aria-labelledby="carrier-list-title" aria-busy={list.loading}>
        <div className="list-heading">
          <h2 id="carrier-list-title">{t('table.caption')}</h2>
          {list.data && <span className="muted">{t('count', { total: formatCount(list.data.total, language) })}</span>}
        </div>
        {list.loading && !list.data ? (
          <Loading />
        ) : list.error ? (
          <ErrorView error={list.error} onRetry={list.reload} />
        ) : !list.data || list.data.items.length === 0 ? (
          <Empty>{isManager && !filters.q && !filters.kind && !filters.region ? t('emptyMine') : t('emptyAll')}</Empty>
        ) : (
          <>
            <CarrierTable carriers={list.data.items} />
            <Pagination page={list.data.page} limit={list.data.limit} total={list.data.total} onPage={(page) => change({ page })} />
          </>
        )}
      </section>

      {isManager && <MySubmissions revision={imports} onChanged={() => setImports((count) => count + 1)} />}
      <TransferPanel exportQuery={query} onImported={() => setImports((count) => count + 1)} />
    </section>
  );
}
