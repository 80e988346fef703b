import { useMemo, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@shared/dates';
import { formatArea } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { PipelineTable } from './PipelineTable';
import { pipelineRows } from './pipelineRows';
import type { DraftAction, ScenarioDraft } from './scenarioDraft';
import { SlipAllControl } from './SlipAllControl';
import type { PlannerData } from './usePlannerData';

interface PipelineSectionProps {
  data: PlannerData;
  draft: ScenarioDraft;
  region: string;
  asOf: IsoDate;
  dispatch: Dispatch<DraftAction>;
}

/** The pipeline at the as-of: slip it all, or phase by phase; leave phases out. */
export function PipelineSection({ data, draft, region, asOf, dispatch }: PipelineSectionProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const rows = useMemo(() => pipelineRows(data.carriers, asOf), [data.carriers, asOf]);
  const totalArea = rows.reduce((sum, row) => sum + (row.incubationAreaM2 ?? 0), 0);

  return (
    <section className="planner-panel pipeline-panel" aria-labelledby="pipeline-title">
      <header className="section-header">
        <h2 id="pipeline-title">{t('pipeline.title')}</h2>
        <span className="muted" data-testid="pipeline-summary">
          {t('pipeline.summary', { count: rows.length, area: formatArea(totalArea, language), date: asOf })}
        </span>
      </header>
      <SlipAllControl months={draft.slipAllMonths} onChange={(months) => dispatch({ type: 'slipAll', months })} />
      <PipelineTable
        rows={rows}
        draft={draft}
        region={region}
        asOf={asOf}
        onInclude={(ref, included) => dispatch({ type: 'include', ref, included })}
        onSlip={(ref, months) => dispatch({ type: 'slipRow', ref, months })}
      />
    </section>
  );
}
