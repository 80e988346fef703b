import { useTranslation } from 'react-i18next';
import type { Basis } from './useProgressParams';

const BASES: readonly Basis[] = ['verified', 'reported'];

interface BasisToggleProps {
  value: Basis;
  onChange(basis: Basis): void;
}

/** 核实口径 / 填报口径: radio buttons drawn as one segmented control, so arrow keys move between them. */
export function BasisToggle({ value, onChange }: BasisToggleProps) {
  const { t } = useTranslation('dashboard');
  return (
    <fieldset className="control segmented" data-testid="basis-toggle">
      <legend title={t('controls.basisHint')}>{t('controls.basis')}</legend>
      <span className="segmented-options">
        {BASES.map((basis) => (
          <label key={basis} className={basis === value ? 'selected' : undefined}>
            <input type="radio" name="basis" value={basis} checked={basis === value} onChange={() => onChange(basis)} />
            {t(`controls.bases.${basis}`)}
          </label>
        ))}
      </span>
    </fieldset>
  );
}
