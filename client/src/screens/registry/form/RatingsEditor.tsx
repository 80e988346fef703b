import { useTranslation } from 'react-i18next';
import { MAX_RATINGS } from '@shared/carriers/limits';
import { GRADES } from '@shared/carriers/vocabulary';
import { NumberField } from '../../../ui/forms/NumberField';
import { SelectField } from '../../../ui/forms/SelectField';
import { emptyRating, type RatingDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface RatingsEditorProps {
  ratings: RatingDraft[];
  onChange(next: RatingDraft[]): void;
}

/** Annual performance ratings (绩效评价 A/B/C/D), one per year. */
export function RatingsEditor({ ratings, onChange }: RatingsEditorProps) {
  const { t } = useTranslation('registry');
  const update = (index: number, patch: Partial<RatingDraft>) => onChange(ratings.map((rating, at) => (at === index ? { ...rating, ...patch } : rating)));
  return (
    <div className="repeatable">
      <GroupProblem path="ratings" />
      {ratings.length === 0 && <p className="muted">{t('form.noRatings')}</p>}
      {ratings.map((rating, index) => (
        <div key={rating.key} className="repeatable-row" role="group" aria-label={t('form.ratingLegend', { n: index + 1 })}>
          <NumberField path={`ratings.${index}.year`} label={t('ratingFields.year')} required decimals={false} value={rating.year} onChange={(year) => update(index, { year })} />
          <SelectField
            path={`ratings.${index}.grade`}
            label={t('ratingFields.grade')}
            required
            value={rating.grade}
            placeholder={t('form.choose')}
            options={GRADES.map((grade) => ({ value: grade, label: t(`grade.${grade}`) }))}
            onChange={(grade) => update(index, { grade })}
          />
          <button type="button" className="danger row-remove" aria-label={t('actions.removeRating', { n: index + 1 })} onClick={() => onChange(ratings.filter((_, at) => at !== index))}>
            {t('common:actions.remove')}
          </button>
        </div>
      ))}
      <button type="button" disabled={ratings.length >= MAX_RATINGS} onClick={() => onChange([...ratings, emptyRating()])}>
        + {t('actions.addRating')}
      </button>
    </div>
  );
}
