import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formFieldsOf, type FieldSpec, type FieldTable } from '@shared/fields/table';
import { useLanguage } from '../../i18n/useLanguage';
import { AreaField } from './AreaField';
import { CheckboxField } from './CheckboxField';
import { DateField } from './DateField';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { isRequired, type PlainDraft } from './tableDraft';

export interface TableFieldsProps {
  table: FieldTable;
  /** The form section whose fields to show, in the table's order. */
  section: string;
  values: PlainDraft;
  onChange(key: string, value: string | boolean): void;
  /** The field's path in the submission, for its messages (`phases.0.openedOn`). */
  pathOf?: (key: string) => string;
  /** Components for the section's `custom` fields, placed where the table lists them. */
  custom?: Partial<Record<string, () => ReactNode>>;
  /** Required-ness that depends on the row (an open phase needs its opening date). */
  requiredOf?: (key: string, spec: FieldSpec) => boolean;
}

/**
 * A section of a form drawn from a field table: each field's control, label and limits
 * come from its declaration, so a field added to the table appears in the form.
 */
export function TableFields({ table, section, values, onChange, pathOf = (key) => key, custom = {}, requiredOf = (_key, spec) => isRequired(spec) }: TableFieldsProps) {
  return (
    <>
      {formFieldsOf(table, section).map(([key, spec]) =>
        spec.form.control === 'custom' ? (
          <Fragment key={key}>{custom[key]?.()}</Fragment>
        ) : (
          <PlainField key={key} spec={spec} path={pathOf(key)} value={values[key] ?? ''} required={requiredOf(key, spec)} onChange={(value) => onChange(key, value)} />
        ),
      )}
    </>
  );
}

interface PlainFieldProps {
  spec: FieldSpec & { form: NonNullable<FieldSpec['form']> };
  path: string;
  value: string | boolean;
  required: boolean;
  onChange(value: string | boolean): void;
}

function PlainField({ spec, path, value, required, onChange }: PlainFieldProps) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const label = spec.label[language];
  const hint = spec.form.hint?.[language];
  const className = spec.form.wide ? 'span-2' : undefined;
  const text = String(value);
  switch (spec.form.control) {
    case 'checkbox':
      return <CheckboxField label={label} checked={Boolean(value)} hint={hint} onChange={onChange} />;
    case 'select':
      return (
        <SelectField
          path={path}
          label={label}
          required={required}
          hint={hint}
          className={className}
          value={text}
          placeholder={t('choose', { field: label })}
          options={(spec.vocabulary?.entries ?? []).map((entry) => ({ value: entry.id, label: entry.name[language] }))}
          onChange={onChange}
        />
      );
    case 'area':
      return <AreaField path={path} label={label} value={text} onChange={onChange} />;
    case 'number':
    case 'year':
      return <NumberField path={path} label={label} required={required} hint={hint} className={className} decimals={spec.form.control === 'number'} value={text} onChange={onChange} />;
    case 'date':
      return <DateField path={path} label={label} required={required} hint={hint} className={className} value={text} onChange={onChange} />;
    default:
      return (
        <TextField
          path={path}
          label={label}
          required={required}
          hint={hint}
          className={className}
          maxLength={spec.form.maxLength}
          multiline={spec.form.control === 'textarea'}
          type={spec.form.control === 'email' || spec.form.control === 'tel' ? spec.form.control : spec.form.control === 'url' ? 'url' : 'text'}
          value={text}
          onChange={onChange}
        />
      );
  }
}
