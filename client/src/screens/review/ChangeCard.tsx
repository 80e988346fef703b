import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Notice } from '../../ui/forms/Notice';
import { regionName } from '../../i18n/places';
import { useLanguage } from '../../i18n/useLanguage';
import { ChangeDiff } from './ChangeDiff';
import type { ChangeView } from '@shared/api/changes';
import { RejectForm } from './RejectForm';
import { localDateTime } from '../../i18n/timestamps';

export type ReviewDecision = 'approved' | 'rejected';

export interface ChangeCardProps {
  change: ChangeView;
  onDecided(change: ChangeView, decision: ReviewDecision): void;
}

/** One pending change: who, when, what, the diff, and the two decisions. */
export function ChangeCard({ change, onDecided }: ChangeCardProps) {
  const { t } = useTranslation('review');
  const language = useLanguage();
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = `change-${change.id}`;

  async function decide(decision: ReviewDecision, reason?: string) {
    setBusy(true);
    setFailure(null);
    try {
      const path = `/api/changes/${encodeURIComponent(change.id)}/${decision === 'approved' ? 'approve' : 'reject'}`;
      await api(path, { method: 'POST', body: decision === 'rejected' ? { reason } : undefined });
      onDecided(change, decision);
    } catch (caught) {
      setFailure(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <article className="panel change-card" aria-labelledby={titleId} data-change-id={change.id}>
      <header className="change-header">
        <span className={`badge change-action change-action-${change.action}`}>{t(`action.${change.action}`)}</span>
        <h2 id={titleId}>
          <span data-user-content>{change.carrierName}</span>
        </h2>
      </header>
      <dl className="change-meta">
        <div>
          <dt>{t('submittedBy')}</dt>
          <dd>
            <span data-user-content>{change.submittedBy.username ?? change.submittedBy.id}</span>
          </dd>
        </div>
        <div>
          <dt>{t('submittedAt')}</dt>
          <dd>
            <time dateTime={change.submittedAt}>{localDateTime(change.submittedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('region')}</dt>
          <dd>{regionName(change.region, language)}</dd>
        </div>
      </dl>
      {change.action === 'delete' && <p className="muted">{t('deleteNote')}</p>}
      <ChangeDiff change={change} />
      {failure && (
        <Notice tone="error">
          {t('failed')} {failure}
        </Notice>
      )}
      {rejecting ? (
        <RejectForm busy={busy} onReject={(reason) => void decide('rejected', reason)} onCancel={() => setRejecting(false)} />
      ) : (
        <div className="button-row change-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void decide('approved')}>
            {busy ? t('approving') : t('approve')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => setRejecting(true)}>
            {t('reject')}
          </button>
        </div>
      )}
    </article>
  );
}
