import { useTranslation } from 'react-i18next';
import { PHASE_STATUSES } from '@shared/carriers/vocabulary';
import { DateField } from '../../../ui/forms/DateField';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { MAX_PHASE_LABEL_LENGTH, MAX_PHASES } from '@shared/carriers/limits';
import { useLanguage } from '../useLanguage';
import { AreaField } from './AreaField';
import { defaultPhaseLabel, emptyPhase, type PhaseDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface PhasesEditorProps {
  phases: PhaseDraft[];
  onChange(next: PhaseDraft[]): void;
}

/** The repeatable phases (一期, 二期 …), each with its areas, status and dates. */
export function PhasesEditor({ phases, onChange }: PhasesEditorProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const update = (index: number, patch: Partial<PhaseDraft>) => onChange(phases.map((phase, at) => (at === index ? { ...phase, ...patch } : phase)));
  return (
    <div className="repeatable">
      <p className="field-hint">{t('form.phasesHint')}</p>
      <GroupProblem path="phases" />
      {phases.map((phase, index) => (
        <PhaseFields
          key={phase.key}
          index={index}
          phase={phase}
          removable={phases.length > 1}
          onChange={(patch) => update(index, patch)}
          onRemove={() => onChange(phases.filter((_, at) => at !== index))}
        />
      ))}
      <button
        type="button"
        disabled={phases.length >= MAX_PHASES}
        onClick={() => onChange([...phases, emptyPhase(defaultPhaseLabel(phases.length + 1, language))])}
      >
        + {t('actions.addPhase')}
      </button>
    </div>
  );
}

interface PhaseFieldsProps {
  index: number;
  phase: PhaseDraft;
  removable: boolean;
  onChange(patch: Partial<PhaseDraft>): void;
  onRemove(): void;
}

function PhaseFields({ index, phase, removable, onChange, onRemove }: PhaseFieldsProps) {
  const { t } = useTranslation('registry');
  const path = (field: keyof PhaseDraft) => `phases.${index}.${field}`;
  const legend = t('form.phaseLegend', { n: index + 1 });
  return (
    <fieldset className="repeatable-item">
      <legend>{legend}</legend>
      <div className="form-grid">
        <TextField path={path('label')} label={t('phaseFields.label')} required maxLength={MAX_PHASE_LABEL_LENGTH} value={phase.label} onChange={(label) => onChange({ label })} />
        <SelectField
          path={path('status')}
          label={t('phaseFields.status')}
          required
          value={phase.status}
          options={PHASE_STATUSES.map((status) => ({ value: status, label: t(`common:phaseStatus.${status}`) }))}
          onChange={(status) => onChange({ status: status || 'planned' })}
        />
        <AreaField path={path('incubationAreaM2')} label={t('phaseFields.incubationAreaM2')} value={phase.incubationAreaM2} onChange={(incubationAreaM2) => onChange({ incubationAreaM2 })} />
        <AreaField path={path('floorAreaM2')} label={t('phaseFields.floorAreaM2')} value={phase.floorAreaM2} onChange={(floorAreaM2) => onChange({ floorAreaM2 })} />
        <DateField path={path('constructionStartedOn')} label={t('phaseFields.constructionStartedOn')} value={phase.constructionStartedOn} onChange={(constructionStartedOn) => onChange({ constructionStartedOn })} />
        <DateField path={path('plannedOpeningOn')} label={t('phaseFields.plannedOpeningOn')} value={phase.plannedOpeningOn} onChange={(plannedOpeningOn) => onChange({ plannedOpeningOn })} />
        <DateField
          path={path('openedOn')}
          label={t('phaseFields.openedOn')}
          required={phase.status === 'open' || phase.status === 'closed'}
          value={phase.openedOn}
          onChange={(openedOn) => onChange({ openedOn })}
        />
        <DateField
          path={path('closedOn')}
          label={t('phaseFields.closedOn')}
          required={phase.status === 'closed'}
          value={phase.closedOn}
          onChange={(closedOn) => onChange({ closedOn })}
        />
      </div>
      {removable && (
        <div className="repeatable-actions">
          <button type="button" className="danger" onClick={onRemove} aria-label={t('actions.removePhase', { label: legend })}>
            {t('common:actions.remove')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
