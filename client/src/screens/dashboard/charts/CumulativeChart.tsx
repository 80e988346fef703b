import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCanvas } from '../../../ui/charts/ChartCanvas';
import { formatArea } from '../../../i18n/format';
import { useOpenDrillDown } from '../drilldown/drillDownContext';
import { DrillButton } from '../drilldown/DrillButton';
import type { ProgressForecast, ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../../i18n/useLanguage';
import { cumulativeConfig } from './chartConfigs';
import { cumulativeSeries } from './cumulativeSeries';

interface CumulativeChartProps {
  target: ProgressTarget;
  forecast: ProgressForecast | undefined;
}

/** The running total (A1) or stock (K2) against the threshold, with the forecast band and its table. */
export function CumulativeChart({ target, forecast }: CumulativeChartProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const openDrillDown = useOpenDrillDown();
  const series = useMemo(() => cumulativeSeries(target, forecast), [target, forecast]);
  const isSum = target.window === 'period_sum';
  const threshold = formatArea(target.threshold, language);
  const area = (value: number | null) => (value === null ? '—' : formatArea(value, language));

  const config = useMemo(
    () =>
      cumulativeConfig({
        years: series.years,
        actual: series.actual,
        expected: series.expected,
        optimistic: series.optimistic,
        pessimistic: series.pessimistic,
        threshold: target.threshold,
        language,
        labels: {
          actual: t(isSum ? 'charts.cumulative.actual' : 'charts.cumulative.stock'),
          expected: t('charts.cumulative.expected'),
          band: t('charts.cumulative.band'),
          threshold: t('charts.thresholdLine', { value: threshold }),
        },
        onYearClick: (index) => {
          const point = target.series[index];
          if (point && point.state !== 'future') openDrillDown({ target, scope: { kind: 'year', year: point.year }, value: point.value ?? 0 });
        },
      }),
    [series, target, language, t, isSum, threshold, openDrillDown],
  );

  // Once every year is complete the forecast is the actual: its rows would only repeat it.
  const forecastOpen = Boolean(forecast) && target.series.some((point) => point.state !== 'complete');
  const forecastRows = [
    ['expected', series.expected],
    ['optimistic', series.optimistic],
    ['pessimistic', series.pessimistic],
  ] as const;

  return (
    <section className="chart-panel" aria-labelledby="chart-cumulative-title" data-testid="chart-cumulative">
      <h3 id="chart-cumulative-title">
        {t(isSum ? 'charts.cumulative.title' : 'charts.cumulative.stockTitle')} <span className="target-id">{target.id}</span>
      </h3>
      <p className="chart-caption">
        {t('charts.cumulative.caption', { value: threshold })} <span className="no-print">{t('charts.clickHint')}</span>
      </p>
      <ChartCanvas config={config} label={t(isSum ? 'charts.cumulative.title' : 'charts.cumulative.stockTitle')} />
      <table className="series-table">
        <thead>
          <tr>
            <th scope="row">{t('charts.year')}</th>
            {series.years.map((year, index) => (
              <th key={year} scope="col" className="num">
                {year}
                {target.series[index]?.state === 'current' && <span className="muted"> {t('charts.toDate')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t(isSum ? 'charts.cumulative.added' : 'charts.cumulative.stock')}</th>
            {target.series.map((point) => (
              <td key={point.year} className="num">
                {point.state === 'future' || point.value === null ? (
                  '—'
                ) : (
                  <DrillButton request={{ target, scope: { kind: 'year', year: point.year }, value: point.value }} testId={`cumulative-${point.year}`} rawValue={point.value}>
                    {area(point.value)}
                  </DrillButton>
                )}
              </td>
            ))}
          </tr>
          {isSum && (
            <tr>
              <th scope="row">{t('charts.cumulative.actual')}</th>
              {series.actual.map((value, index) => (
                <td key={series.years[index]} className="num">
                  {area(value)}
                </td>
              ))}
            </tr>
          )}
          {forecastOpen &&
            forecastRows.map(([kind, values]) => (
              <tr key={kind} className="forecast-row">
                <th scope="row">{t(`charts.cumulative.${kind}`)}</th>
                {values.map((value, index) => (
                  <td key={series.years[index]} className="num" data-testid={`forecast-${kind}-${series.years[index]}`} data-value={value ?? undefined}>
                    {area(value)}
                  </td>
                ))}
              </tr>
            ))}
          {forecastOpen && series.toFind.some((value) => value !== null && value > 0) && (
            <tr>
              <th scope="row">{t('charts.cumulative.toFind')}</th>
              {series.toFind.map((value, index) => (
                <td key={series.years[index]} className="num">
                  {area(value)}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
