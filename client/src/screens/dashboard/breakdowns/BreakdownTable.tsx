import { useTranslation } from 'react-i18next';
import type { Dimension } from '@shared/planner';
import { formatPercent } from '../../../i18n/format';
import { DrillButton } from '../drilldown/DrillButton';
import { formatValue } from '../../../progress/formatValue';
import { cellName } from '../../../progress/names';
import type { ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../../i18n/useLanguage';

interface BreakdownTableProps {
  target: ProgressTarget;
  dimension: Dimension;
}

/** One breakdown of a target's actual: a row per cell with its share as a bar, each figure opening its carriers. */
export function BreakdownTable({ target, dimension }: BreakdownTableProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const cells = [...target.breakdowns[dimension]].sort((a, b) => b.value - a.value);
  const total = cells.reduce((sum, cell) => sum + cell.value, 0);
  const captionId = `breakdown-${target.id}-${dimension}`;

  return (
    <figure className="breakdown" aria-labelledby={captionId} data-testid={`breakdown-${dimension}`}>
      <figcaption id={captionId}>{t(`breakdown.dimensions.${dimension}`)}</figcaption>
      {cells.length === 0 ? (
        <p className="muted">{t('breakdown.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(`breakdown.dimensions.${dimension}`)}</th>
              <th scope="col" className="num">
                {t('breakdown.value')}
              </th>
              <th scope="col" className="num">
                {t('breakdown.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => {
              const name = cellName(dimension, cell.key, target.region, language, t);
              const share = total > 0 ? cell.value / total : 0;
              return (
                <tr key={cell.key}>
                  <th scope="row" className="breakdown-name">
                    {name}
                  </th>
                  <td className="num">
                    <DrillButton request={{ target, scope: { kind: 'cell', dimension, key: cell.key, name }, value: cell.value }} rawValue={cell.value}>
                      {formatValue(cell.value, target.unit, language, t)}
                    </DrillButton>
                  </td>
                  <td className="num share-cell">
                    <span className="share-bar" style={{ width: `${share * 100}%` }} aria-hidden="true" />
                    <span className="share-text">{formatPercent(share)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </figure>
  );
}
