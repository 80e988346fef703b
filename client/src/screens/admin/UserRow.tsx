import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS } from '@shared/accounts/schema';
import { api } from '../../api/client';
import type { Role } from '../../app/session';
import { localDate } from '../../i18n/timestamps';
import { ResetPasswordForm } from './ResetPasswordForm';
import { SessionsPanel } from './SessionsPanel';
import type { UserView } from '@shared/api/users';

export type UserEvent = 'roleSaved' | 'disabledNotice' | 'enabledNotice' | 'passwordReset';

export interface UserRowProps {
  user: UserView;
  isSelf: boolean;
  columns: number;
  onUpdated(user: UserView, event: UserEvent): void;
  onFailed(message: string): void;
}

/** One account: its role (changed with an explicit save), its state, and a password reset. */
export function UserRow({ user, isSelf, columns, onUpdated, onFailed }: UserRowProps) {
  const { t } = useTranslation('admin');
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [showingSessions, setShowingSessions] = useState(false);
  const roleSelectId = `role-${user.id}`;

  async function update(body: { role?: Role; disabled?: boolean }, event: UserEvent) {
    setBusy(true);
    try {
      const reply = await api<{ user: UserView }>(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body });
      onUpdated(reply.user, event);
    } catch (caught) {
      onFailed(caught instanceof Error ? caught.message : String(caught));
      setRole(user.role);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <tr data-username={user.username} className={user.disabled ? 'user-disabled' : undefined}>
        <th scope="row">
          <span data-user-content>{user.username}</span> {isSelf && <span className="muted">{t('users.you')}</span>}
        </th>
        <td>
          <span data-user-content>{user.displayName}</span>
          {user.demo && <span className="badge badge-neutral user-demo">{t('users.demo')}</span>}
        </td>
        <td>
          <div className="role-cell">
            <label htmlFor={roleSelectId} className="visually-hidden">
              {t('users.roleOf', { name: user.username })}
            </label>
            <select id={roleSelectId} value={role} disabled={busy || isSelf} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLE_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`common:role.${id}`)}
                </option>
              ))}
            </select>
            {role !== user.role && (
              <button type="button" className="primary" disabled={busy} onClick={() => void update({ role }, 'roleSaved')}>
                {t('users.saveRole')}
              </button>
            )}
          </div>
        </td>
        <td>
          <span className={`badge ${user.disabled ? 'badge-disabled' : 'badge-success'}`}>{user.disabled ? t('users.disabled') : t('users.active')}</span>
        </td>
        <td className="nowrap">{user.createdAt ? localDate(user.createdAt) : '—'}</td>
        <td className="nowrap">{user.passwordChangedAt ? localDate(user.passwordChangedAt) : '—'}</td>
        <td>
          <div className="button-row user-actions">
            <button
              type="button"
              className={user.disabled ? undefined : 'danger'}
              disabled={busy || isSelf}
              title={isSelf ? t('users.selfHint') : undefined}
              onClick={() => void update({ disabled: !user.disabled }, user.disabled ? 'enabledNotice' : 'disabledNotice')}
            >
              {user.disabled ? t('users.enable') : t('users.disable')}
            </button>
            <button type="button" disabled={busy} aria-expanded={resetting} onClick={() => setResetting((open) => !open)}>
              {t('users.resetPassword')}
            </button>
            <button type="button" aria-expanded={showingSessions} onClick={() => setShowingSessions((open) => !open)}>
              {t('sessions.show')}
            </button>
          </div>
        </td>
      </tr>
      {resetting && (
        <tr className="reset-row">
          <td colSpan={columns}>
            <ResetPasswordForm
              user={user}
              onCancel={() => setResetting(false)}
              onDone={(updated) => {
                setResetting(false);
                onUpdated(updated, 'passwordReset');
              }}
            />
          </td>
        </tr>
      )}
      {showingSessions && (
        <tr className="reset-row">
          <td colSpan={columns}>
            <SessionsPanel user={user} onClose={() => setShowingSessions(false)} onFailed={onFailed} />
          </td>
        </tr>
      )}
    </>
  );
}
