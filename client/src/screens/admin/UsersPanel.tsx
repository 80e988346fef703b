import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useUser } from '../../app/session';
import { Notice } from '../../ui/forms/Notice';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { CreateUserForm } from './CreateUserForm';
import { UserRow, type UserEvent } from './UserRow';
import type { UserList, UserView } from '@shared/api/users';

const COLUMNS = 7;

type Outcome = { tone: 'success'; event: UserEvent | 'created'; username: string } | { tone: 'error'; message: string };

/** The accounts table with creation, role changes, disabling and password resets. */
export function UsersPanel() {
  const { t } = useTranslation('admin');
  const me = useUser();
  const users = useApi((signal) => api<UserList>('/api/users', { signal }), []);
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const updated = (user: UserView, event: UserEvent | 'created') => {
    setOutcome({ tone: 'success', event, username: user.username });
    users.reload();
  };

  return (
    <div className="admin-section">
      <div className="section-heading">
        <p className="screen-intro">{t('users.intro')}</p>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            + {t('users.create')}
          </button>
        )}
      </div>
      {outcome?.tone === 'success' && (
        <Notice tone="success">
          {outcome.event === 'created' ? t('users.created') : t(`users.${outcome.event}`)} <strong data-user-content>{outcome.username}</strong>
        </Notice>
      )}
      {outcome?.tone === 'error' && (
        <Notice tone="error">
          {t('users.failed')} {outcome.message}
        </Notice>
      )}
      {creating && (
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            updated(user, 'created');
          }}
        />
      )}
      <section className="panel" aria-labelledby="users-title">
        <h2 id="users-title">{t('users.title')}</h2>
        {users.loading && !users.data ? (
          <Loading />
        ) : users.error ? (
          <ErrorView error={users.error} onRetry={users.reload} />
        ) : !users.data || users.data.items.length === 0 ? (
          <Empty>{t('users.empty')}</Empty>
        ) : (
          <div className="table-scroll">
            <table className="users-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.username')}</th>
                  <th scope="col">{t('users.displayName')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">{t('users.createdAt')}</th>
                  <th scope="col">{t('users.passwordChangedAt')}</th>
                  <th scope="col">{t('users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <UserRow
                    key={`${user.id}-${user.role}-${user.disabled}`}
                    user={user}
                    isSelf={user.id === me.id}
                    columns={COLUMNS}
                    onUpdated={updated}
                    onFailed={(message) => setOutcome({ tone: 'error', message })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
