import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../../ui/charts/ChartCanvas';
import { formatArea } from '../../../i18n/format';
import { useOpenDrillDown } from '../drilldown/drillDownContext';
import { DrillButton } from '../drilldown/DrillButton';
import type { ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../../i18n/useLanguage';
import { yearlyBarsConfig } from './chartConfigs';

/** Area opened in each year (A2) against the yearly threshold, with the figures in a table below. */
export function YearlyOpenedChart({ target }: { target: ProgressTarget }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const openDrillDown = useOpenDrillDown();
  const threshold = formatArea(target.threshold, language);

  const config = useMemo(
    () =>
      yearlyBarsConfig({
        years: target.series.map((point) => point.year),
        values: target.series.map((point) => (point.state === 'future' ? null : point.value)),
        states: target.series.map((point) => point.state),
        threshold: target.threshold,
        language,
        labels: { series: t('charts.yearly.series'), threshold: t('charts.thresholdLine', { value: threshold }) },
        onYearClick: (index) => {
          const point = target.series[index];
          if (point && point.state !== 'future') openDrillDown({ target, scope: { kind: 'year', year: point.year }, value: point.value ?? 0 });
        },
      }),
    [target, language, t, threshold, openDrillDown],
  );

  return (
    <section className="chart-panel" aria-labelledby="chart-yearly-title" data-testid="chart-yearly">
      <h3 id="chart-yearly-title">
        {t('charts.yearly.title')} <span className="target-id">{target.id}</span>
      </h3>
      <p className="chart-caption">
        {t('charts.yearly.caption', { value: threshold })} <span className="no-print">{t('charts.clickHint')}</span>
      </p>
      <ChartCanvas config={config} label={t('charts.yearly.title')} />
      <table className="series-table">
        <thead>
          <tr>
            <th scope="row">{t('charts.year')}</th>
            {target.series.map((point) => (
              <th key={point.year} scope="col" className="num">
                {point.year}
                {point.state === 'current' && <span className="muted"> {t('charts.toDate')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('charts.yearly.series')}</th>
            {target.series.map((point) => (
              <td key={point.year} className="num">
                {point.state === 'future' || point.value === null ? (
                  '—'
                ) : (
                  <DrillButton request={{ target, scope: { kind: 'year', year: point.year }, value: point.value }} testId={`yearly-${point.year}`} rawValue={point.value}>
                    {formatArea(point.value, language)}
                  </DrillButton>
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('charts.yearly.meets')}</th>
            {target.series.map((point) => (
              <td key={point.year} className="num">
                {point.meetsThreshold === true ? t('charts.yes') : point.meetsThreshold === false ? t('charts.no') : '—'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
