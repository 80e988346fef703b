import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { withdrawChange } from './saveCarrier';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import type { ChangeList, ChangeView } from '@shared/api/changes';
import { localDateTime } from '../../i18n/timestamps';

/**
 * A manager's own submissions and what the review made of them, with what can still be done
 * to each; `revision` changes after an import, `onChanged` tells the page one was withdrawn.
 */
export function MySubmissions({ revision, onChanged }: { revision: number; onChanged(): void }) {
  const { t } = useTranslation('registry');
  const { data, error, loading, reload } = useApi((signal) => api<ChangeList>('/api/changes', { query: { mine: true }, signal }), [revision]);
  return (
    <section className="panel" aria-labelledby="my-submissions">
      <h2 id="my-submissions">{t('submissions.title')}</h2>
      <p className="field-hint">{t('submissions.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorView error={error} onRetry={reload} />
      ) : !data || data.items.length === 0 ? (
        <Empty>{t('submissions.empty')}</Empty>
      ) : (
        <SubmissionTable
          changes={data.items}
          // The page's revision reloads this list and the carrier table alike.
          onWithdrawn={onChanged}
        />
      )}
    </section>
  );
}

function SubmissionTable({ changes, onWithdrawn }: { changes: readonly ChangeView[]; onWithdrawn(): void }) {
  const { t } = useTranslation('registry');
  return (
    <div className="table-scroll">
      <table className="submission-table">
        <thead>
          <tr>
            <th scope="col">{t('submissions.carrier')}</th>
            <th scope="col">{t('submissions.action')}</th>
            <th scope="col">{t('submissions.status')}</th>
            <th scope="col">{t('submissions.submittedAt')}</th>
            <th scope="col">{t('submissions.reviewedAt')}</th>
            <th scope="col">{t('submissions.reason')}</th>
            <th scope="col">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.id} data-change-id={change.id}>
              <th scope="row">
                <span data-user-content>{change.carrierName}</span>
              </th>
              <td>{t(`changeAction.${change.action}`)}</td>
              <td>
                <span className={`badge badge-${change.status}`}>{t(`changeStatus.${change.status}`)}</span>
              </td>
              <td className="nowrap">{localDateTime(change.submittedAt)}</td>
              <td className="nowrap">{change.reviewedAt && change.status !== 'superseded' ? localDateTime(change.reviewedAt) : '—'}</td>
              <td>{change.reason ? <span data-user-content>{change.reason}</span> : '—'}</td>
              <td className="cell-action">
                <SubmissionActions change={change} onWithdrawn={onWithdrawn} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pending: correct or withdraw (asked twice); rejected and not yet sent again: correct and resubmit. */
function SubmissionActions({ change, onWithdrawn }: { change: ChangeView; onWithdrawn(): void }) {
  const { t } = useTranslation('registry');
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const editable = change.action !== 'delete';
  if (change.status === 'rejected' && editable && !change.reopenedAs) {
    return <Link to={`/registry/changes/${encodeURIComponent(change.id)}/reopen`}>{t('submissions.reopen')}</Link>;
  }
  if (change.status !== 'pending') return <>—</>;
  const withdraw = async () => {
    try {
      await withdrawChange(change.id);
      onWithdrawn();
    } catch {
      setFailed(true);
    }
  };
  return (
    <span className="submission-actions">
      {editable && <Link to={`/registry/changes/${encodeURIComponent(change.id)}/edit`}>{t('actions.edit')}</Link>}
      {confirming ? (
        <>
          <button type="button" className="link-button danger" onClick={withdraw}>
            {t('submissions.confirmWithdraw')}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t('actions.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {t('submissions.withdraw')}
        </button>
      )}
      {failed && <span role="alert">{t('submissions.withdrawFailed')}</span>}
    </span>
  );
}
