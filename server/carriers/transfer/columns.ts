import { carrierFields } from '@shared/carriers/fields/carrier';
import { contactFields } from '@shared/carriers/fields/contact';
import { phaseFields } from '@shared/carriers/fields/phase';
import { recognitionFields } from '@shared/carriers/fields/recognition';
import { columnsOf, type CellKind, type ColumnSpec as TableColumn, type FieldTable } from '@shared/fields/table';
import type { Vocabulary } from '@shared/fields/vocabulary';
import { DATUM_VOCABULARY } from '@shared/carriers/vocabulary';
import type { Language } from '@shared/validation/messages';

/**
 * The columns of carrier spreadsheets, derived from the field tables: every field with a
 * `column` in shared/carriers/fields/ is read by the import, written by exports and offered
 * in the template under its Chinese header (and its English one and the usual variants).
 * The few columns read together (region with district, a coordinate pair, the tier with
 * its year) are declared here, where their readers live. Exports write one row per phase.
 */
export type ColumnKey = string;

export type ColumnType = CellKind | 'coordinate';

export interface ColumnSpec {
  key: ColumnKey;
  header: Record<Language, string>;
  /** Other ways people write the header; matched after normalizeHeader. */
  aliases: readonly string[];
  type: ColumnType;
  vocabulary?: Vocabulary;
  /**
   * Where the value lives in a submission: a field (`name`), a nested one (`contact.person`),
   * the row's phase or recognition (`phases.0.status`), or a composite column's own name.
   */
  path: string;
  /** Read by the import; the others are written by exports only (and ignored on import). */
  importable: boolean;
  /** In the import template (one row = one carrier with its first phase). */
  inTemplate: boolean;
  /** Spreadsheet column width, in characters. */
  width: number;
  /** The template's notes: whether it is required, and how to fill it in. */
  note?: readonly [string, string];
}

function fromTable(table: FieldTable, prefix: string): ColumnSpec[] {
  return columnsOf(table).map((column: TableColumn) => ({
    key: column.key,
    header: column.header,
    aliases: column.aliases,
    type: column.cell,
    vocabulary: column.vocabulary,
    path: `${prefix}${column.field}`,
    importable: column.importable,
    inTemplate: column.inTemplate,
    width: column.width,
    note: column.note,
  }));
}

function composite(key: string, zh: string, en: string, aliases: readonly string[], options: Partial<ColumnSpec> = {}): ColumnSpec {
  const importable = options.importable ?? true;
  return { key, header: { zh, en }, aliases, type: 'text', path: key, importable, inTemplate: options.inTemplate ?? importable, width: 14, ...options };
}

const carrierColumns = fromTable(carrierFields, '');
const [nameColumn, kindColumn] = [carrierColumns.find((column) => column.key === 'name')!, carrierColumns.find((column) => column.key === 'kind')!];

/** In the order the template and exports write them. */
export const COLUMNS: readonly ColumnSpec[] = [
  nameColumn,
  kindColumn,
  composite('region', '地区', 'Region', ['所属地区', '市区', '县市区', '所属县市区', '城市'], { width: 10, note: ['必填*', '可不填，由区镇推断'] }),
  composite('district', '区镇', 'District', ['所在区镇', '所属区镇', '镇区', '板块', '区域', 'town'], { width: 16, note: ['', '如 太仓高新区、城厢镇、花桥镇'] }),
  ...fromTable(recognitionFields, 'recognitions.0.'),
  ...fromTable(phaseFields, 'phases.0.'),
  ...carrierColumns.filter((column) => column !== nameColumn && column !== kindColumn),
  composite('longitude', '经度', 'Longitude', ['lng', 'lon', 'x'], { type: 'coordinate', width: 13, path: 'location.coordinates.0', note: ['', '与纬度同时填写'] }),
  composite('latitude', '纬度', 'Latitude', ['lat', 'y'], { type: 'coordinate', width: 13, path: 'location.coordinates.1', note: ['', '与经度同时填写'] }),
  composite('datum', '坐标系', 'Datum', ['坐标系统', '坐标类型', 'locationdatum', 'crs'], {
    type: 'vocabulary',
    vocabulary: DATUM_VOCABULARY,
    width: 10,
    path: 'locationDatum',
    note: ['', 'WGS-84、GCJ-02、BD-09；高德、腾讯地图为 GCJ-02，百度地图为 BD-09，不填按 WGS-84'],
  }),
  ...fromTable(contactFields, 'contact.'),
  composite('recognitions', '认定记录', 'Recognitions', [], { importable: false, width: 24 }),
  composite('id', '编号', 'ID', ['系统编号'], { importable: false, width: 26 }),
];

const specsByKey = new Map(COLUMNS.map((spec) => [spec.key, spec]));

export function columnSpec(key: ColumnKey): ColumnSpec {
  const spec = specsByKey.get(key);
  if (!spec) throw new Error(`no carrier column ${key}`);
  return spec;
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
    const name = withoutAreaUnit(normalizeHeader(text)).name;
    if (!headerIndex.has(name)) headerIndex.set(name, spec.key);
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

const byPath = new Map(COLUMNS.map((spec) => [spec.path, spec.key]));

/** The API path of a field (`phases.2.openedOn`, `location`) → the column that holds it. */
export function columnForPath(path: string): ColumnKey {
  // The row's phase and recognition are the first of their lists.
  const normalized = path.replace(/^(phases|recognitions)\.\d+/, '$1.0');
  if (byPath.has(normalized)) return byPath.get(normalized)!;
  const [head, , field] = normalized.split('.');
  if (head === 'location') return 'longitude';
  if (head === 'phases') return byPath.get(`phases.0.${field}`) ?? 'status';
  if (head === 'recognitions') return byPath.get(`recognitions.0.${field}`) ?? 'tier';
  return byPath.get(head ?? '') ?? 'name';
}
