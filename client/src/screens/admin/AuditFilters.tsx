import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { IsoDateSchema } from '@shared/carriers/schema';
import { DateField } from '../../ui/forms/DateField';
import { FormErrorsProvider } from '../../ui/forms/FormErrors';
import { SelectField } from '../../ui/forms/SelectField';
import { TextField } from '../../ui/forms/TextField';
import { useFormValidation } from '../../ui/forms/useFormValidation';
import { AUDIT_ACTIONS, AUDIT_GROUPS } from '@shared/api/audit';

/** The API's date rule (UTC days), so a typo is named before the request. */
const FilterSchema = z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() });

export interface AuditFilterValues {
  user: string;
  action: string;
  from: string;
  to: string;
}

export interface AuditFiltersProps {
  values: AuditFilterValues;
  onApply(values: AuditFilterValues): void;
  onClear(): void;
}

export function AuditFilters({ values, onApply, onClear }: AuditFiltersProps) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState(values);
  useEffect(() => setDraft(values), [values]);
  const dates = useMemo(() => ({ from: draft.from.trim() || undefined, to: draft.to.trim() || undefined }), [draft.from, draft.to]);
  const validation = useFormValidation(FilterSchema, dates);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!validation.attemptSubmit()) return;
    onApply({ user: draft.user.trim(), action: draft.action, from: draft.from.trim(), to: draft.to.trim() });
  }

  const actionOptions = [
    ...AUDIT_GROUPS.map((group) => ({ value: group, label: t(`audit.groups.${group}`) })),
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`, { nsSeparator: false }) })),
  ];

  return (
    <FormErrorsProvider value={validation.fields}>
      <form className="filters-bar audit-filters" role="search" aria-label={t('audit.title')} noValidate onSubmit={apply}>
        <TextField path="user" label={t('audit.user')} value={draft.user} onChange={(user) => setDraft({ ...draft, user })} maxLength={64} />
        <SelectField path="action" label={t('audit.action')} value={draft.action} placeholder={t('audit.anyAction')} options={actionOptions} onChange={(action) => setDraft({ ...draft, action })} />
        <DateField path="from" label={t('audit.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
        <DateField path="to" label={t('audit.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <div className="filters-actions">
          <button type="submit" className="primary">
            {t('audit.search')}
          </button>
          <button type="button" onClick={onClear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
