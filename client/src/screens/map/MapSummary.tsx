import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatArea, formatCount } from '../../i18n/format';
import type { CarrierView, MapMoment } from '../../map/carrierMarks';

interface MapSummaryProps {
  view: CarrierView;
  moment: MapMoment;
}

/** Counts and areas of what the filters and the year select; the test reads drawn-count. */
export function MapSummary({ view, moment }: MapSummaryProps) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const count = (value: number) => t('summary.count', { count: value, formatted: formatCount(value, language) });

  return (
    <section className="map-summary" aria-label={t('summary.heading')}>
      <dl>
        <div>
          <dt>{t('summary.carriers')}</dt>
          <dd data-testid="shown-count" data-count={view.shown.length}>
            {count(view.shown.length)}
          </dd>
        </div>
        <div>
          <dt>{t('summary.onMap')}</dt>
          <dd data-testid="drawn-count" data-count={view.marks.length}>
            {count(view.marks.length)}
          </dd>
        </div>
        <div>
          <dt>{t('summary.apart')}</dt>
          <dd data-testid="apart-count" data-count={view.apart.length}>
            {count(view.apart.length)}
          </dd>
        </div>
        <div>
          <dt>{t('summary.openArea')}</dt>
          <dd data-testid="open-area" data-m2={view.openAreaM2}>
            {formatArea(view.openAreaM2, language)}
          </dd>
        </div>
        {moment.kind === 'today' && (
          <div>
            <dt>{t('summary.pipelineArea')}</dt>
            <dd>{formatArea(view.pipelineAreaM2, language)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
