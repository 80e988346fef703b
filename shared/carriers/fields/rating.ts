import { z } from 'zod';
import { defineFields, inputShape } from '../../fields/table';
import { choice, year } from '../../fields/values';
import { MAX_YEAR, MIN_YEAR } from '../limits';
import { GRADE_VOCABULARY, GRADES } from '../vocabulary';

const Year = year(MIN_YEAR, MAX_YEAR);

/** The annual performance evaluation (绩效评价) of a recognised carrier. */
export const ratingFields = defineFields({
  year: { label: { zh: '年份', en: 'Year' }, input: Year, form: { control: 'year', section: 'rating' }, diff: 'number' },
  grade: {
    label: { zh: '评价等级', en: 'Grade' },
    input: choice(GRADES, { invalid: 'rating.grade.invalid', missing: 'rating.grade.missing' }),
    vocabulary: GRADE_VOCABULARY,
    form: { control: 'select', section: 'rating' },
    diff: 'vocabulary',
  },
});

export const RatingSchema = z.strictObject(inputShape(ratingFields));
export type Rating = z.infer<typeof RatingSchema>;
