/**
 * Messages of the spreadsheet import (CSV/XLSX), keyed like VALIDATION_MESSAGES so they can
 * be merged into it. Row-level rules of the carrier itself keep their own keys
 * (`carrier.name.required`, `area.positive` …); these cover what only a file can get wrong.
 */
export const IMPORT_MESSAGES: Record<string, { zh: string; en: string }> = {
  'import.column.missing': { zh: '缺少此列，请使用导入模板的表头', en: 'this column is missing; use the headers of the import template' },
  'import.column.duplicate': { zh: '此列与前面的列重复', en: 'this column appears twice' },
  'import.name.duplicateInFile': {
    zh: '文件中已有同地区同名载体；一行对应一个载体（一期），多期载体请导入后在表单中添加分期',
    en: 'another row has the same name in the same region; one row is one carrier (one phase) — add further phases in the form',
  },
  'import.region.required': { zh: '请填写地区（如 太仓市）', en: 'region is required (e.g. Taicang)' },
  'import.tier.ambiguous': {
    zh: '“市级”有歧义，请写“苏州市级”，或写“县级市级”（如 太仓市级）',
    en: '"市级" is ambiguous: write 苏州市级 (prefecture) or 县级市级 / 太仓市级 (county)',
  },
  'import.recognitionYear.required': { zh: '填写了级别时请填写认定年份', en: 'recognition year is required when a tier is given' },
  'import.tier.required': { zh: '填写了认定年份时请填写级别', en: 'tier is required when a recognition year is given' },
  'import.coordinates.pair': { zh: '经度和纬度需同时填写', en: 'longitude and latitude must be given together' },
  'import.csv.quotes': { zh: '引号不成对，此行可能与下一行粘连', en: 'unbalanced quotes; this row may run into the next' },
  'import.datum.assumedWgs84': {
    zh: '未填写坐标系，按 WGS-84 处理；从高德或腾讯地图复制的坐标请填 GCJ-02，百度地图请填 BD-09',
    en: 'no datum given, so WGS-84 is assumed; coordinates copied from Gaode or Tencent are GCJ-02, from Baidu BD-09',
  },
  'import.row.exampleKept': { zh: '这是导入模板中的示例行，导入前请删除', en: 'this is the example row of the template; delete it before importing' },
  'import.template.format': { zh: '模板格式应为 csv 或 xlsx', en: 'format must be csv or xlsx' },
  'import.row.totalSkipped': { zh: '合计行，已跳过', en: 'a totals row; skipped' },
  'import.industry.unknown': {
    zh: '产业领域中有未收录的写法，已按原文保存；如为常用提法可告知管理员加入词表',
    en: 'an industry term is not in the lists; it is kept as written',
  },
};
