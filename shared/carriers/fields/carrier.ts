import { z } from 'zod';
import { defineFields } from '../../fields/table';
import { text, webAddress } from '../../fields/text';
import { choice, IsoDateSchema, IsoDateTimeSchema, ObjectIdSchema } from '../../fields/values';
import { REGION_IDS } from '../../regions';
import { MAX_INDUSTRIES, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_OWNERS, MAX_PHASES, MAX_RATINGS, MAX_RECOGNITIONS, MAX_TEXT_LENGTH } from '../limits';
import { CARRIER_KINDS, DATUM_VOCABULARY, DATUMS, INDUSTRY_VOCABULARY, KINDS } from '../vocabulary';
import { ContactSchema } from './contact';
import { PhaseSchema, StoredPhaseSchema } from './phase';
import { RatingSchema } from './rating';
import { RecognitionSchema, StoredRecognitionSchema } from './recognition';

/*
 * The carrier, one field a row: what the API accepts, how records hold it, its names, its
 * spreadsheet column, its form control and how its changes read. Everything else is
 * derived from this table (see docs/ARCHITECTURE.md, "Adding a carrier field"); the list
 * fields' items (phases, recognitions, ratings) and the contact have tables of their own
 * beside this one.
 */

const ShortText = text({ max: MAX_TEXT_LENGTH });

/** A GeoJSON Point, [longitude, latitude]; stored in WGS-84. */
export const PointSchema = z.strictObject({
  type: z.literal('Point', { message: 'location.type' }),
  coordinates: z.tuple(
    [
      z.number({ message: 'location.number' }).min(-180, { message: 'location.longitude.range' }).max(180, { message: 'location.longitude.range' }),
      z.number({ message: 'location.number' }).min(-90, { message: 'location.latitude.range' }).max(90, { message: 'location.latitude.range' }),
    ],
    { message: 'location.coordinates' },
  ),
});
export type Point = z.infer<typeof PointSchema>;

/** The fields a hypothetical carrier of a scenario shares with a registered one. */
export const CarrierNameSchema = text({ max: MAX_NAME_LENGTH, required: 'carrier.name.required', tooLong: 'carrier.name.tooLong' });
export const CarrierKindSchema = choice(CARRIER_KINDS, { invalid: 'carrier.kind.invalid', missing: 'carrier.kind.missing' });
export const RegionIdSchema = choice(REGION_IDS, { invalid: 'carrier.region.invalid', missing: 'carrier.region.missing' });
export const DistrictSchema = text({ max: 40, notText: 'carrier.district.invalid' });

/** An industry: a known identifier, or a term no list knows, kept as written. */
export const IndustryTermSchema = text({ max: 40, required: 'carrier.industry.invalid', notText: 'carrier.industry.invalid' });
export const IndustriesSchema = z.array(IndustryTermSchema, { message: 'array' }).max(MAX_INDUSTRIES, { message: 'array.tooLong' });

export const PhasesSchema = z.array(PhaseSchema, { message: 'array' }).min(1, { message: 'carrier.phases.required' }).max(MAX_PHASES, { message: 'array.tooLong' });

export const ProvenanceInputSchema = z.strictObject({
  source: text({ max: MAX_NOTE_LENGTH }).optional(),
  synthetic: z.boolean({ message: 'boolean' }).optional(),
});

/** Where the figures come from and who verified them, as stored. */
export const ProvenanceStoredSchema = z.object({
  source: z.string().optional(),
  synthetic: z.boolean(),
  verifiedBy: z.string().optional(),
  verifiedAt: IsoDateTimeSchema.optional(),
});

