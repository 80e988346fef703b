import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PasswordSchema } from '@shared/accounts/schema';
import { api } from '../../api/client';
import { FormErrorsProvider } from '../../ui/forms/FormErrors';
import { Notice } from '../../ui/forms/Notice';
import { TextField } from '../../ui/forms/TextField';
import { failureText, useFormSubmit } from '../../ui/forms/useFormSubmit';
import { useFormValidation } from '../../ui/forms/useFormValidation';
import { accountProblems } from './serverProblems';
import type { UserView } from '@shared/api/users';

const ResetSchema = z.strictObject({ password: PasswordSchema });

export interface ResetPasswordFormProps {
  user: UserView;
  onDone(user: UserView): void;
  onCancel(): void;
}

/** Sets a new password for someone who lost theirs; the common-password check is the server's. */
export function ResetPasswordForm({ user, onDone, onCancel }: ResetPasswordFormProps) {
  const { t } = useTranslation('admin');
  const [password, setPassword] = useState('');
  const input = useMemo(() => ({ password }), [password]);
  const validation = useFormValidation(ResetSchema, input);
  const focusPassword = () => formRef.current?.querySelector('input')?.focus();
  const { busy, failure, submit, formRef } = useFormSubmit({
    validation,
    save: async () => onDone((await api<{ user: UserView }>(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: input })).user),
    problemsOf: accountProblems,
    focusProblems: focusPassword,
  });

  useEffect(focusPassword, [formRef]);

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="reset-password" noValidate onSubmit={submit}>
        {failure !== null && (
          <Notice tone="error">
            {t('users.failed')} {failureText(failure)}
          </Notice>
        )}
        <TextField path="password" type="password" label={t('users.newPassword')} required hint={t('users.passwordHint')} autoComplete="new-password" value={password} onChange={setPassword} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('users.savePassword')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
