import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockoutList, LockoutView } from '@shared/api/auth';
import { api } from '../../api/client';

/**
 * Accounts the login limits hold back (GET /api/auth/lockouts), with where the failures came
 * from and how long each still waits; an admin can unlock one at once. Shows nothing when no
 * account or address is at a limit.
 */
export function LockoutsPanel() {
  const { t } = useTranslation('loginLimits');
  const [list, setList] = useState<LockoutList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setList(await api<LockoutList>('/api/auth/lockouts'));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function unlock(item: LockoutView) {
    setBusy(item.id);
    setError(null);
    try {
      await api(`/api/auth/lockouts/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
      await load();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  }

  if (!list && !error) return null;
  if (list && list.items.length === 0 && list.addresses.length === 0 && !error) return null;
  return (
    <section className="lockouts-panel" aria-labelledby="lockouts-title" data-testid="lockouts-panel">
      <h2 id="lockouts-title">{t('admin.title')}</h2>
      {list && <p className="muted">{t('admin.hint', { ...list.limits })}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {list && list.items.length > 0 && (
        <table className="sessions-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.account')}</th>
              <th scope="col">{t('admin.failures')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <td data-user-content>{item.username}</td>
                <td>
                  {item.counters.map((counter) => (
                    <div key={`${counter.scope}:${counter.source ?? ''}`}>
                      {t(`admin.scope.${counter.scope}`, { source: counter.source ?? '', count: counter.failures })}
                      {counter.retryAfterSeconds > 0 ? ` · ${t('admin.waits', { seconds: counter.retryAfterSeconds })}` : ''}
                    </div>
                  ))}
                </td>
                <td>
                  <button type="button" disabled={busy === item.id} onClick={() => void unlock(item)} aria-label={t('admin.unlockNamed', { name: item.username })}>
                    {t('admin.unlock')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && list.addresses.length > 0 && (
        <ul>
          {list.addresses.map((address) => (
            <li key={address.address}>{t('admin.address', { address: address.address, count: address.failures, seconds: address.retryAfterSeconds })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
