import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Notice } from '../../ui/forms/Notice';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import '../../ui/forms/forms.css';
import './review.css';
import { ChangeCard, type ReviewDecision } from './ChangeCard';
import type { ChangeList, ChangeView } from '@shared/api/changes';

interface Decided {
  change: ChangeView;
  decision: ReviewDecision;
}

/** 变更审核: the queue of managers' pending changes, oldest first so none waits forever. */
export default function ReviewScreen() {
  const { t } = useTranslation('review');
  const queue = useApi((signal) => api<ChangeList>('/api/changes', { query: { status: 'pending' }, signal }), []);
  const [decided, setDecided] = useState<Decided[]>([]);
  const decidedIds = new Set(decided.map((entry) => entry.change.id));
  const pending = (queue.data?.items ?? []).filter((change) => !decidedIds.has(change.id)).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const last = decided.at(-1);

  return (
    <section className="screen review-screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
        {queue.data && <span className="badge badge-pending">{t('pendingCount', { count: pending.length })}</span>}
      </header>
      <p className="screen-intro">{t('intro')}</p>
      {last && (
        <Notice tone={last.decision === 'approved' ? 'success' : 'info'}>
          {last.decision === 'approved' ? t('approvedNotice') : t('rejectedNotice')} <strong data-user-content>{last.change.carrierName}</strong>
        </Notice>
      )}
      {queue.loading && !queue.data ? (
        <Loading />
      ) : queue.error ? (
        <ErrorView error={queue.error} onRetry={queue.reload} />
      ) : pending.length === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : (
        <div className="change-list">
          {pending.map((change) => (
            <ChangeCard key={change.id} change={change} onDecided={(done, decision) => setDecided((previous) => [...previous, { change: done, decision }])} />
          ))}
        </div>
      )}
    </section>
  );
}
