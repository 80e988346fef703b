import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import type { ChangeList, ChangeView } from '@shared/api/changes';
import { localDateTime } from '../../i18n/timestamps';

/** A manager's own submissions and what the review made of them; `revision` changes after an import. */
export function MySubmissions({ revision }: { revision: number }) {
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
        <SubmissionTable changes={data.items} />
      )}
    </section>
  );
}

function SubmissionTable({ changes }: { changes: readonly ChangeView[] }) {
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
