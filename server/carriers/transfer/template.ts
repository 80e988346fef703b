import { DATUM_VOCABULARY, INDUSTRY_VOCABULARY, KINDS, PHASE_STATUS_VOCABULARY, TIER_VOCABULARY } from '@shared/carriers/vocabulary';
import { REGIONS } from '@shared/regions';
import { COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
import { writeCsv } from './csvWriter';
import { MAX_IMPORT_ROWS } from './limits';
import type { Table, TableValue } from './table';
import { writeXlsx } from './xlsxWriter';

/** The example row's name: a dry run warns when a file still contains it. */
export const TEMPLATE_EXAMPLE_NAME = '太仓示例科技企业孵化器';

/** The template's columns: one row is one carrier with its first phase (一期). */
export const TEMPLATE_COLUMNS = COLUMNS.filter((column) => column.inTemplate);

/** The example row: a plausible incubator, written as an official would. */
const EXAMPLE: Partial<Record<ColumnKey, TableValue>> = {
  name: TEMPLATE_EXAMPLE_NAME,
  kind: KINDS.name('incubator').zh,
  region: '太仓市',
  district: '太仓高新区',
  tier: TIER_VOCABULARY.name('prefecture').zh,
  recognitionYear: 2022,
  incubationAreaM2: 10_000,
  floorAreaM2: 12_000,
  status: PHASE_STATUS_VOCABULARY.name('open').zh,
  constructionStartedOn: '2021-03-01',
  openedOn: '2023-06-01',
  address: '太仓市科教新城示例路1号',
  longitude: 121.13,
  latitude: 31.46,
  datum: DATUM_VOCABULARY.name('gcj02').zh,
  operator: '太仓市科技创业服务中心',
  industries: `${INDUSTRY_VOCABULARY.name('biomedicine').zh}、${INDUSTRY_VOCABULARY.name('equipment').zh}`,
};

/** The template: the official Chinese headers and one example row. */
export function templateTable(): Table {
  return {
    columns: TEMPLATE_COLUMNS,
    headers: TEMPLATE_COLUMNS.map((column) => column.header.zh),
    rows: [TEMPLATE_COLUMNS.map((column) => EXAMPLE[column.key] ?? null)],
  };
}

/** Drop-down choices the XLSX template offers (Excel limits a list to 255 characters). */
function choicesOf(column: ColumnSpec): string[] | undefined {
  if (column.key === 'region') return REGIONS.map((region) => region.name.zh);
  if (column.type !== 'vocabulary' || !column.vocabulary) return undefined;
  return column.vocabulary.entries.map((entry) => entry.name.zh);
}

/** The notes of a column: from its field's table, with the vocabulary's words where it has one. */
function noteOf(column: ColumnSpec): [string, string] {
  const [required, explanation] = column.note ?? ['', ''];
  if (column.type === 'list' && column.vocabulary) {
    return [required, `可填多个，用顿号分隔，如：${column.vocabulary.entries.slice(0, 12).map((entry) => entry.name.zh).join('、')} 等；其他写法照录并提示`];
  }
  if (column.key === 'region') return [required, `${REGIONS.map((region) => region.name.zh).join('、')}；${explanation}`];
  return [required, explanation];
}

/** The “填写说明” sheet of the XLSX template. */
function templateInstructions(): Table {
  const rows: TableValue[][] = TEMPLATE_COLUMNS.map((column) => [column.header.zh, ...noteOf(column)]);
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
      choices: TEMPLATE_COLUMNS.flatMap((column) => {
        const values = choicesOf(column);
        return values ? [{ header: column.header.zh, values }] : [];
      }),
      choiceRows: MAX_IMPORT_ROWS,
    },
    { name: '填写说明', table: templateInstructions(), widths: [16, 16, 90] },
  ]);
}
