import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { localDateTime } from '../../i18n/timestamps';
import type { SessionView, UserView } from '@shared/api/users';

export interface SessionsPanelProps {
  user: UserView;
  onClose(): void;
  onFailed(message: string): void;
}

/** A user's signed-in sessions (device, address, last activity), each of which an admin can end. */
export function SessionsPanel({ user, onClose, onFailed }: SessionsPanelProps) {
  const { t } = useTranslation('admin');
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/users/${encodeURIComponent(user.id)}/sessions`;

  const load = useCallback(async () => {
    try {
      setSessions((await api<{ items: SessionView[] }>(base)).items);
    } catch (caught) {
      onFailed(caught instanceof Error ? caught.message : String(caught));
    }
  }, [base, onFailed]);

  useEffect(() => {
    void load();
  }, [load]);

  async function end(handle?: string) {
    setBusy(true);
    try {
      await api(handle ? `${base}/${encodeURIComponent(handle)}` : base, { method: 'DELETE' });
      await load();
    } catch (caught) {
      onFailed(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sessions-panel" aria-label={t('sessions.title', { name: user.username })}>
      <h3>{t('sessions.title', { name: user.username })}</h3>
      {sessions === null ? (
        <p className="muted">{t('sessions.loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="muted">{t('sessions.none')}</p>
      ) : (
        <table className="sessions-table">
          <thead>
            <tr>
              <th scope="col">{t('sessions.device')}</th>
              <th scope="col">{t('sessions.address')}</th>
              <th scope="col">{t('sessions.since')}</th>
              <th scope="col">{t('sessions.lastSeen')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td className="session-device" data-user-content>
                  {session.device ?? '—'}
                </td>
                <td>{session.ip ?? '—'}</td>
                <td className="nowrap">{session.createdAt ? localDateTime(session.createdAt) : '—'}</td>
                <td className="nowrap">{session.lastSeenAt ? localDateTime(session.lastSeenAt) : '—'}</td>
                <td>
                  <button type="button" className="danger" disabled={busy} onClick={() => void end(session.id)}>
                    {t('sessions.end')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        {sessions && sessions.length > 1 && (
          <button type="button" className="danger" disabled={busy} onClick={() => void end()}>
            {t('sessions.endAll')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('users.cancel')}
        </button>
      </div>
    </section>
  );
}
