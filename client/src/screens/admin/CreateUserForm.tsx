import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, UserCreateSchema } from '@shared/accounts/schema';
import type { Role } from '@shared/policies';
import { api } from '../../api/client';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { FormErrorsProvider } from '../../ui/forms/FormErrors';
import { Notice } from '../../ui/forms/Notice';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { failureText, useFormSubmit } from '../../ui/forms/useFormSubmit';
import { useFormValidation } from '../../ui/forms/useFormValidation';
import { accountProblems } from './serverProblems';
import type { UserView } from '@shared/api/users';

export interface CreateUserFormProps {
  onCreated(user: UserView): void;
  onCancel(): void;
}

const CREATE_FIELDS = new Set(['username', 'displayName', 'role', 'password']);

/** A new account: username, name, role and an initial password under the shared rules. */
export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation('admin');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | ''>('manager');
  const [password, setPassword] = useState('');
  const input = useMemo(() => ({ username, displayName, role: role || undefined, password }), [username, displayName, role, password]);
  const validation = useFormValidation(UserCreateSchema, input);

  const { busy, failure, submit, formRef } = useFormSubmit({
    validation,
    save: async () => onCreated((await api<{ user: UserView }>('/api/users', { method: 'POST', body: input })).user),
    problemsOf: accountProblems,
  });

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="panel create-user" noValidate onSubmit={submit} aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t('users.createTitle')}</h2>
        {failure !== null && (
          <Notice tone="error">
            {t('users.failed')} {failureText(failure)}
          </Notice>
        )}
        <ErrorSummary title={(count) => t('users.problems', { count })} problems={validation.visibleProblems} isShownOnField={(path) => CREATE_FIELDS.has(path)} />
        <div className="form-grid">
          <TextField path="username" label={t('users.username')} required hint={t('users.usernameHint')} maxLength={32} autoComplete="off" value={username} onChange={setUsername} />
          <TextField path="displayName" label={t('users.displayName')} required maxLength={60} value={displayName} onChange={setDisplayName} />
          <SelectField<Role>
            path="role"
            label={t('users.role')}
            required
            value={role}
            options={ROLE_IDS.map((id) => ({ value: id, label: t(`common:role.${id}`) }))}
            onChange={setRole}
          />
          <TextField path="password" type="password" label={t('users.password')} required hint={t('users.passwordHint')} autoComplete="new-password" value={password} onChange={setPassword} />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('users.creating') : t('users.create')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
