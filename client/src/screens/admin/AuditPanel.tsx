import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import type { AuditPage } from '@shared/api/audit';

const PAGE_SIZE = 100;

/** The audit trail with its filters in the URL, so a finding can be linked. */
export function AuditPanel() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const values: AuditFilterValues = { user: params.get('user') ?? '', action: params.get('action') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = params.toString();
  const audit = useApi((signal) => api<AuditPage>('/api/audit', { query: { ...values, page, limit: PAGE_SIZE }, signal }), [key]);

  const show = (next: AuditFilterValues, nextPage = 1) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) if (value) search.set(name, value);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };

  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.limit)) : 1;

  return (
    <div className="admin-section">
      <p className="screen-intro">{t('audit.intro')}</p>
      <AuditFilters key={key} values={values} onApply={(next) => show(next)} onClear={() => setParams(new URLSearchParams())} />
      <section className="panel" aria-labelledby="audit-title" aria-busy={audit.loading}>
        <div className="list-heading">
          <h2 id="audit-title">{t('audit.title')}</h2>
          {audit.data && <span className="muted">{t('audit.count', { total: audit.data.total })}</span>}
        </div>
        {audit.loading && !audit.data ? (
          <Loading />
        ) : audit.error ? (
          <ErrorView error={audit.error} onRetry={audit.reload} />
        ) : !audit.data || audit.data.items.length === 0 ? (
          <Empty>{t('audit.empty')}</Empty>
        ) : (
          <>
            <AuditTable entries={audit.data.items} />
            {pages > 1 && (
              <nav className="pagination" aria-label={t('audit.pageOf', { page, pages })}>
                <button type="button" disabled={page <= 1} onClick={() => show(values, page - 1)}>
                  ‹ {t('audit.previous')}
                </button>
                <span>{t('audit.pageOf', { page, pages })}</span>
                <button type="button" disabled={page >= pages} onClick={() => show(values, page + 1)}>
                  {t('audit.next')} ›
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  );
}
