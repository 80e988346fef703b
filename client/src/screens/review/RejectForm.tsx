import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RejectChangeSchema } from '@shared/changes/schema';
import { FormErrorsProvider } from '../../ui/forms/FormErrors';
import { TextField } from '../../ui/forms/TextField';
import { useFormValidation } from '../../ui/forms/useFormValidation';

/** The server's rule for a rejection (server/changes/routes.ts), with the same message key. */

export interface RejectFormProps {
  busy: boolean;
  onReject(reason: string): void;
  onCancel(): void;
}

/** A rejection needs a reason; the submitter reads it. */
export function RejectForm({ busy, onReject, onCancel }: RejectFormProps) {
  const { t } = useTranslation('review');
  const [reason, setReason] = useState('');
  const input = useMemo(() => ({ reason }), [reason]);
  const validation = useFormValidation(RejectChangeSchema, input);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector('textarea')?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!validation.attemptSubmit()) {
      formRef.current?.querySelector('textarea')?.focus();
      return;
    }
    onReject(reason.trim());
  }

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="reject-form" noValidate onSubmit={submit}>
        <TextField path="reason" label={t('rejectReason')} required multiline maxLength={500} hint={t('rejectHint')} value={reason} onChange={setReason} />
        <div className="button-row">
          <button type="submit" className="danger" disabled={busy}>
            {busy ? t('rejecting') : t('confirmReject')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
