import { useTranslation } from 'react-i18next';
import { INDUSTRIES, type Industry } from '@shared/carriers/vocabulary';
import { useFormErrors } from '../../../ui/forms/FormErrors';
import { GroupProblem } from './GroupProblem';

export interface IndustriesFieldProps {
  value: readonly Industry[];
  onChange(next: Industry[]): void;
}

/** Industry focus as a group of checkboxes, kept in vocabulary order. */
export function IndustriesField({ value, onChange }: IndustriesFieldProps) {
  const { t } = useTranslation('registry');
  const { edited } = useFormErrors();
  const toggle = (industry: Industry, checked: boolean) => {
    edited('industries');
    const chosen = new Set(value);
    if (checked) chosen.add(industry);
    else chosen.delete(industry);
    onChange(INDUSTRIES.filter((option) => chosen.has(option)));
  };
  return (
    <fieldset className="span-all" data-path="industries">
      <legend>{t('fields.industries')}</legend>
      <div className="checkbox-group">
        {INDUSTRIES.map((industry) => (
          <label key={industry}>
            <input type="checkbox" checked={value.includes(industry)} onChange={(event) => toggle(industry, event.target.checked)} />
            {t(`common:industry.${industry}`)}
          </label>
        ))}
      </div>
      <GroupProblem path="industries" />
    </fieldset>
  );
}
