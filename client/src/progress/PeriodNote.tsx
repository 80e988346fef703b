import { useTranslation } from 'react-i18next';
import { daysBetween, type IsoDate } from '@shared/dates';
import { formatPercent } from '../i18n/format';
import type { ProgressTarget } from '@shared/api/progress';
import { regionName } from '../i18n/places';
import { useLanguage } from '../i18n/useLanguage';

/**
 * Where the as-of sits in the plan period: before it, part-way (the time elapsed, against
 * which 任务过半 is judged), or after it (the figures are the final result). For a parent
 * region, how many of its units have any data.
 */
export function PeriodNote({ targets, asOf }: { targets: readonly Pick<ProgressTarget, 'period' | 'unitsWithData'>[]; asOf: IsoDate }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const first = targets[0];
  if (!first) return null;
  const { from, to } = first.period;
  const elapsed = Math.min(1, Math.max(0, (daysBetween(from, asOf) + 1) / (daysBetween(from, to) + 1)));
  const units = targets.find((target) => target.unitsWithData)?.unitsWithData;
  // On the last day the period is over as the planner judges it (pace.ts): the figures are final.
  const phase = asOf >= to ? 'ended' : asOf < from ? 'notStarted' : 'running';

  return (
    <div className={`period-note period-${phase}`} data-testid="period-note">
      <p>{t(`period.${phase}`, { from, to, elapsed: formatPercent(elapsed) })}</p>
      {units && (
        <p data-testid="units-with-data">
          {t('period.unitsWithData', { withData: units.withData, total: units.total })}{' '}
          <span className="muted">({units.units.map((unit) => regionName(unit, language)).join(language === 'zh' ? '、' : ', ')})</span>
        </p>
      )}
    </div>
  );
}
