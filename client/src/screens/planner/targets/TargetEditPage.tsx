import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorView, Loading } from '../../../ui/StatusView';
import { useApi } from '../../../ui/useApi';
import { DEFAULT_REGION } from '../../../progress/controls/useProgressParams';
import { regionName } from '../../../i18n/places';
import { useLanguage } from '../../../i18n/useLanguage';
import { PlannerTabs } from '../PlannerTabs';
import { draftFromTarget, emptyTargetDraft } from './targetDraft';
import { TargetForm } from './TargetForm';
import { createTarget, getTarget, replaceTarget } from './targetsApi';
import type { TargetOutcome } from './TargetsPage';

const listPath = (region: string) => `/planner/targets?${new URLSearchParams({ region }).toString()}`;

/** /planner/targets/:id/edit: one target, with the version it was loaded at. */
export function EditTargetPage() {
  const { t } = useTranslation('planner');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useApi((signal) => getTarget(id, signal), [id]);
  const target = loaded.data;

  return (
    <TargetPageFrame region={target?.region} title={t('targets.form.editTitle', { id })}>
      {loaded.loading && !target ? (
        <Loading />
      ) : loaded.error || !target ? (
        <ErrorView error={loaded.error instanceof ApiError && loaded.error.status === 404 ? new Error(t('targets.form.notFound')) : loaded.error} onRetry={loaded.reload} />
      ) : (
        <TargetForm
          // A reload after a version conflict starts over from the latest version.
          key={`${target.id}@${target.version}`}
          region={target.region}
          initial={draftFromTarget(target)}
          version={target.version}
          onReload={loaded.reload}
          onCancel={() => navigate(listPath(target.region))}
          onSubmit={async (next) => {
            await replaceTarget(next, target.version);
            const outcome: TargetOutcome = { kind: 'saved', id: next.id, region: next.region };
            navigate(listPath(next.region), { state: { outcome } });
          }}
        />
      )}
    </TargetPageFrame>
  );
}

/** /planner/targets/new?region=…: a new target of that region. */
export function CreateTargetPage() {
  const { t } = useTranslation('planner');
  const [search] = useSearchParams();
  const region = search.get('region') || DEFAULT_REGION;
  const navigate = useNavigate();
  return (
    <TargetPageFrame region={region} title={t('targets.form.createTitle')}>
      <TargetForm
        region={region}
        initial={emptyTargetDraft()}
        onCancel={() => navigate(listPath(region))}
        onSubmit={async (next) => {
          await createTarget(next);
          const outcome: TargetOutcome = { kind: 'created', id: next.id, region };
          navigate(listPath(region), { state: { outcome } });
        }}
      />
    </TargetPageFrame>
  );
}

function TargetPageFrame({ region, title, children }: { region: string | undefined; title: string; children: React.ReactNode }) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  return (
    <section className="screen progress-screen planner-screen targets-screen">
      <PlannerTabs region={region} />
      <header className="screen-header">
        <h1>
          {title}
          {region && <span className="muted"> · {regionName(region, language)}</span>}
        </h1>
        {region && (
          <Link className="link-button" to={listPath(region)}>
            ‹ {t('targets.form.back')}
          </Link>
        )}
      </header>
      {children}
    </section>
  );
}
