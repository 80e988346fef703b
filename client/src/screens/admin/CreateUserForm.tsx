import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, UserCreateSchema } from '@shared/accounts/schema';
import type { Role } from '../../app/session';
import { api } from '../../api/client';
import { ErrorSummary } from '../../ui/forms/ErrorSummary';
import { focusFirstInvalid } from '../../ui/forms/fieldErrors';
import { FormErrorsProvider } from '../../ui/forms/FormErrors';
import { Notice } from '../../ui/forms/Notice';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { useFormValidation } from '../../ui/forms/useFormValidation';
import { accountProblems } from './serverProblems';
import type { UserView } from './userTypes';

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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const input = useMemo(() => ({ username, displayName, role: role || undefined, password }), [username, displayName, role, password]);
  const validation = useFormValidation(UserCreateSchema, input);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!validation.attemptSubmit()) {
      setFocusRequest((value) => value + 1);
      return;
    }
    setBusy(true);
    try {
      const reply = await api<{ user: UserView }>('/api/users', { method: 'POST', body: input });
      onCreated(reply.user);
    } catch (caught) {
      const problems = accountProblems(caught);
      if (problems) {
        validation.showServerProblems(problems);
        setFocusRequest((value) => value + 1);
      } else {
        setFailure(caught instanceof Error ? caught.message : String(caught));
      }
      setBusy(false);
    }
  }

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="panel create-user" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t('users.createTitle')}</h2>
        {failure && (
          <Notice tone="error">
            {t('users.failed')} {failure}
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
