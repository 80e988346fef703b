import { REGIONS } from '@shared/regions';
import { COLUMNS, type ColumnKey } from './columns';
import { DATUM_LABELS, INDUSTRY_LABELS, KIND_LABELS, STATUS_LABELS, TIER_LABELS } from './labels';
import { writeCsv } from './csvWriter';
import { MAX_IMPORT_ROWS } from './limits';
import type { Table, TableValue } from './table';
import { writeXlsx } from './xlsxWriter';

/** The example row's name: a dry run warns when a file still contains it. */
export const TEMPLATE_EXAMPLE_NAME = '太仓示例科技企业孵化器';

/** The template's columns: one row is one carrier with its first phase (一期). */
export const TEMPLATE_COLUMNS = COLUMNS.filter((column) => column.inTemplate);

const EXAMPLE: Partial<Record<ColumnKey, TableValue>> = {
  name: TEMPLATE_EXAMPLE_NAME,
  kind: KIND_LABELS.incubator,
  region: '太仓市',
  district: '太仓高新区',
  tier: TIER_LABELS.prefecture,
  recognitionYear: 2022,
  incubationAreaM2: 10_000,
  floorAreaM2: 12_000,
  status: STATUS_LABELS.open,
  constructionStartedOn: '2021-03-01',
  openedOn: '2023-06-01',
  address: '太仓市科教新城示例路1号',
  longitude: 121.13,
  latitude: 31.46,
  datum: DATUM_LABELS.gcj02,
  operator: '太仓市科技创业服务中心',
  industries: `${INDUSTRY_LABELS.biomedicine}、${INDUSTRY_LABELS.equipment}`,
};

/** The template: the official Chinese headers and one example row. */
export function templateTable(): Table {
  return {
    columns: TEMPLATE_COLUMNS,
    headers: TEMPLATE_COLUMNS.map((column) => column.header.zh),
    rows: [TEMPLATE_COLUMNS.map((column) => EXAMPLE[column.key] ?? null)],
  };
}

const listOf = (labels: Record<string, string>) => Object.values(labels);

/** Drop-down choices the XLSX template offers (Excel limits a list to 255 characters). */
const TEMPLATE_CHOICES: Partial<Record<ColumnKey, string[]>> = {
  kind: listOf(KIND_LABELS),
  region: REGIONS.map((region) => region.name.zh),
  tier: listOf(TIER_LABELS),
  status: listOf(STATUS_LABELS),
  datum: listOf(DATUM_LABELS),
};

const NOTES: Partial<Record<ColumnKey, [required: string, note: string]>> = {
  name: ['必填', '同一地区内不能重名'],
  kind: ['必填', listOf(KIND_LABELS).join('、')],
  region: ['必填*', `${REGIONS.map((region) => region.name.zh).join('、')}；可不填，由区镇推断`],
  district: ['', '如 太仓高新区、城厢镇、花桥镇'],
  tier: ['', `${listOf(TIER_LABELS).join('、')}（县级市级也可写作“太仓市级”“昆山市级”）；未认定留空`],
  recognitionYear: ['填写级别时必填', '获得该级别认定的年份，如 2022'],
  incubationAreaM2: ['二选一', '单位 ㎡；投用的载体必填。表头写“孵化面积(万㎡)”时按万平方米计'],
  floorAreaM2: ['二选一', '单位 ㎡；不小于孵化面积'],
  status: ['必填', `${listOf(STATUS_LABELS).join('、')}`],
  constructionStartedOn: ['', '日期，如 2021-03-01 或 2021/3/1'],
  plannedOpeningOn: ['', '规划、在建的载体填写'],
  openedOn: ['状态为投用时必填', '不早于开工日期'],
  address: ['', ''],
  longitude: ['', '与纬度同时填写'],
  latitude: ['', '与经度同时填写'],
  datum: ['', `${listOf(DATUM_LABELS).join('、')}；高德、腾讯地图为 GCJ-02，百度地图为 BD-09，不填按 WGS-84`],
  operator: ['', ''],
  industries: ['', `可填多个，用顿号分隔：${listOf(INDUSTRY_LABELS).join('、')}`],
};

/** The “填写说明” sheet of the XLSX template. */
function templateInstructions(): Table {
  const rows: TableValue[][] = TEMPLATE_COLUMNS.map((column) => [column.header.zh, NOTES[column.key]?.[0] ?? '', NOTES[column.key]?.[1] ?? '']);
  rows.push(
    ['', '', ''],
    ['说明', '', `一行对应一个载体（一期）。有二期、三期的载体，导入后在载体表单中添加分期。一次最多导入 ${MAX_IMPORT_ROWS} 行。`],
    ['说明', '', '导入前请删除示例行。表头可以放在前几行的标题之下；序号、备注等其他列会被忽略。'],
  );
  return { columns: [], headers: ['列名', '是否必填', '说明'], rows };
}

/**
 * The template file. Its headers are the official Chinese ones whatever the caller's
 * language: it is filled in by officials and read back by the import, which takes both.
 */
export async function templateFile(format: 'csv' | 'xlsx'): Promise<Buffer> {
  if (format === 'csv') return writeCsv(templateTable());
  return writeXlsx([
    {
      name: '载体',
      table: templateTable(),
      choices: TEMPLATE_COLUMNS.filter((column) => TEMPLATE_CHOICES[column.key]).map((column) => ({ header: column.header.zh, values: TEMPLATE_CHOICES[column.key]! })),
      choiceRows: MAX_IMPORT_ROWS,
    },
    { name: '填写说明', table: templateInstructions(), widths: [16, 16, 90] },
  ]);
}
