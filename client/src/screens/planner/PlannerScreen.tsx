import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FORECAST_WEIGHTS } from '@shared/planner';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import { PeriodNote } from '../../progress/PeriodNote';
import { ProgressToolbar } from '../../progress/controls/ProgressToolbar';
import { useProgressParams, type ProgressParams } from '../../progress/controls/useProgressParams';
import { useRegionsWithTargets } from '../../progress/controls/useRegions';
import { AddCarrierForm } from './AddCarrierForm';
import { HypotheticalList } from './HypotheticalList';
import { PipelineSection } from './PipelineSection';
import { SavedScenarioList } from './SavedScenarioList';
import { SaveScenarioForm } from './SaveScenarioForm';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioResultsTable } from './ScenarioResultsTable';
import { WeightsControl } from './WeightsControl';
import { deleteScenario, definitionOf, useSavedScenarios, type SavedScenario } from './savedScenarios';
import { draftReducer, EMPTY_DRAFT, fromScenario, hasEdits, toScenario } from './scenarioDraft';
import { usePlannerData, type PlannerData } from './usePlannerData';
import { useScenarioResults } from './useScenarioResults';
import '../../ui/forms/forms.css';
import './planner.css';
import { PlannerTabs } from './PlannerTabs';
import { CreateTargetPage, EditTargetPage } from './targets/TargetEditPage';
import { TargetsPage } from './targets/TargetsPage';

/**
 * 规划推演 for planners and admins: /planner (what-if scenarios) and /planner/targets (the
 * targets as data: list, /planner/targets/new, /planner/targets/:id/edit).
 */
export default function PlannerScreen() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<ScenarioPage />} />
      <Route path="targets" element={<TargetsPage />} />
      <Route path="targets/new" element={<CreateTargetPage />} />
      <Route path="targets/:id/edit" element={<EditTargetPage />} />
      <Route path="*" element={<div className="status-view status-error">{t('states.notFound')}</div>} />
    </Routes>
  );
}

/** What-if scenarios on the region's pipeline, recomputed in the browser on every edit. */
function ScenarioPage() {
  const { t } = useTranslation('planner');
  const [params, updateParams] = useProgressParams();
  const regions = useRegionsWithTargets();
  const data = usePlannerData(params.region, params.basis);

  return (
    <section className="screen progress-screen planner-screen">
      <PlannerTabs region={params.region} />
      <header className="screen-header">
        <h1>{t('title')}</h1>
        <ProgressToolbar params={params} regions={regions.data ?? []} onChange={updateParams} />
      </header>
      {data.error ? (
        <ErrorView error={data.error} onRetry={data.reload} />
      ) : !data.data || data.data.region !== params.region ? (
        <Loading />
      ) : data.data.targets.length === 0 ? (
        <Empty>
          {t('noTargets')} <Link to={`/planner/targets?${new URLSearchParams({ region: params.region }).toString()}`}>{t('tabs.targets')}</Link>
        </Empty>
      ) : (
        <Workspace key={params.region} data={data.data} params={params} onParams={updateParams} />
      )}
    </section>
  );
}

interface WorkspaceProps {
  data: PlannerData;
  params: ProgressParams;
  onParams(change: Partial<ProgressParams>): void;
}

/** One region's workspace; a new region starts a new draft (its phases are other phases). */
function Workspace({ data, params, onParams }: WorkspaceProps) {
  const { t } = useTranslation('planner');
  const { region, asOf } = params;
  const [draft, dispatch] = useReducer(draftReducer, EMPTY_DRAFT);
  const saved = useSavedScenarios(region);
  const scenario = useMemo(() => toScenario(draft, region, asOf, t('scenario.untitled')), [draft, region, asOf, t]);
  const results = useScenarioResults(data, region, asOf, scenario);
  const weights = draft.weights ?? DEFAULT_FORECAST_WEIGHTS;

  const load = useCallback(
    (chosen: SavedScenario) => {
      dispatch({ type: 'load', draft: fromScenario(definitionOf(chosen), { id: chosen.id, version: chosen.version }) });
      if (chosen.baseAsOf && chosen.baseAsOf !== asOf) onParams({ asOf: chosen.baseAsOf });
    },
    [asOf, onParams],
  );
  const remove = useCallback(
    async (chosen: SavedScenario) => {
      await deleteScenario(chosen.id);
      if (draft.saved?.id === chosen.id) dispatch({ type: 'saved', saved: null, name: draft.name });
      saved.reload();
    },
    [draft.saved, draft.name, saved],
  );
  const afterSave = useCallback(
    (result: SavedScenario) => {
      dispatch({ type: 'saved', saved: { id: result.id, version: result.version }, name: result.name });
      saved.reload();
    },
    [saved],
  );

  // Leaving the page with unsaved edits loses them: say so, as a form would.
  const dirty = hasEdits(draft) && !draft.saved;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <div className="planner-layout">
      <PeriodNote targets={results.baseline.progress} asOf={asOf} />

      <section className="planner-panel results-panel" aria-labelledby="results-title">
        <header className="section-header">
          <h2 id="results-title">{t('results.title')}</h2>
          <span className="muted">{hasEdits(draft) ? t('results.editsCount', { count: scenario.edits.length }) : t('results.noEdits')}</span>
        </header>
        <ScenarioResultsTable baseline={results.baseline} result={results.result} comparisons={results.comparison.targets} stale={results.stale} />
        <p className="section-caption">{t('results.caption', { underConstruction: weights.under_construction, planned: weights.planned })}</p>
      </section>

      <section className="planner-panel scenario-panel" aria-labelledby="scenario-title">
        <header className="section-header">
          <h2 id="scenario-title">{t('scenario.title')}</h2>
          <button type="button" onClick={() => dispatch({ type: 'reset' })} disabled={!hasEdits(draft) && !draft.saved && !draft.name}>
            {t('scenario.new')}
          </button>
        </header>
        <SaveScenarioForm
          name={draft.name}
          scenario={scenario}
          saved={draft.saved}
          onRename={(name) => dispatch({ type: 'rename', name })}
          onSaved={afterSave}
        />
        <WeightsControl weights={draft.weights} onChange={(weights) => dispatch({ type: 'weights', weights })} />
        <h3>{t('saved.title')}</h3>
        <SavedScenarioList state={saved} loadedId={draft.saved?.id ?? null} onLoad={load} onDelete={remove} />
      </section>

      <PipelineSection data={data} draft={draft} region={region} asOf={asOf} dispatch={dispatch} />

      <section className="planner-panel add-panel" aria-labelledby="add-title">
        <h2 id="add-title">{t('add.title')}</h2>
        <p className="section-caption">{t('add.caption')}</p>
        <div className="add-layout">
          <AddCarrierForm region={region} added={draft.additions} onAdd={(carrier) => dispatch({ type: 'add', carrier })} />
          <div>
            <h3>{t('add.listTitle')}</h3>
            <HypotheticalList carriers={draft.additions} region={region} onRemove={(index) => dispatch({ type: 'remove', index })} />
          </div>
        </div>
      </section>

      <section className="planner-panel compare-panel" aria-labelledby="compare-title">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <ScenarioCompare data={data} saved={saved.data ?? []} region={region} asOf={asOf} />
      </section>
    </div>
  );
}
