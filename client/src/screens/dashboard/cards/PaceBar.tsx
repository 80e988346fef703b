import { useTranslation } from 'react-i18next';
import type { TargetStatus, Unit } from '@shared/planner';
import { formatValue } from '../../../progress/formatValue';
import { useLanguage } from '../../../i18n/useLanguage';

interface PaceBarProps {
  actual: number;
  expected: number;
  threshold: number;
  unit: Unit;
  status: TargetStatus;
  /** Whether the period is under way, so an expected-by-now marker means something. */
  inProgress: boolean;
}

const share = (value: number, of: number) => Math.max(0, Math.min(1, of > 0 ? value / of : 0));

/**
 * Progress toward the threshold, with a marker where the pace says the figure should be by
 * now (时间过半、任务过半). The bar is a meter for assistive technology.
 */
export function PaceBar({ actual, expected, threshold, unit, status, inProgress }: PaceBarProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const filled = share(actual, threshold);
  const pace = share(expected, threshold);
  const showPace = inProgress && pace > 0 && pace < 1;
  return (
    <div className="pace">
      <div
        className={`pace-track status-${status}`}
        role="meter"
        aria-valuemin={0}
        aria-valuemax={threshold}
        aria-valuenow={Math.min(actual, threshold)}
        aria-valuetext={t('card.meterText', { actual: formatValue(actual, unit, language, t), threshold: formatValue(threshold, unit, language, t) })}
      >
        <div className="pace-fill" style={{ width: `${filled * 100}%` }} />
        {showPace && <div className="pace-marker" style={{ left: `${pace * 100}%` }} title={t('card.pace', { value: formatValue(expected, unit, language, t) })} />}
      </div>
      {showPace && (
        <p className="pace-caption">
          <span className="pace-marker-key" aria-hidden="true" />
          {t('card.pace', { value: formatValue(expected, unit, language, t) })}
        </p>
      )}
    </div>
  );
}
