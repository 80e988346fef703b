import { z } from 'zod';
import { defineFields, inputShape, storedShape } from '../../fields/table';
import { text } from '../../fields/text';
import { areaM2, choice, IsoDateSchema, SubdocumentIdSchema } from '../../fields/values';
import { MAX_AREA_M2, MAX_PHASE_LABEL_LENGTH } from '../limits';
import { PHASE_STATUS_VOCABULARY, PHASE_STATUSES } from '../vocabulary';

const AreaM2 = areaM2(MAX_AREA_M2);

/** 一期, 二期 …: each phase of a carrier has its own areas, status and dates. */
export const phaseFields = defineFields({
  id: { label: { zh: '分期编号', en: 'Phase id' }, input: SubdocumentIdSchema.optional(), stored: SubdocumentIdSchema, diff: 'hidden' },
  label: {
    label: { zh: '分期名称', en: 'Phase' },
    input: text({ max: MAX_PHASE_LABEL_LENGTH, required: 'phase.label.required' }),
    column: { key: 'phaseLabel', header: { zh: '分期', en: 'Phase' }, aliases: ['期次', '分期名称', 'phaselabel', 'label'], cell: 'text', inTemplate: false, width: 8 },
    form: { control: 'text', section: 'phase', maxLength: MAX_PHASE_LABEL_LENGTH },
    diff: 'text',
  },
  status: {
    label: { zh: '状态', en: 'Status' },
    input: choice(PHASE_STATUSES, { invalid: 'phase.status.invalid', missing: 'phase.status.missing' }),
    vocabulary: PHASE_STATUS_VOCABULARY,
    column: { aliases: ['建设状态', '运营状态', '分期状态'], cell: 'vocabulary', width: 8, note: ['必填', '规划、在建、投用、关闭'] },
    form: { control: 'select', section: 'phase' },
    diff: 'vocabulary',
  },
  incubationAreaM2: {
    label: { zh: '孵化面积', en: 'Incubation area' },
    input: AreaM2.optional(),
    column: { aliases: ['孵化面积', '孵化场地面积', 'incubationarea'], cell: 'area', note: ['二选一', '单位 ㎡；投用的载体必填。表头写“孵化面积(万㎡)”时按万平方米计'] },
    form: { control: 'area', section: 'phase' },
    diff: 'area',
  },
  floorAreaM2: {
    label: { zh: '建筑面积', en: 'Floor area' },
    input: AreaM2.optional(),
    column: { aliases: ['建筑面积', '载体面积', '总建筑面积', 'floorarea'], cell: 'area', note: ['二选一', '单位 ㎡；不小于孵化面积'] },
    form: { control: 'area', section: 'phase' },
    diff: 'area',
  },
  constructionStartedOn: {
    label: { zh: '开工日期', en: 'Construction started' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['开工时间', 'constructionstartedon', 'constructionstart'], cell: 'date', width: 12, note: ['', '日期，如 2021-03-01 或 2021/3/1'] },
    form: { control: 'date', section: 'phase' },
    diff: 'date',
  },
  plannedOpeningOn: {
    label: { zh: '计划投用日期', en: 'Planned opening' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['计划投用时间', '预计投用日期', '预计投用时间', 'plannedopeningon'], cell: 'date', width: 13, note: ['', '规划、在建的载体填写'] },
    form: { control: 'date', section: 'phase' },
    diff: 'date',
  },
  openedOn: {
    label: { zh: '投用日期', en: 'Opened' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['投用时间', '实际投用日期', '投运日期', 'openedon', 'openingdate'], cell: 'date', width: 12, note: ['状态为投用时必填', '不早于开工日期'] },
    form: { control: 'date', section: 'phase' },
    diff: 'date',
  },
  closedOn: {
    label: { zh: '关闭日期', en: 'Closed' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['关闭时间', 'closedon'], cell: 'date', width: 12, inTemplate: false },
    form: { control: 'date', section: 'phase' },
    diff: 'date',
  },
});

/** Rules that span several fields of a phase. */
function checkPhase(phase: PhaseInput, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if ((phase.status === 'open' || phase.status === 'closed') && !phase.openedOn) issue('openedOn', 'phase.openedOn.required');
  if (phase.status === 'closed' && !phase.closedOn) issue('closedOn', 'phase.closedOn.required');
  if ((phase.status === 'planned' || phase.status === 'under_construction') && phase.openedOn) issue('openedOn', 'phase.openedOn.notOpenYet');
  if (phase.status !== 'closed' && phase.closedOn) issue('closedOn', 'phase.closedOn.notClosed');
  if ((phase.status === 'open' || phase.status === 'closed') && phase.incubationAreaM2 === undefined) issue('incubationAreaM2', 'phase.incubationArea.required');
  if (phase.incubationAreaM2 === undefined && phase.floorAreaM2 === undefined) issue('incubationAreaM2', 'phase.area.required');
  if (phase.incubationAreaM2 !== undefined && phase.floorAreaM2 !== undefined && phase.incubationAreaM2 > phase.floorAreaM2) {
    issue('incubationAreaM2', 'phase.incubationArea.exceedsFloorArea');
  }
  const started = phase.constructionStartedOn;
  if (started && phase.openedOn && started > phase.openedOn) issue('openedOn', 'phase.openedOn.beforeConstruction');
  if (started && phase.plannedOpeningOn && started > phase.plannedOpeningOn) issue('plannedOpeningOn', 'phase.plannedOpeningOn.beforeConstruction');
  if (phase.openedOn && phase.closedOn && phase.openedOn > phase.closedOn) issue('closedOn', 'phase.closedOn.beforeOpening');
}

const PhaseInputSchema = z.strictObject(inputShape(phaseFields));
type PhaseInput = z.infer<typeof PhaseInputSchema>;

/** A phase as the API accepts it. */
export const PhaseSchema = PhaseInputSchema.superRefine(checkPhase);
export type Phase = z.infer<typeof PhaseSchema>;

/** A phase as stored: it always has an id, so scenarios and drill-downs can name it. */
export const StoredPhaseSchema = z.object(storedShape(phaseFields));
export type StoredPhase = z.infer<typeof StoredPhaseSchema>;
