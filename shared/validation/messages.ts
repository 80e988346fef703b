import type { z } from 'zod';
import type { Language } from '../fields/bilingual';
import { MAX_AREA_M2, MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from '../carriers/limits';
import { IMPORT_MESSAGES } from '../carriers/importMessages';
import { PLANNER_MESSAGES } from '../planner/messages';
import { REPORT_MESSAGES } from '../reports/messages';
import { CLOSING_MESSAGES } from '../closings/messages';

export type { Language } from '../fields/bilingual';

/**
 * Validation messages, keyed by the `message` the shared schemas put on each rule. The
 * server answers in the caller's language; the forms show the UI's.
 */
export const VALIDATION_MESSAGES: Record<string, Record<Language, string>> = {
  required: { zh: '必填', en: 'is required' },
  invalid: { zh: '格式不正确', en: 'is invalid' },
  'text.string': { zh: '应为文本', en: 'must be text' },
  'text.tooLong': { zh: '内容过长', en: 'is too long' },
  'text.tooShort': { zh: '内容过短', en: 'is too short' },
  'text.controlCharacters': {
    zh: '含有不可见的控制字符或文字方向控制符（如从其他软件复制时带入），请删除后重新输入',
    en: 'contains invisible control or text-direction characters (often pasted from another program); remove them',
  },
  'url.invalid': { zh: '网址应以 http:// 或 https:// 开头，如 https://www.example.cn', en: 'must be a web address starting with http:// or https://' },
  'phone.invalid': { zh: '电话号码只能包含数字、空格、括号、连字符和开头的 +', en: 'a phone number has digits, spaces, brackets, hyphens and an optional leading +' },
  'email.invalid': { zh: '电子邮箱格式不正确，如 name@example.cn', en: 'is not an e-mail address (name@example.cn)' },
  'datetime.format': { zh: '时间格式不正确', en: 'must be an ISO 8601 date and time' },
  boolean: { zh: '应为是或否', en: 'must be true or false' },
  array: { zh: '应为列表', en: 'must be a list' },
  'array.tooLong': { zh: '条目过多', en: 'has too many entries' },
  number: { zh: '应为数字', en: 'must be a number' },
  'id.format': { zh: '编号格式不正确', en: 'is not a valid id' },
  'session.handle': { zh: '会话编号格式不正确', en: 'is not a session handle' },
  'id.objectId': { zh: '编号应为 24 位十六进制', en: 'must be a 24-character hexadecimal id' },
  'date.format': { zh: '日期应为 YYYY-MM-DD 格式的有效日期', en: 'must be a real date written YYYY-MM-DD' },
  'area.number': { zh: '面积应为数字', en: 'area must be a number' },
  'area.positive': { zh: '面积必须大于 0', en: 'area must be greater than 0' },
  'area.max': {
    zh: `面积不能超过 ${MAX_AREA_M2.toLocaleString('en-US')} ㎡`,
    en: `area must not exceed ${MAX_AREA_M2.toLocaleString('en-US')} m²`,
  },
  'year.integer': { zh: '年份应为整数', en: 'year must be a whole number' },
  'year.range': { zh: `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`, en: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` },
  'carrier.name.required': { zh: '请填写载体名称', en: 'name is required' },
  'carrier.name.tooLong': { zh: `载体名称不能超过 ${MAX_NAME_LENGTH} 个字符`, en: `name must be at most ${MAX_NAME_LENGTH} characters` },
  'carrier.name.duplicate': { zh: '本地区已有同名载体', en: 'a carrier with this name already exists in the region' },
  'carrier.kind.invalid': { zh: '类型应为众创空间、孵化器或加速器', en: 'kind must be makerspace, incubator or accelerator' },
  'carrier.region.invalid': { zh: '地区不存在', en: 'is not a known region' },
  'carrier.region.missing': { zh: '请选择地区', en: 'choose a region' },
  'carrier.kind.missing': { zh: '请选择类型', en: 'choose a kind' },
  'phase.status.missing': { zh: '请选择状态', en: 'choose a status' },
  'recognition.tier.missing': { zh: '请选择级别', en: 'choose a tier' },
  'rating.grade.missing': { zh: '请选择评价等级', en: 'choose a grade' },
  'carrier.district.invalid': { zh: '区镇格式不正确', en: 'district is invalid' },
  'carrier.district.notInRegion': { zh: '该区镇不属于所选地区', en: 'district does not belong to the region' },
  'carrier.industry.invalid': { zh: '产业领域不在可选范围内', en: 'is not a known industry' },
  'carrier.phases.required': { zh: '至少需要一期', en: 'at least one phase is required' },
  'phase.label.required': { zh: '请填写分期名称（如“一期”）', en: 'phase label is required (e.g. "Phase 1")' },
  'phase.label.duplicate': { zh: '分期名称重复', en: 'phase label is used twice' },
  'phase.status.invalid': { zh: '状态应为规划、在建、投用或关闭', en: 'status must be planned, under_construction, open or closed' },
  'phase.openedOn.required': { zh: '已投用的分期必须填写投用日期', en: 'opening date is required when a phase is open' },
  'phase.constructionStartedOn.plannedInPast': {
    zh: '“规划”状态的分期开工日期不能是今天或以前：已开工请将状态改为“在建”，否则请改为今后的计划开工日期',
    en: 'a planned phase cannot have started on or before today: set its status to under construction if it has started, else give a future start date',
  },
  'phase.openedOn.notOpenYet': { zh: '尚未投用的分期不应有投用日期', en: 'a phase that is not open yet cannot have an opening date' },
  'phase.closedOn.required': { zh: '已关闭的分期必须填写关闭日期', en: 'closing date is required when a phase is closed' },
  'phase.closedOn.notClosed': { zh: '未关闭的分期不应有关闭日期', en: 'only a closed phase has a closing date' },
  'phase.incubationArea.required': { zh: '已投用的分期必须填写孵化面积', en: 'incubation area is required once a phase has opened' },
  'phase.area.required': { zh: '请填写孵化面积或建筑面积', en: 'incubation area or floor area is required' },
  'phase.incubationArea.exceedsFloorArea': { zh: '孵化面积不能大于建筑面积', en: 'incubation area cannot exceed floor area' },
  'phase.openedOn.beforeConstruction': { zh: '投用日期不能早于开工日期', en: 'opening date cannot be before construction start' },
  'phase.plannedOpeningOn.beforeConstruction': {
    zh: '计划投用日期不能早于开工日期',
    en: 'planned opening cannot be before construction start',
  },
  'phase.closedOn.beforeOpening': { zh: '关闭日期不能早于投用日期', en: 'closing date cannot be before opening date' },
  'recognition.tier.invalid': { zh: '级别应为国家级、省级、苏州市级或县级', en: 'tier must be national, provincial, prefecture or county' },
  'recognition.tier.duplicate': { zh: '同一级别只能认定一次', en: 'each tier can be recognised only once' },
  'recognition.recognizedOn.year': { zh: '认定文件日期应在认定年份内', en: 'the recognition date must fall in the recognition year' },
  'rating.grade.invalid': { zh: '评价等级应为 A、B、C 或 D', en: 'grade must be A, B, C or D' },
  'rating.year.duplicate': { zh: '同一年份只能有一个评价', en: 'only one rating per year' },
  'location.number': { zh: '坐标应为数字', en: 'coordinate must be a number' },
  'location.longitude.range': { zh: '经度应在 -180 到 180 之间', en: 'longitude must be between -180 and 180' },
  'location.latitude.range': { zh: '纬度应在 -90 到 90 之间', en: 'latitude must be between -90 and 90' },
  'location.type': { zh: '位置应为 GeoJSON 点', en: 'location must be a GeoJSON Point' },
  'location.coordinates': { zh: '坐标应为 [经度, 纬度]', en: 'coordinates must be [longitude, latitude]' },
  'location.datum.invalid': { zh: '坐标系应为 WGS-84、GCJ-02 或 BD-09', en: 'datum must be wgs84, gcj02 or bd09' },
  'version.required': { zh: '缺少版本号', en: 'version is required for an edit' },
  'query.bbox': {
    zh: '范围应为“最小经度,最小纬度,最大经度,最大纬度”',
    en: 'bbox must be minLng,minLat,maxLng,maxLat within range',
  },
  'query.sort': { zh: '不支持的排序方式', en: 'is not a supported sort order' },
  'query.page': { zh: '页码应为正整数', en: 'page must be a positive whole number' },
  'query.limit': { zh: '每页条数应为 1–500', en: 'limit must be a whole number from 1 to 500' },
  'query.format': { zh: '导出格式应为 csv、xlsx 或 geojson', en: 'format must be csv, xlsx or geojson' },
  'change.reason.required': { zh: '请填写驳回理由', en: 'a reason for the rejection is required' },
  'progress.basis': { zh: '口径应为“核实”或“填报”', en: 'basis must be verified or reported' },
  ...PLANNER_MESSAGES,
  ...REPORT_MESSAGES,
  ...CLOSING_MESSAGES,
  ...IMPORT_MESSAGES,
  'unknownField': { zh: '不允许的字段', en: 'is not an allowed field' },
  'password.tooShort': { zh: '密码至少 8 个字符', en: 'password must be at least 8 characters' },
  'password.tooLong': { zh: '密码最多 128 个字符', en: 'password must be at most 128 characters' },
  'password.common': { zh: '该密码过于常见，请换一个', en: 'this password is too common; choose another' },
  'username.taken': { zh: '该用户名已被使用', en: 'this username is taken' },
  'role.invalid': { zh: '角色应为管理员、规划人员、领导或载体管理者', en: 'role must be admin, planner, leader or manager' },
  'username.format': {
    zh: '用户名为 3–32 位小写字母、数字、点、下划线或连字符',
    en: 'username must be 3–32 lowercase letters, digits, dots, underscores or hyphens',
  },
};

export interface FieldError {
  /** Dotted path into the submitted document, e.g. `phases.0.openedOn`. */
  path: string;
  /** The message key, stable across languages. */
  code: string;
  message: string;
}

export function translate(code: string, language: Language): string {
  return VALIDATION_MESSAGES[code]?.[language] ?? VALIDATION_MESSAGES.invalid![language];
}

/** Turns zod issues into one error per field, in the requested language. */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], language: Language): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: [...issue.path, key].join('.'), code: 'unknownField', message: translate('unknownField', language) });
      }
      continue;
    }
    const code = messageKeyOf(issue);
    errors.push({ path: issue.path.join('.'), code, message: translate(code, language) });
  }
  return errors;
}

/** Rules carry a key as their message; zod's own checks (types, lengths) map to generic keys. */
function messageKeyOf(issue: z.core.$ZodIssue): string {
  if (issue.message in VALIDATION_MESSAGES) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : issue.expected === 'number' ? 'number' : 'invalid';
    case 'too_big':
      return 'text.tooLong';
    case 'too_small':
      return 'text.tooShort';
    default:
      return 'invalid';
  }
}

