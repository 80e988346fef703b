import { useTranslation } from 'react-i18next';
import { recognitionFields } from '@shared/carriers/fields/recognition';
import { MAX_RECOGNITIONS } from '@shared/carriers/limits';
import { TableFields } from '../../../ui/forms/TableFields';
import { emptyRecognition, type RecognitionDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface RecognitionsEditorProps {
  recognitions: RecognitionDraft[];
  onChange(next: RecognitionDraft[]): void;
}

/** Recognitions (认定): one per tier, with the year it was granted and its document when known. */
export function RecognitionsEditor({ recognitions, onChange }: RecognitionsEditorProps) {
  const { t } = useTranslation('registry');
  const update = (index: number, key: string, value: string | boolean) =>
    onChange(recognitions.map((recognition, at) => (at === index ? { ...recognition, values: { ...recognition.values, [key]: value } } : recognition)));
  return (
    <div className="repeatable">
      <p className="field-hint">{t('form.recognitionsHint')}</p>
      <GroupProblem path="recognitions" />
      {recognitions.length === 0 && <p className="muted">{t('form.noRecognitions')}</p>}
      {recognitions.map((recognition, index) => (
        <div key={recognition.key} className="repeatable-row" role="group" aria-label={t('form.recognitionLegend', { n: index + 1 })}>
          <TableFields
            table={recognitionFields}
            section="recognition"
            values={recognition.values}
            pathOf={(key) => `recognitions.${index}.${key}`}
            onChange={(key, value) => update(index, key, value)}
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
