import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios, evaluateScenario, type Scenario } from '@shared/planner';
import type { IsoDate } from '@shared/dates';
import { Empty } from '../../ui/StatusView';
import { StatusBadge } from '../../progress/StatusBadge';
import { formatValue } from '../../progress/formatValue';
import { DeltaCell } from './DeltaCell';
import { useLanguage } from '../../i18n/useLanguage';
import { definitionOf, type SavedScenario } from './savedScenarios';
import type { PlannerData } from './usePlannerData';

interface ScenarioCompareProps {
  data: PlannerData;
  saved: readonly SavedScenario[];
  region: string;
  asOf: IsoDate;
}

const BASELINE = 'baseline';

/** Two saved scenarios (or one against the baseline) side by side, evaluated in the browser on the same carriers. */
export function ScenarioCompare({ data, saved, region, asOf }: ScenarioCompareProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const id = useId();
  const [aId, setA] = useState<string>(BASELINE);
  const [bId, setB] = useState<string>('');
  const baseline: Scenario = useMemo(() => ({ name: t('compare.baseline'), region, baseAsOf: asOf, edits: [] }), [t, region, asOf]);
  const a = useMemo(() => pickScenario(aId, saved, baseline), [aId, saved, baseline]);
  const b = useMemo(() => pickScenario(bId, saved, baseline), [bId, saved, baseline]);

  const comparison = useMemo(() => {
    if (!a || !b) return null;
    const input = { carriers: data.carriers, targets: data.targets, asOf };
    const resultA = evaluateScenario({ ...input, scenario: a });
    const resultB = evaluateScenario({ ...input, scenario: b });
    return { resultA, resultB, diff: compareScenarios(resultA, resultB) };
  }, [a, b, data, asOf]);

  const choose = (label: string, value: string, onChange: (value: string) => void, testId: string) => (
    <div className="control">
      <label htmlFor={`${id}-${testId}`}>{label}</label>
      <select id={`${id}-${testId}`} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        <option value="">{t('compare.choose')}</option>
        <option value={BASELINE}>{t('compare.baseline')}</option>
        {saved.map((scenario) => (
          <option key={scenario.id} value={scenario.id} data-user-content>
            {scenario.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="scenario-compare" data-testid="scenario-compare">
      <div className="toolbar">
        {choose(t('compare.a'), aId, setA, 'compare-a')}
        {choose(t('compare.b'), bId, setB, 'compare-b')}
      </div>
      {a && b && a.baseAsOf !== b.baseAsOf && <p className="notice-warn">{t('compare.differentDates', { a: a.baseAsOf ?? asOf, b: b.baseAsOf ?? asOf })}</p>}
      {!comparison ? (
        <Empty>{t('compare.pickTwo')}</Empty>
      ) : (
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('results.target')}
              </th>
              <th scope="colgroup" colSpan={3} className="compare-side" data-user-content>
                A · {a!.name}
              </th>
              <th scope="colgroup" colSpan={3} className="compare-side" data-user-content>
                B · {b!.name}
              </th>
              <th scope="col" rowSpan={2} className="num">
                {t('compare.delta')}
              </th>
            </tr>
            <tr>
              {['a', 'b'].map((side) => (
                <SideHeaders key={side} />
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.diff.targets.map((row) => {
              const target = comparison.resultA.progress.find((candidate) => candidate.id === row.id)!;
              const value = (amount: number) => formatValue(amount, target.unit, language, t);
              const delta = row.forecast ? row.forecast.expected.delta : row.actual.delta;
              // A scenario answers where the period ends, so each side shows its own outlook.
              return (
                <tr key={row.id} data-testid={`compare-${row.id}`}>
                  <th scope="row" className="result-target">
                    <span className="target-id">{row.id}</span> {target.label[language]}
                  </th>
                  <td className="num">{value(row.actual.a)}</td>
                  <td className="num">{row.forecast ? value(row.forecast.expected.a) : '—'}</td>
                  <td>
                    <StatusBadge status={row.outlook.a} />
                  </td>
                  <td className="num">{value(row.actual.b)}</td>
                  <td className="num">{row.forecast ? value(row.forecast.expected.b) : '—'}</td>
                  <td>
                    <StatusBadge status={row.outlook.b} />
                  </td>
                  <DeltaCell delta={delta} tone={row.tone} unit={target.unit} testId={`compare-delta-${row.id}`} />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

function pickScenario(choice: string, saved: readonly SavedScenario[], baseline: Scenario): Scenario | null {
  if (choice === BASELINE) return baseline;
  const found = saved.find((scenario) => scenario.id === choice);
  return found ? definitionOf(found) : null;
}

function SideHeaders() {
  const { t } = useTranslation('planner');
  return (
    <>
      <th scope="col" className="num">
        {t('results.actual')}
      </th>
      <th scope="col" className="num">
        {t('compare.forecast')}
      </th>
      <th scope="col">{t('results.status')}</th>
    </>
  );
}
