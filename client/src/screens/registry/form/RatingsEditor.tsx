import { useTranslation } from 'react-i18next';
import { ratingFields } from '@shared/carriers/fields/rating';
import { MAX_RATINGS } from '@shared/carriers/limits';
import { TableFields } from '../../../ui/forms/TableFields';
import { emptyRating, type RatingDraft } from './draft';
import { GroupProblem } from './GroupProblem';

export interface RatingsEditorProps {
  ratings: RatingDraft[];
  onChange(next: RatingDraft[]): void;
}

/** Annual performance ratings (绩效评价 A/B/C/D), one per year. */
export function RatingsEditor({ ratings, onChange }: RatingsEditorProps) {
  const { t } = useTranslation('registry');
  const update = (index: number, key: string, value: string | boolean) =>
    onChange(ratings.map((rating, at) => (at === index ? { ...rating, values: { ...rating.values, [key]: value } } : rating)));
  return (
    <div className="repeatable">
      <GroupProblem path="ratings" />
      {ratings.length === 0 && <p className="muted">{t('form.noRatings')}</p>}
      {ratings.map((rating, index) => (
        <div key={rating.key} className="repeatable-row" role="group" aria-label={t('form.ratingLegend', { n: index + 1 })}>
          <TableFields table={ratingFields} section="rating" values={rating.values} pathOf={(key) => `ratings.${index}.${key}`} onChange={(key, value) => update(index, key, value)} />
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
