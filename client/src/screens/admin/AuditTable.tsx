import { useTranslation } from 'react-i18next';
import { localDateTime, utcDateTime, utcOffsetLabel } from '../../i18n/timestamps';
import type { AuditEntryView } from '@shared/api/audit';

/** Audit entries, newest first; each time in UTC as recorded, with the local time beside it. */
export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.outcome')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{utcDateTime(entry.at)} UTC</time>
                <span className="audit-local">
                  {localDateTime(entry.at, true)} ({t('audit.local')}, {utcOffsetLabel(entry.at)})
                </span>
              </td>
              <td>{entry.user ? <span data-user-content>{entry.user.username}</span> : <span className="muted">{t('audit.nobody')}</span>}</td>
              <td>
                <ActionName action={entry.action} />
              </td>
              <td>
                <span className={`badge badge-${entry.outcome}`}>{t(`audit.outcomes.${entry.outcome}`)}</span>
              </td>
              <td>{entry.target?.label ? <span data-user-content>{entry.target.label}</span> : (entry.target?.type ?? '—')}</td>
              <td>
                <AuditDetails entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Known actions by name; an unknown one (a newer server) shows its code. */
function ActionName({ action }: { action: string }) {
  const { t, i18n } = useTranslation('admin');
  const key = `audit.actions.${action}`;
  const options = { ns: 'admin', nsSeparator: false } as const;
  return i18n.exists(key, options) ? <>{t(key, options)}</> : <code>{action}</code>;
}

function AuditDetails({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation('admin');
  const reason = typeof entry.details?.reason === 'string' ? entry.details.reason : null;
  const refusedPath = entry.outcome === 'refused' && typeof entry.details?.path === 'string' ? `${String(entry.details.method ?? '')} ${entry.details.path}` : null;
  return (
    <div className="audit-details">
      {reason && (
        <span>
          {t('audit.reason')} <span data-user-content>{reason}</span>
        </span>
      )}
      {refusedPath && (
        <span>
          {t('audit.refusedRequest')} <code>{refusedPath}</code>
        </span>
      )}
      {entry.diff.length > 0 && (
        <details>
          <summary>{t('audit.fieldsChanged', { count: entry.diff.length })}</summary>
          <ul data-user-content>
            {entry.diff.map((change) => (
              <li key={change.path}>
                <code>{change.path}</code>: {JSON.stringify(change.before) ?? '—'} → {JSON.stringify(change.after) ?? '—'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
