import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH, MAX_RECOGNITIONS } from '@shared/carriers/limits';
import { TIERS } from '@shared/carriers/vocabulary';
import { NumberField } from '../../../ui/forms/NumberField';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { emptyRecognition, type RecognitionDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface RecognitionsEditorProps {
  recognitions: RecognitionDraft[];
  onChange(next: RecognitionDraft[]): void;
}

/** Recognitions (认定): one per tier, with the year it was granted. */
export function RecognitionsEditor({ recognitions, onChange }: RecognitionsEditorProps) {
  const { t } = useTranslation('registry');
  const update = (index: number, patch: Partial<RecognitionDraft>) =>
    onChange(recognitions.map((recognition, at) => (at === index ? { ...recognition, ...patch } : recognition)));
  return (
    <div className="repeatable">
      <p className="field-hint">{t('form.recognitionsHint')}</p>
      <GroupProblem path="recognitions" />
      {recognitions.length === 0 && <p className="muted">{t('form.noRecognitions')}</p>}
      {recognitions.map((recognition, index) => (
        <div key={recognition.key} className="repeatable-row" role="group" aria-label={t('form.recognitionLegend', { n: index + 1 })}>
          <SelectField
            path={`recognitions.${index}.tier`}
            label={t('recognitionFields.tier')}
            required
            value={recognition.tier}
            placeholder={t('form.choose')}
            options={TIERS.map((tier) => ({ value: tier, label: t(`common:tier.${tier}`) }))}
            onChange={(tier) => update(index, { tier })}
          />
          <NumberField
            path={`recognitions.${index}.year`}
            label={t('recognitionFields.year')}
            required
            decimals={false}
            value={recognition.year}
            onChange={(year) => update(index, { year })}
          />
          <TextField
            path={`recognitions.${index}.note`}
            label={t('recognitionFields.note')}
            className="grow"
            maxLength={MAX_NOTE_LENGTH}
            value={recognition.note}
            onChange={(note) => update(index, { note })}
          />
          <button
            type="button"
            className="danger row-remove"
            aria-label={t('actions.removeRecognition', { n: index + 1 })}
            onClick={() => onChange(recognitions.filter((_, at) => at !== index))}
          >
            {t('common:actions.remove')}
          </button>
        </div>
      ))}
      <button type="button" disabled={recognitions.length >= MAX_RECOGNITIONS} onClick={() => onChange([...recognitions, emptyRecognition()])}>
        + {t('actions.addRecognition')}
      </button>
    </div>
  );
}
