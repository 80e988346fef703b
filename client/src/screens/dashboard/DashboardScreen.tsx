import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { ProgressReloadContext } from '../../progress/counting/CountingNotes';
import { BaselineCheckNote } from './baseline/BaselineCheckNote';
import { BreakdownSection } from './breakdowns/BreakdownSection';
import { TargetCard } from './cards/TargetCard';
import { CumulativeChart } from './charts/CumulativeChart';
import { YearlyOpenedChart } from './charts/YearlyOpenedChart';
import { ProgressToolbar } from '../../progress/controls/ProgressToolbar';
import { useProgressParams } from '../../progress/controls/useProgressParams';
import { useRegionsWithTargets } from '../../progress/controls/useRegions';
import { DrillDownContext, type DrillRequest } from './drilldown/drillDownContext';
import { DrillDownPanel } from './drilldown/DrillDownPanel';
import { PeriodNote } from '../../progress/PeriodNote';
import { ClosePeriodControl } from '../../progress/closing/ClosePeriodControl';
import { PrintHeader } from './PrintHeader';
import type { ProgressReply } from '@shared/api/progress';
import { StatusLegend } from './StatusLegend';
import { useProgress } from './useProgress';
import './dashboard.css';

/** 目标进展: how far each target of a region is at a date, why, and which carriers make up every number. */
export default function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const [params, updateParams] = useProgressParams();
  const regions = useRegionsWithTargets();
  const progress = useProgress(params);
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const closeDrill = useCallback(() => setDrill(null), []);

  // A list opened for another date or basis would no longer add up to what the page shows.
  useEffect(() => setDrill(null), [params.region, params.asOf, params.basis]);

  return (
    <DrillDownContext.Provider value={setDrill}>
      <section className={`screen progress-screen dashboard${drill ? ' with-drill' : ''}`} aria-busy={progress.loading}>
        <PrintHeader region={params.region} asOf={params.asOf} basis={params.basis} />
        <header className="screen-header no-print">
          <h1>{t('title')}</h1>
          <ProgressToolbar params={params} regions={regions.data ?? []} onChange={updateParams}>
            <button type="button" onClick={() => window.print()} data-testid="print-button">
              {t('print.button')}
            </button>
          </ProgressToolbar>
        </header>
        {progress.error ? (
          <ErrorView error={progress.error} onRetry={progress.reload} />
        ) : !progress.data ? (
          <Loading />
        ) : progress.data.targets.length === 0 ? (
          <Empty>{t('empty')}</Empty>
        ) : (
          <ProgressReloadContext.Provider value={progress.reload}>
            <DashboardBody report={progress.data} />
          </ProgressReloadContext.Provider>
        )}
      </section>
      {drill && <DrillDownPanel request={drill} params={params} onClose={closeDrill} />}
    </DrillDownContext.Provider>
  );
}

/** Cards, then the two area charts, then the breakdowns and the baseline check: the order of the printed report. */
function DashboardBody({ report }: { report: ProgressReply }) {
  const { t } = useTranslation('dashboard');
  const { targets, forecasts, asOf } = report;
  const yearly = targets.find((target) => target.measure === 'opened_incubation_area' && target.window === 'each_year');
  const cumulative =
    targets.find((target) => target.measure === 'opened_incubation_area' && target.window === 'period_sum') ??
    targets.find((target) => target.measure === 'open_incubation_area' && target.window === 'stock_at_end');

  return (
    <>
      <PeriodNote targets={targets} asOf={asOf} />
      <ClosePeriodControl region={report.region} targets={targets} />
      <section className="dashboard-section" aria-labelledby="cards-title">
        <h2 id="cards-title" className="visually-hidden">
          {t('cardsTitle')}
        </h2>
        <div className="target-grid" data-testid="target-cards">
          {targets.map((target) => (
            <TargetCard key={target.id} target={target} asOf={asOf} />
          ))}
        </div>
      </section>
      <StatusLegend />
      {(yearly || cumulative) && (
        <section className="dashboard-section charts" aria-labelledby="charts-title">
          <h2 id="charts-title">{t('charts.title')}</h2>
          <div className="chart-grid">
            {yearly && <YearlyOpenedChart target={yearly} />}
            {cumulative && <CumulativeChart target={cumulative} forecast={forecasts.find((forecast) => forecast.id === cumulative.id)} />}
          </div>
        </section>
      )}
      <BreakdownSection targets={targets} />
      <BaselineCheckNote region={report.region} basis={report.basis} />
    </>
  );
}
