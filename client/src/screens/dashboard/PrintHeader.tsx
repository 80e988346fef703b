import { useTranslation } from 'react-i18next';
import { todayInChina, type IsoDate } from '@shared/dates';
import type { Basis } from '../../progress/controls/useProgressParams';
import { regionName } from '../../i18n/places';
import { useLanguage } from '../../i18n/useLanguage';

interface PrintHeaderProps {
  region: string;
  asOf: IsoDate;
  basis: Basis;
}

/** The report's title block, printed in place of the controls: what, where, as of when, on which basis. */
export function PrintHeader({ region, asOf, basis }: PrintHeaderProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  return (
    <header className="print-header print-only" data-testid="print-header">
      <h1>{t('print.title', { region: regionName(region, language) })}</h1>
      <p>
        {t('print.meta', { asOf, basis: t(`controls.bases.${basis}`), printed: todayInChina() })}
      </p>
    </header>
  );
}
