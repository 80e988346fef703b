import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCENARIO_NAME_LENGTH, type Scenario } from '@shared/planner';
import { ApiError } from '../../api/client';
import { saveScenario, type SavedScenario } from './savedScenarios';

interface SaveScenarioFormProps {
  name: string;
  scenario: Scenario;
  saved: { id: string; version: number } | null;
  onRename(name: string): void;
  onSaved(saved: SavedScenario): void;
}

type Outcome = { kind: 'saved'; name: string } | { kind: 'error'; message: string } | null;

/** Names the scenario and saves it: a new one, or the loaded one again (with the version it was loaded at). */
export function SaveScenarioForm({ name, scenario, saved, onRename, onSaved }: SaveScenarioFormProps) {
  const { t } = useTranslation('planner');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const missingName = name.trim() === '';

  const save = async (asNew: boolean) => {
    if (missingName) {
      setOutcome({ kind: 'error', message: t('scenario.nameRequired') });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await saveScenario({ ...scenario, name: name.trim() }, asNew ? null : saved);
      onSaved(result);
      setOutcome({ kind: 'saved', name: result.name });
    } catch (caught) {
      const message =
        caught instanceof ApiError && caught.status === 409
          ? t('scenario.stale')
          : caught instanceof ApiError
            ? [caught.message, ...caught.fields.map((field) => `${field.path}: ${field.message}`)].join(' ')
            : String(caught);
      setOutcome({ kind: 'error', message });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="save-scenario" onSubmit={submit} noValidate>
      <div className="control">
        <label htmlFor={id}>{t('scenario.name')}</label>
        <input
          id={id}
          type="text"
          value={name}
          maxLength={MAX_SCENARIO_NAME_LENGTH}
          placeholder={t('scenario.namePlaceholder')}
          aria-invalid={outcome?.kind === 'error' && missingName}
          data-testid="scenario-name"
          onChange={(event) => onRename(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="save-scenario">
          {saved ? t('scenario.update') : t('scenario.save')}
        </button>
        {saved && (
          <button type="button" disabled={busy} onClick={() => void save(true)}>
            {t('scenario.saveAsNew')}
          </button>
        )}
      </div>
      <p className={outcome?.kind === 'error' ? 'field-error' : 'save-outcome'} role={outcome?.kind === 'error' ? 'alert' : 'status'} data-testid="save-outcome">
        {outcome?.kind === 'saved' ? t('scenario.saved', { name: outcome.name }) : outcome?.kind === 'error' ? outcome.message : ''}
      </p>
    </form>
  );
}
