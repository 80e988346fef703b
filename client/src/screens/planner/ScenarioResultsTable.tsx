import { useTranslation } from 'react-i18next';
import type { ScenarioResult, TargetComparison } from '@shared/planner';
import { StatusBadge } from '../../progress/StatusBadge';
import { formatDelta, formatValue } from '../../progress/formatValue';
import { useLanguage } from '../../i18n/useLanguage';

interface ScenarioResultsTableProps {
  baseline: ScenarioResult;
  result: ScenarioResult;
  comparisons: readonly TargetComparison[];
  stale: boolean;
}

/**
 * Per target: the actual, the expected forecast at the period's end in the baseline and the
 * scenario with the difference, the scenario's range, and the status before and after. Raw
 * values sit in data-value attributes for tests and scripts.
 */
export function ScenarioResultsTable({ baseline, result, comparisons, stale }: ScenarioResultsTableProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const byId = new Map(comparisons.map((comparison) => [comparison.id, comparison]));
  const forecastOf = new Map(result.forecasts.map((forecast) => [forecast.id, forecast]));

  return (
    <div className="table-wide">
      <table className={`results-table${stale ? ' is-stale' : ''}`} data-testid="scenario-results" aria-busy={stale}>
        <thead>
          <tr>
            <th scope="col">{t('results.target')}</th>
            <th scope="col" className="num">
              {t('results.actual')}
            </th>
            <th scope="col" className="num">
              {t('results.baselineForecast')}
            </th>
            <th scope="col" className="num">
              {t('results.scenarioForecast')}
            </th>
            <th scope="col" className="num">
              {t('results.delta')}
            </th>
            <th scope="col" className="num">
              {t('results.range')}
            </th>
            <th scope="col">{t('results.status')}</th>
          </tr>
        </thead>
        <tbody>
          {baseline.progress.map((target) => {
            const comparison = byId.get(target.id);
            const forecast = comparison?.forecast;
            const scenarioForecast = forecastOf.get(target.id);
            const value = (amount: number) => formatValue(amount, target.unit, language, t);
            const delta = forecast?.expected.delta ?? 0;
            return (
              <tr key={target.id} data-testid={`result-${target.id}`}>
                <th scope="row" className="result-target">
                  <span className="target-id">{target.id}</span> {target.label[language]}
                </th>
                <td className="num" data-testid={`actual-${target.id}`} data-value={comparison?.actual.b}>
                  {comparison && comparison.actual.delta !== 0 ? (
                    <>
                      <span className="muted">{value(comparison.actual.a)} →</span> {value(comparison.actual.b)}
                    </>
                  ) : (
                    value(target.actual)
                  )}
                </td>
                <td className="num" data-testid={`baseline-forecast-${target.id}`} data-value={forecast?.expected.a}>
                  {forecast ? value(forecast.expected.a) : '—'}
                </td>
                <td className="num strong" data-testid={`scenario-forecast-${target.id}`} data-value={forecast?.expected.b}>
                  {forecast ? value(forecast.expected.b) : '—'}
                </td>
                <td className={`num delta ${delta < 0 ? 'delta-down' : delta > 0 ? 'delta-up' : ''}`} data-testid={`forecast-delta-${target.id}`} data-value={forecast ? delta : undefined}>
                  {forecast ? formatDelta(delta, target.unit, language, t) : '—'}
                </td>
                <td className="num muted range">
                  {scenarioForecast ? (
                    <>
                      <span className="nowrap">{value(scenarioForecast.pessimistic)}</span> – <span className="nowrap">{value(scenarioForecast.optimistic)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="result-status" data-testid={`status-${target.id}`} data-value={comparison?.status.b}>
                  {comparison && comparison.status.a !== comparison.status.b ? (
                    <>
                      <StatusBadge status={comparison.status.a} /> <span aria-label={t('results.becomes')}>→</span> <StatusBadge status={comparison.status.b} />
                    </>
                  ) : (
                    <StatusBadge status={target.status} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
