import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@shared/dates';
import { formatPercent } from '../../../i18n/format';
import { CardCountingNotes, ReadingsDetail } from '../../../progress/counting/CountingNotes';
import { DrillButton } from '../drilldown/DrillButton';
import { formatThreshold, formatValue } from '../../../progress/formatValue';
import type { ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../../i18n/useLanguage';
import { PaceBar } from './PaceBar';
import { StatusBadge } from '../../../progress/StatusBadge';
import { ClosingNote } from '../../../progress/closing/ClosingNote';

interface TargetCardProps {
  target: ProgressTarget;
  asOf: IsoDate;
}

/** One target at a glance: actual against threshold, percent, pace, status, forecast and source. */
export function TargetCard({ target, asOf }: TargetCardProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const inProgress = asOf >= target.period.from && asOf < target.period.to;
  const value = (amount: number) => formatValue(amount, target.unit, language, t);

  return (
    <article className={`target-card status-${target.status}`} data-testid={`target-card-${target.id}`} data-status={target.status} aria-labelledby={`target-${target.id}-label`}>
      <header className="target-card-header">
        <span className="target-id">{target.id}</span>
        <h3 id={`target-${target.id}-label`}>{target.label[language]}</h3>
        <StatusBadge status={target.status} />
      </header>

      <div className="target-figures">
        <DrillButton request={{ target, scope: { kind: 'total' }, value: target.actual }} className="target-actual" testId={`actual-${target.id}`} rawValue={target.actual}>
          {value(target.actual)}
        </DrillButton>
        <span className="target-threshold">
          {t('card.threshold', { value: formatThreshold(target.threshold, target.comparator, target.unit, language, t) })}
        </span>
        <span className="target-percent" data-testid={`percent-${target.id}`}>
          {formatPercent(target.percent / 100)}
        </span>
      </div>

      <PaceBar actual={target.actual} expected={target.expected} threshold={target.threshold} unit={target.unit} status={target.status} inProgress={inProgress} />

      <ul className="target-notes">
        <CardCountingNotes target={target} inProgress={inProgress} />
        {target.forecastExpected !== undefined && asOf < target.period.to && <li>{t('card.forecast', { value: value(target.forecastExpected) })}</li>}
        {target.window === 'stock_at_end' && <li>{t('card.measuredOn', { date: target.measuredOn })}</li>}
        <li>{t('card.period', { from: target.period.from, to: target.period.to })}</li>
        <ClosingNote target={target} />
      </ul>

      <ReadingsDetail target={target} />

      <p className="target-source" title={target.source}>
        {t('card.source')} <span data-user-content>{target.source}</span>
      </p>
    </article>
  );
}
