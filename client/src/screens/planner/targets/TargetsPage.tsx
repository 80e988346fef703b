import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/forms/Notice';
import { Empty, ErrorView, Loading } from '../../../ui/StatusView';
import { useApi } from '../../../ui/useApi';
import { RegionSelect } from '../../../progress/controls/RegionSelect';
import { DEFAULT_REGION } from '../../../progress/controls/useProgressParams';
import { useAllRegions } from '../../../progress/controls/useRegions';
import { regionName } from '../../../i18n/places';
import { useLanguage } from '../../../i18n/useLanguage';
import { PlannerTabs } from '../PlannerTabs';
import { TargetTable } from './TargetTable';
import { deleteTarget, listTargets, type StoredTarget } from './targetsApi';

/** What the list says after a save or a delete (carried in the navigation state). */
export type TargetOutcome = { kind: 'saved' | 'created' | 'deleted'; id: string; region: string };

/** 目标设置: a region's targets as data (/planner/targets?region=…), each editable and deletable. */
export function TargetsPage() {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const region = search.get('region') || DEFAULT_REGION;
  const location = useLocation();
  const navigate = useNavigate();
  const regions = useAllRegions();
  const targets = useApi((signal) => listTargets(region, signal), [region]);
  const [outcome, setOutcome] = useState<TargetOutcome | null>(() => (location.state as { outcome?: TargetOutcome } | null)?.outcome ?? null);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  const remove = async (target: StoredTarget) => {
    setDeleteError(null);
    try {
      await deleteTarget(target.id);
      setOutcome({ kind: 'deleted', id: target.id, region });
      targets.reload();
    } catch (caught) {
      setDeleteError(caught);
    }
  };
  const dismiss = () => {
    setOutcome(null);
    navigate(location.pathname + location.search, { replace: true, state: null });
  };

  return (
    <section className="screen progress-screen planner-screen targets-screen">
      <PlannerTabs region={region} />
      <header className="screen-header">
        <h1>{t('targets.title')}</h1>
        <div className="toolbar">
          <RegionSelect regions={regions.data ?? []} value={region} onChange={(next) => setSearch(next === DEFAULT_REGION ? {} : { region: next }, { replace: true })} />
          <Link className="button primary" to={`/planner/targets/new?${new URLSearchParams({ region }).toString()}`} data-testid="create-target">
            + {t('targets.create')}
          </Link>
        </div>
      </header>
      <p className="screen-intro">{t('targets.intro')}</p>
      {outcome && (
        <Notice
          tone="success"
          actions={
            <>
              {outcome.kind !== 'deleted' && (
                <Link className="button" to={`/dashboard?${new URLSearchParams({ region: outcome.region }).toString()}`}>
                  {t('targets.toDashboard')}
                </Link>
              )}
              <button type="button" onClick={dismiss}>
                {t('targets.dismiss')}
              </button>
            </>
          }
        >
          <span data-testid="target-outcome">{t(`targets.${outcome.kind}`, { id: outcome.id })}</span>
        </Notice>
      )}
      {deleteError !== null && <ErrorView error={deleteError} />}
      <section className="planner-panel" aria-labelledby="targets-list-title" aria-busy={targets.loading}>
        <h2 id="targets-list-title">{t('targets.listTitle', { region: regionName(region, language) })}</h2>
        {targets.error ? (
          <ErrorView error={targets.error} onRetry={targets.reload} />
        ) : !targets.data ? (
          <Loading />
        ) : targets.data.length === 0 ? (
          <Empty>{t('targets.empty')}</Empty>
        ) : (
          <TargetTable targets={targets.data} onDelete={remove} />
        )}
      </section>
    </section>
  );
}
