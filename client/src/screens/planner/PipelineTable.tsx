import { useTranslation } from 'react-i18next';
import { PhaseStatusText } from '../../ui/PhaseStatusText';
import type { IsoDate } from '@shared/dates';
import { MAX_SLIP_MONTHS } from '@shared/planner';
import { formatArea } from '../../i18n/format';
import { Empty } from '../../ui/StatusView';
import { carrierDistrictName } from '../../progress/names';
import { useLanguage } from '../../i18n/useLanguage';
import { slippedOpening, type PipelineRow } from './pipelineRows';
import type { ScenarioDraft } from './scenarioDraft';

interface PipelineTableProps {
  rows: readonly PipelineRow[];
  draft: ScenarioDraft;
  region: string;
  asOf: IsoDate;
  onInclude(ref: string, included: boolean): void;
  onSlip(ref: string, months: number): void;
}

/**
 * The phases not yet open at the as-of, each with a box to leave it out and its own slip in
 * months (on top of the slip for all); the last column shows where its opening lands.
 */
export function PipelineTable({ rows, draft, region, asOf, onInclude, onSlip }: PipelineTableProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const dropped = new Set(draft.dropped);
  if (rows.length === 0) return <Empty>{t('pipeline.empty', { date: asOf })}</Empty>;

  return (
    <div className="table-scroll pipeline-scroll">
      <table className="pipeline-table" data-testid="pipeline-table">
        <thead>
          <tr>
            <th scope="col">{t('pipeline.include')}</th>
            <th scope="col">{t('pipeline.carrier')}</th>
            <th scope="col">{t('pipeline.district')}</th>
            <th scope="col">{t('pipeline.status')}</th>
            <th scope="col" className="num">
              {t('pipeline.area')}
            </th>
            <th scope="col">{t('pipeline.started')}</th>
            <th scope="col">{t('pipeline.planned')}</th>
            <th scope="col">{t('pipeline.slip')}</th>
            <th scope="col">{t('pipeline.scenarioOpening')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const included = !dropped.has(row.ref);
            const ownSlip = draft.rowSlips[row.ref] ?? 0;
            const opening = slippedOpening(row, draft.slipAllMonths + ownSlip, asOf);
            const rowName = `${row.carrierName} ${row.phaseLabel}`;
            return (
              <tr key={row.ref} className={included ? undefined : 'excluded'} data-ref={row.ref}>
                <td>
                  <input
                    type="checkbox"
                    checked={included}
                    aria-label={t('pipeline.includeRow', { name: rowName })}
                    onChange={(event) => onInclude(row.ref, event.target.checked)}
                  />
                </td>
                <td>
                  <span className={`kind-dot kind-${row.kind}`} aria-hidden="true" />
                  <span data-user-content>{row.carrierName}</span> <span className="muted" data-user-content>{row.phaseLabel}</span>
                </td>
                <td>{carrierDistrictName(row.region, row.district, region, language, t)}</td>
                <td className="nowrap">
                  <PhaseStatusText phase={row} asOf={asOf} />
                </td>
                <td className="num nowrap">{row.incubationAreaM2 !== null ? formatArea(row.incubationAreaM2, language) : '—'}</td>
                <td className="nowrap">{row.constructionStartedOn ?? '—'}</td>
                <td className="nowrap">{row.plannedOpeningOn ?? t('pipeline.undated')}</td>
                <td>
                  <input
                    type="number"
                    min={-MAX_SLIP_MONTHS}
                    max={MAX_SLIP_MONTHS}
                    step={1}
                    className="input-months"
                    value={ownSlip === 0 ? '' : ownSlip}
                    placeholder="0"
                    disabled={!included}
                    aria-label={t('pipeline.slipRow', { name: rowName })}
                    onChange={(event) => onSlip(row.ref, Number(event.target.value || 0))}
                  />
                </td>
                <td className={`nowrap${opening !== row.plannedOpeningOn ? ' moved' : ''}`}>
                  {!included ? t('pipeline.leftOut') : opening ?? t('pipeline.undated')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
