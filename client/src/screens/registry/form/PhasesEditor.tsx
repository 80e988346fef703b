import { useTranslation } from 'react-i18next';
import { phaseFields } from '@shared/carriers/fields/phase';
import { MAX_PHASES } from '@shared/carriers/limits';
import { isRequired } from '../../../ui/forms/tableDraft';
import { TableFields } from '../../../ui/forms/TableFields';
import { useLanguage } from '../../../i18n/useLanguage';
import { defaultPhaseLabel, emptyPhase, type PhaseDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface PhasesEditorProps {
  phases: PhaseDraft[];
  onChange(next: PhaseDraft[]): void;
}

/** The repeatable phases (一期, 二期 …), each with the fields of the phase table. */
export function PhasesEditor({ phases, onChange }: PhasesEditorProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const update = (index: number, key: string, value: string | boolean) =>
    onChange(phases.map((phase, at) => (at === index ? { ...phase, values: { ...phase.values, [key]: value } } : phase)));
  return (
    <div className="repeatable">
      <p className="field-hint">{t('form.phasesHint')}</p>
      <GroupProblem path="phases" />
      {phases.map((phase, index) => {
        const legend = t('form.phaseLegend', { n: index + 1 });
        const status = phase.values.status;
        // An open or closed phase needs its opening date; a closed one its closing date too.
        const requiredOf = (key: string, spec: Parameters<typeof isRequired>[0]) =>
          key === 'openedOn' ? status === 'open' || status === 'closed' : key === 'closedOn' ? status === 'closed' : isRequired(spec);
        return (
          <fieldset key={phase.key} className="repeatable-item">
            <legend>{legend}</legend>
            <div className="form-grid">
              <TableFields
                table={phaseFields}
                section="phase"
                values={phase.values}
                pathOf={(key) => `phases.${index}.${key}`}
                requiredOf={requiredOf}
                onChange={(key, value) => update(index, key, value)}
              />
            </div>
            {phases.length > 1 && (
              <div className="repeatable-actions">
                <button type="button" className="danger" onClick={() => onChange(phases.filter((_, at) => at !== index))} aria-label={t('actions.removePhase', { label: legend })}>
                  {t('common:actions.remove')}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      <button type="button" disabled={phases.length >= MAX_PHASES} onClick={() => onChange([...phases, emptyPhase(defaultPhaseLabel(phases.length + 1, language))])}>
        + {t('actions.addPhase')}
      </button>
    </div>
  );
}
