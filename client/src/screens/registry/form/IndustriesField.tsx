import { useTranslation } from 'react-i18next';
import { INDUSTRY_VOCABULARY } from '@shared/carriers/vocabulary';
import { useFormErrors } from '../../../ui/forms/FormErrors';
import { useLanguage } from '../../../i18n/useLanguage';
import { GroupProblem } from './GroupProblem';

export interface IndustriesFieldProps {
  /** Known industry ids, and terms an import kept as written. */
  value: readonly string[];
  onChange(next: string[]): void;
}

/**
 * Industry focus as a group of checkboxes in vocabulary order; a term an import kept as
 * written (no list knows it) is shown too, so it can be kept or dropped.
 */
export function IndustriesField({ value, onChange }: IndustriesFieldProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const { edited } = useFormErrors();
  const unknown = value.filter((term) => !INDUSTRY_VOCABULARY.has(term));
  const options = [...INDUSTRY_VOCABULARY.entries.map((entry) => ({ id: entry.id as string, label: entry.name[language] })), ...unknown.map((term) => ({ id: term, label: term }))];
  const toggle = (term: string, checked: boolean) => {
    edited('industries');
    const chosen = new Set(value);
    if (checked) chosen.add(term);
    else chosen.delete(term);
    onChange(options.map((option) => option.id).filter((id) => chosen.has(id)));
  };
  return (
    <fieldset className="span-all" data-path="industries">
      <legend>{t('fields.industries')}</legend>
      <div className="checkbox-group">
        {options.map((option) => (
          <label key={option.id}>
            <input type="checkbox" checked={value.includes(option.id)} onChange={(event) => toggle(option.id, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      <GroupProblem path="industries" />
    </fieldset>
  );
}
