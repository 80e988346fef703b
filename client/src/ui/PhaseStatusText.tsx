import { useTranslation } from 'react-i18next';
import { isOverdueOpening } from '@shared/carriers/derive';
import { todayInChina, type IsoDate } from '@shared/dates';
import type { PhaseStatus } from '@shared/carriers/vocabulary';

interface PhaseStatusTextProps {
  phase: { status: PhaseStatus; plannedOpeningOn?: string | undefined | null };
  /** The day the status is judged on; today (China) unless a screen has an as-of. */
  asOf?: IsoDate;
}

/** A phase's status, flagged when its planned opening has passed and it is still not open. */
export function PhaseStatusText({ phase, asOf = todayInChina(new Date()) }: PhaseStatusTextProps) {
  const { t } = useTranslation('common');
  const overdue = isOverdueOpening({ status: phase.status, plannedOpeningOn: phase.plannedOpeningOn ?? undefined }, asOf);
  return (
    <>
      {t(`phaseStatus.${phase.status}`)}
      {overdue && (
        <span className="badge badge-pending overdue-opening" data-testid="overdue-opening" title={t('overdueOpening.title', { date: phase.plannedOpeningOn })}>
          {t('overdueOpening.label')}
        </span>
      )}
    </>
  );
}
