import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInChina } from '@shared/dates';
import { Empty, ErrorView, Loading } from '../../ui/StatusView';
import type { AsyncState } from '../../ui/useApi';
import type { SavedScenario } from './savedScenarios';

interface SavedScenarioListProps {
  state: AsyncState<SavedScenario[]>;
  loadedId: string | null;
  onLoad(scenario: SavedScenario): void;
  onDelete(scenario: SavedScenario): Promise<void>;
}

/** Saved times are UTC on the server; people read them as the day in China. */
const dayOf = (timestamp: string | null) => (timestamp ? todayInChina(new Date(timestamp)) : '—');

/** The region's saved scenarios: load one into the workspace, or delete it (asked twice). */
export function SavedScenarioList({ state, loadedId, onLoad, onDelete }: SavedScenarioListProps) {
  const { t } = useTranslation('planner');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Loading />;
  if (state.data.length === 0) return <Empty>{t('saved.empty')}</Empty>;

  return (
    <>
      {deleteError !== null && <ErrorView error={deleteError} />}
      <ul className="saved-list" data-testid="saved-scenarios">
        {state.data.map((scenario) => (
          <li key={scenario.id} className={scenario.id === loadedId ? 'loaded' : undefined} data-id={scenario.id}>
            <div className="saved-text">
              <strong data-user-content>{scenario.name}</strong>
              <span className="muted">
                {t('saved.meta', { asOf: scenario.baseAsOf ?? '—', count: scenario.edits.length, updated: dayOf(scenario.updatedAt), by: scenario.createdBy.username ?? '—' })}
              </span>
            </div>
            <div className="saved-actions">
              {confirming === scenario.id ? (
                <>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirming(null);
                      setDeleteError(null);
                      onDelete(scenario).catch(setDeleteError);
                    }}
                  >
                    {t('saved.confirmDelete')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('saved.keep')}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" onClick={() => onLoad(scenario)} aria-label={t('saved.loadNamed', { name: scenario.name })}>
                    {t('saved.load')}
                  </button>
                  <button type="button" onClick={() => setConfirming(scenario.id)} aria-label={t('saved.deleteNamed', { name: scenario.name })}>
                    {t('saved.delete')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
