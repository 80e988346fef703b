import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@shared/planner';
import { StatusBadge } from '../../progress/StatusBadge';

/**
 * The statuses in the order of shared/planner's TARGET_STATUSES, typed against it; importing
 * the constant would pull the whole engine (and its schemas) into the dashboard's chunk.
 */
const STATUSES: readonly TargetStatus[] = ['met', 'on_track', 'at_risk', 'behind'];

/** What each status means (the rule of shared/planner/README.md in a sentence each) and how to read the pace marker. */
export function StatusLegend() {
  const { t } = useTranslation('dashboard');
  return (
    <section className="status-legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {t('legend.title')}
      </h2>
      <dl>
        {STATUSES.map((status) => (
          <div key={status} className="legend-item">
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd>{t(`legend.status.${status}`)}</dd>
          </div>
        ))}
        <div className="legend-item">
          <dt>
            <span className="pace-marker-key" aria-hidden="true" /> {t('legend.paceName')}
          </dt>
          <dd>{t('legend.pace')}</dd>
        </div>
      </dl>
    </section>
  );
}
