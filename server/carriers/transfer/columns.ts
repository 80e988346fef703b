import type { Language } from '@shared/validation/messages';

/**
 * The columns of carrier spreadsheets: what officials write as headers (Chinese, with the
 * usual variants), the English equivalents, and which ones the import reads. Exports write
 * one row per phase, so they add the phase columns and two read-only ones.
 */
export type ColumnKey =
  | 'name'
  | 'kind'
  | 'region'
  | 'district'
  | 'tier'
  | 'recognitionYear'
  | 'phaseLabel'
  | 'incubationAreaM2'
  | 'floorAreaM2'
  | 'status'
  | 'constructionStartedOn'
  | 'plannedOpeningOn'
  | 'openedOn'
  | 'closedOn'
  | 'address'
  | 'longitude'
  | 'latitude'
  | 'datum'
  | 'operator'
  | 'industries'
  | 'recognitions'
  | 'id';

export type ColumnType = 'text' | 'area' | 'year' | 'date' | 'coordinate';

export interface ColumnSpec {
  key: ColumnKey;
  header: Record<Language, string>;
  /** Other ways people write the header; matched after normalizeHeader. */
  aliases: readonly string[];
  type: ColumnType;
  /** Read by the import; the others are written by exports only (and ignored on import). */
  importable: boolean;
  /** In the import template (one row = one carrier with its first phase). */
  inTemplate: boolean;
  /** Spreadsheet column width, in characters. */
  width: number;
}

function column(
  key: ColumnKey,
  zh: string,
  en: string,
  aliases: readonly string[],
  options: { type?: ColumnType; importable?: boolean; inTemplate?: boolean; width?: number } = {},
): ColumnSpec {
  return {
    key,
    header: { zh, en },
    aliases,
    type: options.type ?? 'text',
    importable: options.importable ?? true,
    inTemplate: options.inTemplate ?? options.importable ?? true,
    width: options.width ?? 14,
  };
}

/** In the order the template and exports write them. */
export const COLUMNS: readonly ColumnSpec[] = [
  column('name', '载体名称', 'Name', ['名称', '载体', '孵化载体名称', '载体全称', 'carrier', 'carriername'], { width: 32 }),
  column('kind', '类型', 'Kind', ['载体类型', '类别', 'type', 'carrierkind'], { width: 10 }),
  column('region', '地区', 'Region', ['所属地区', '市区', '县市区', '所属县市区', '城市'], { width: 10 }),
  column('district', '区镇', 'District', ['所在区镇', '所属区镇', '镇区', '板块', '区域', 'town'], { width: 16 }),
  column('tier', '级别', 'Tier', ['认定级别', '载体级别', '等级', 'level'], { width: 10 }),
  column('recognitionYear', '认定年份', 'Recognition year', ['认定时间', '认定年度', 'year'], { type: 'year', width: 10 }),
  column('phaseLabel', '分期', 'Phase', ['期次', '分期名称', 'phaselabel', 'label'], { inTemplate: false, width: 8 }),
  column('incubationAreaM2', '孵化面积(㎡)', 'Incubation area (m²)', ['孵化面积', '孵化场地面积', 'incubationarea'], { type: 'area', width: 14 }),
  column('floorAreaM2', '建筑面积(㎡)', 'Floor area (m²)', ['建筑面积', '载体面积', '总建筑面积', 'floorarea'], { type: 'area', width: 14 }),
  column('status', '状态', 'Status', ['建设状态', '运营状态', '分期状态'], { width: 8 }),
  column('constructionStartedOn', '开工日期', 'Construction started', ['开工时间', 'constructionstartedon', 'constructionstart'], { type: 'date', width: 12 }),
  column('plannedOpeningOn', '计划投用日期', 'Planned opening', ['计划投用时间', '预计投用日期', '预计投用时间', 'plannedopeningon'], { type: 'date', width: 13 }),
  column('openedOn', '投用日期', 'Opened', ['投用时间', '实际投用日期', '投运日期', 'openedon', 'openingdate'], { type: 'date', width: 12 }),
  column('closedOn', '关闭日期', 'Closed', ['关闭时间', 'closedon'], { type: 'date', inTemplate: false, width: 12 }),
  column('address', '地址', 'Address', ['详细地址', '载体地址'], { width: 30 }),
  column('longitude', '经度', 'Longitude', ['lng', 'lon', 'x'], { type: 'coordinate', width: 13 }),
  column('latitude', '纬度', 'Latitude', ['lat', 'y'], { type: 'coordinate', width: 13 }),
  column('datum', '坐标系', 'Datum', ['坐标系统', '坐标类型', 'locationdatum', 'crs'], { width: 10 }),
  column('operator', '运营单位', 'Operator', ['运营主体', '运营机构', '运营管理单位'], { width: 28 }),
  column('industries', '产业领域', 'Industries', ['产业方向', '主导产业', '重点产业', 'industry'], { width: 20 }),
  column('recognitions', '认定记录', 'Recognitions', [], { importable: false, width: 24 }),
  column('id', '编号', 'ID', ['系统编号'], { importable: false, width: 26 }),
];

const specsByKey = new Map(COLUMNS.map((spec) => [spec.key, spec]));

export function columnSpec(key: ColumnKey): ColumnSpec {
  return specsByKey.get(key)!;
}

/** Area headers may carry their unit; 万㎡ means the figures are in ten thousands. */
const AREA_UNIT = /(万)?(平方米|平米|m2|sqm)$/;

/**
 * Reduces a header to what identifies it: NFKC turns full-width brackets and ㎡ into ASCII
 * (“（㎡）” → “(m2)”), then case, spaces, brackets, separators and required-markers go.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()[\]{}【】<>《》/\\:*#.]/g, '');
}

export interface MatchedHeader {
  key: ColumnKey;
  /** Multiply area figures by this (10,000 for a 万㎡ column). */
  scale: number;
}

const headerIndex = new Map<string, ColumnKey>();
for (const spec of COLUMNS) {
  for (const text of [spec.key, spec.header.zh, spec.header.en, ...spec.aliases]) {
    headerIndex.set(withoutAreaUnit(normalizeHeader(text)).name, spec.key);
  }
}

function withoutAreaUnit(normalized: string): { name: string; scale: number } {
  const unit = AREA_UNIT.exec(normalized);
  if (!unit || unit.index === 0) return { name: normalized, scale: 1 };
  return { name: normalized.slice(0, unit.index), scale: unit[1] ? 10_000 : 1 };
}

/** The column a header names, or null for a header we do not know (e.g. 序号, 备注). */
export function matchHeader(raw: string): MatchedHeader | null {
  const { name, scale } = withoutAreaUnit(normalizeHeader(raw));
  const key = headerIndex.get(name);
  if (!key) return null;
  return { key, scale: columnSpec(key).type === 'area' ? scale : 1 };
}