export const carrierFields = defineFields({
  name: {
    label: { zh: '载体名称', en: 'Name' },
    input: CarrierNameSchema,
    column: { aliases: ['名称', '载体', '孵化载体名称', '载体全称', 'carrier', 'carriername'], cell: 'text', width: 32, note: ['必填', '同一地区内不能重名'] },
    form: { control: 'text', section: 'basics', wide: true, maxLength: MAX_NAME_LENGTH },
    diff: 'text',
  },
  kind: {
    label: { zh: '类型', en: 'Kind' },
    input: CarrierKindSchema,
    vocabulary: KINDS,
    column: { aliases: ['载体类型', '类别', 'type', 'carrierkind'], cell: 'vocabulary', width: 10, note: ['必填', '众创空间、孵化器、加速器'] },
    form: { control: 'select', section: 'basics' },
    diff: 'vocabulary',
  },
  // The region and its district are read together (a district can name the region), so
  // their columns are the import's own; see server/carriers/transfer/rowToCarrier.ts.
  region: { label: { zh: '地区', en: 'Region' }, input: RegionIdSchema, form: { control: 'custom', section: 'basics' }, diff: 'vocabulary' },
  district: { label: { zh: '区镇', en: 'District' }, input: DistrictSchema.optional(), form: { control: 'custom', section: 'basics' }, diff: 'vocabulary' },
  operator: {
    label: { zh: '运营单位', en: 'Operator' },
    input: ShortText.optional(),
    column: { aliases: ['运营主体', '运营机构', '运营管理单位'], cell: 'text', width: 28 },
    form: { control: 'text', section: 'basics', maxLength: MAX_TEXT_LENGTH },
    diff: 'text',
  },
  address: {
    label: { zh: '地址', en: 'Address' },
    input: ShortText.optional(),
    column: { aliases: ['详细地址', '载体地址'], cell: 'text', width: 30 },
    form: { control: 'text', section: 'basics', wide: true, maxLength: MAX_TEXT_LENGTH },
    diff: 'text',
  },
  website: {
    label: { zh: '官网', en: 'Website' },
    input: webAddress(MAX_TEXT_LENGTH).optional(),
    column: { aliases: ['网址', '官方网站', '网站', 'url', 'homepage'], cell: 'text', width: 24, note: ['', '以 http:// 或 https:// 开头'] },
    form: { control: 'url', section: 'basics', wide: true, maxLength: MAX_TEXT_LENGTH },
    diff: 'text',
  },
  /** When the carrier began operating (运营起始日期); the tier rules count operating years from it. */
  operatingSince: {
    label: { zh: '运营起始日期', en: 'Operating since' },
    input: IsoDateSchema.optional(),
    column: { aliases: ['运营时间', '开始运营日期', '运营日期', '成立时间'], cell: 'date', width: 12, note: ['', '实际开始运营的日期，用于晋级检查的运营年限'] },
    form: { control: 'date', section: 'basics' },
    diff: 'date',
  },
  /** The carrier this one is hosted inside (nesting, e.g. a makerspace in an incubator), so its area is not counted twice. */
  hostCarrierId: {
    label: { zh: '所在宿主载体', en: 'Hosted inside' },
    input: ObjectIdSchema.nullable().optional(),
    stored: ObjectIdSchema.nullable().optional(),
    diff: 'text',
  },
  /** Declared when the host's figures do not already include this carrier's area; then both count. */
  hostAreaExcludesThis: {
    label: { zh: '宿主面积不含本载体', en: 'Host’s area excludes this one' },
    input: z.boolean({ message: 'boolean' }).optional(),
    column: { aliases: ['宿主面积不含本载体面积'], cell: 'boolean', width: 10, note: ['', '嵌套在其他载体内且宿主面积未包含本载体时填“是”'] },
    form: { control: 'checkbox', section: 'basics' },
    diff: 'boolean',
  },
  industries: {
    label: { zh: '产业领域', en: 'Industries' },
    input: IndustriesSchema.optional(),
    stored: IndustriesSchema,
    absent: [],
    vocabulary: INDUSTRY_VOCABULARY,
    column: { aliases: ['产业方向', '主导产业', '重点产业', '所属产业', 'industry'], cell: 'list', width: 20 },
    form: { control: 'custom', section: 'basics' },
    diff: 'list',
  },
  /** Null or absent for carriers without a usable location (e.g. offshore); such carriers are flagged. */
  location: {
    label: { zh: '位置', en: 'Location' },
    input: PointSchema.nullable().optional(),
    stored: PointSchema.nullable(),
    absent: null,
    form: { control: 'custom', section: 'location' },
    diff: 'location',
  },
  /** The datum the submitted coordinates were copied in; they are stored converted to WGS-84. */
  locationDatum: {
    label: { zh: '坐标系', en: 'Datum' },
    input: z.enum(DATUMS, { message: 'location.datum.invalid' }).optional(),
    stored: false,
    vocabulary: DATUM_VOCABULARY,
    form: { control: 'custom', section: 'location' },
    diff: 'hidden',
  },
  /** The datum the stored coordinates were submitted in, before conversion to WGS-84. */
  locationSourceDatum: { label: { zh: '原坐标系', en: 'Source datum' }, stored: z.enum(DATUMS).optional(), vocabulary: DATUM_VOCABULARY, diff: 'hidden' },
  /** True when the location is only approximate (e.g. placed at the town centre). */
  locationApproximate: {
    label: { zh: '大致位置', en: 'Approximate location' },
    input: z.boolean({ message: 'boolean' }).optional(),
    stored: z.boolean(),
    absent: false,
    form: { control: 'custom', section: 'location' },
    diff: 'boolean',
  },
  phases: {
    label: { zh: '分期', en: 'Phases' },
    input: PhasesSchema,
    stored: z.array(StoredPhaseSchema),
    absent: [],
    form: { control: 'custom', section: 'phases' },
    diff: 'items',
  },
  recognitions: {
    label: { zh: '认定', en: 'Recognitions' },
    input: z.array(RecognitionSchema, { message: 'array' }).max(MAX_RECOGNITIONS, { message: 'array.tooLong' }).optional(),
    stored: z.array(StoredRecognitionSchema),
    absent: [],
    form: { control: 'custom', section: 'recognitions' },
    diff: 'items',
  },
  ratings: {
    label: { zh: '绩效评价', en: 'Performance ratings' },
    input: z.array(RatingSchema, { message: 'array' }).max(MAX_RATINGS, { message: 'array.tooLong' }).optional(),
    stored: z.array(RatingSchema),
    absent: [],
    form: { control: 'custom', section: 'ratings' },
    diff: 'items',
  },
  contact: { label: { zh: '联系人', en: 'Contact' }, input: ContactSchema.optional(), form: { control: 'custom', section: 'contact' }, diff: 'text' },
  /** Users who manage the carrier; only admins assign them. */
  owners: {
    label: { zh: '负责人', en: 'Owners' },
    input: z.array(ObjectIdSchema, { message: 'array' }).max(MAX_OWNERS, { message: 'array.tooLong' }).optional(),
    stored: z.array(ObjectIdSchema),
    absent: [],
    diff: 'hidden',
  },
  provenance: {
    label: { zh: '数据来源', en: 'Source' },
    input: ProvenanceInputSchema.optional(),
    stored: ProvenanceStoredSchema,
    absent: { synthetic: false },
    diff: 'text',
  },
});
