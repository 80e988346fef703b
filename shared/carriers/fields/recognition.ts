import { z } from 'zod';
import { defineFields, inputShape, storedShape } from '../../fields/table';
import { text } from '../../fields/text';
import { choice, IsoDateSchema, SubdocumentIdSchema, year } from '../../fields/values';
import { MAX_NOTE_LENGTH, MAX_YEAR, MIN_YEAR } from '../limits';
import { TIER_VOCABULARY, TIERS } from '../vocabulary';

const Year = year(MIN_YEAR, MAX_YEAR);

/** A tier granted in a year (认定), with its document when known. */
export const recognitionFields = defineFields({
  id: { label: { zh: '认定编号', en: 'Recognition id' }, input: SubdocumentIdSchema.optional(), stored: SubdocumentIdSchema, diff: 'hidden' },
  tier: {
    label: { zh: '级别', en: 'Tier' },
    input: choice(TIERS, { invalid: 'recognition.tier.invalid', missing: 'recognition.tier.missing' }),
    vocabulary: TIER_VOCABULARY,
    column: {
      aliases: ['认定级别', '载体级别', '等级', 'level'],
      cell: 'vocabulary',
      width: 10,
      note: ['', '国家级、省级、苏州市级、县级市级（县级市级也可写作“太仓市级”“昆山市级”）；未认定留空'],
    },
    form: { control: 'select', section: 'recognition' },
    diff: 'vocabulary',
  },
  year: {
    label: { zh: '认定年份', en: 'Recognition year' },
    input: Year,
    column: { key: 'recognitionYear', aliases: ['认定时间', '认定年度', 'year'], cell: 'year', width: 10, note: ['填写级别时必填', '获得该级别认定的年份，如 2022'] },
    form: { control: 'year', section: 'recognition' },
    diff: 'number',
  },
  recognizedOn: {
    label: { zh: '认定文件日期', en: 'Recognition date' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['认定日期', '发文日期', '认定文件日期'], cell: 'date', width: 12, note: ['', '认定文件的日期；不知道时留空，按认定年份年底计'] },
    form: { control: 'date', section: 'recognition' },
    diff: 'date',
  },
  documentNumber: {
    label: { zh: '认定文号', en: 'Document number' },
    input: text({ max: 60 }).optional(),
    column: { aliases: ['文号', '发文字号', '认定文件'], cell: 'text', width: 20, note: ['', '如 苏科高发〔2023〕123号'] },
    form: { control: 'text', section: 'recognition', maxLength: 60 },
    diff: 'text',
  },
  note: {
    label: { zh: '备注', en: 'Note' },
    input: text({ max: MAX_NOTE_LENGTH }).optional(),
    form: { control: 'text', section: 'recognition', maxLength: MAX_NOTE_LENGTH },
    diff: 'text',
  },
});

const RecognitionInputSchema = z.strictObject(inputShape(recognitionFields));

/** A recognition as the API accepts it: a document date, when given, lies in its year. */
export const RecognitionSchema = RecognitionInputSchema.superRefine((recognition, ctx) => {
  if (recognition.recognizedOn && Number(recognition.recognizedOn.slice(0, 4)) !== recognition.year) {
    ctx.addIssue({ code: 'custom', path: ['recognizedOn'], message: 'recognition.recognizedOn.year' });
  }
});
export type Recognition = z.infer<typeof RecognitionSchema>;

export const StoredRecognitionSchema = z.object(storedShape(recognitionFields));
export type StoredRecognition = z.infer<typeof StoredRecognitionSchema>;
