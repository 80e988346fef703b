import { useTranslation } from 'react-i18next';
import type { ScenarioResult, TargetComparison } from '@shared/planner';
import { DeltaCell } from './DeltaCell';
import { StatusBadge } from '../../progress/StatusBadge';
import { formatValue } from '../../progress/formatValue';
import { useLanguage } from '../../i18n/useLanguage';

interface ScenarioResultsTableProps {
  baseline: ScenarioResult;
  result: ScenarioResult;
  comparisons: readonly TargetComparison[];
  stale: boolean;
}

/**
 * Per target: the actual, the expected forecast at the period's end in the baseline and the
 * scenario with the difference, the scenario's range, and the outlook before and after: where
 * each ends if its own forecast holds, not the pace at as-of. Raw values sit in data-value
 * attributes for tests and scripts.
 */
export function ScenarioResultsTable({ baseline, result, comparisons, stale }: ScenarioResultsTableProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const byId = new Map(comparisons.map((comparison) => [comparison.id, comparison]));
  const forecastOf = new Map(result.forecasts.map((forecast) => [forecast.id, forecast]));
  const closed = comparisons.length > 0 && comparisons.every((comparison) => comparison.periodClosed);

  return (
    <div className="table-wide">
      {closed && (
        <p className="notice-warn" data-testid="scenario-period-closed">
          {t('results.periodClosed', { to: baseline.progress[0]?.period.to })}
        </p>
      )}
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
                {comparison && forecast ? (
                  <DeltaCell delta={forecast.expected.delta} tone={comparison.tone} unit={target.unit} testId={`forecast-delta-${target.id}`} />
                ) : (
                  <td className="num delta" data-testid={`forecast-delta-${target.id}`}>
                    —
                  </td>
                )}
                <td className="num muted range">
                  {scenarioForecast ? (
                    <>
                      <span className="nowrap">{value(scenarioForecast.pessimistic)}</span> – <span className="nowrap">{value(scenarioForecast.optimistic)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="result-status" data-testid={`status-${target.id}`} data-value={comparison?.outlook.b}>
                  {comparison && comparison.outlook.a !== comparison.outlook.b ? (
                    <>
                      <StatusBadge status={comparison.outlook.a} /> <span aria-label={t('results.becomes')}>→</span> <StatusBadge status={comparison.outlook.b} />
                    </>
                  ) : (
                    <StatusBadge status={comparison?.outlook.a ?? target.status} />
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
