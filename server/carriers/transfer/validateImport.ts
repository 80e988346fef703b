import { deriveCarrier } from '@shared/carriers/derive';
import type { CarrierDerived, CarrierRecord } from '@shared/carriers/record';
import { phaseStateIssues } from '@shared/carriers/phaseStates';
import { CarrierCreateSchema, type CarrierCreate } from '@shared/carriers/schema';
import type { IsoDate } from '@shared/dates';
import { REGION_IDS } from '@shared/regions';
import { localizeIssues, translate, type Language } from '@shared/validation/messages';
import { toStoredFields } from '../normalize';
import { cellText, isBlank } from './cells';
import { COLUMNS, columnSpec, type ColumnKey } from './columns';
import { locateHeader, type HeaderLayout } from './headerLayout';
import { tooManyRows } from './importErrors';
import { MAX_IMPORT_ROWS, PREVIEW_ROWS } from './limits';
import { importMessage } from './messages';
import { readCarrierRow, type RowIssue } from './rowToCarrier';
import type { Sheet, SheetRow } from './sheet';
import { TEMPLATE_EXAMPLE_NAME } from './template';

/** One problem in an uploaded file: where a person finds it in their spreadsheet, and why. */
export interface ImportIssue {
  /** The spreadsheet row (1-based, the header row included). */
  row: number;
  /** The column's header as the file writes it. */
  field: string;
  /** The field of the carrier, as in the JSON API (`phases.0.openedOn`). */
  path: string;
  code: string;
  message: string;
}

export interface PreviewCarrier {
  row: number;
  /** The carrier as it would be stored: coordinates already converted to WGS-84. */
  carrier: CarrierCreate;
  derived: CarrierDerived;
}

export interface ImportReport {
  format: Sheet['format'];
  encoding?: string;
  /** Carrier rows read (blank and totals rows excluded). */
  rows: number;
  valid: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Headers the import does not read, as written (序号, 备注 …). */
  ignoredColumns: string[];
  preview: PreviewCarrier[];
}

export interface AcceptedRow {
  row: number;
  carrier: CarrierCreate;
}

export interface ValidatedImport {
  report: ImportReport;
  /** The rows without errors; all of them when the report has no errors. */
  accepted: AcceptedRow[];
}

/** A carrier's name within its region: the unit of uniqueness. */
export interface NameKey {
  region: string;
  name: string;
}

export interface ValidateOptions {
  language: Language;
  /** Region for rows that name none (the importer's own county). */
  defaultRegion?: string;
  today: IsoDate;
  /** Which of these names are taken by live carriers or pending creates, as `nameKey` strings. */
  takenNames: (keys: NameKey[]) => Promise<Set<string>>;
}

export const nameKey = (key: NameKey) => `${key.region}\u0000${key.name}`;

/** Columns a file must have for its rows to mean anything; one of the area columns is enough. */
const REQUIRED_COLUMNS: readonly ColumnKey[] = ['kind', 'status'];
const AREA_COLUMNS: readonly ColumnKey[] = ['incubationAreaM2', 'floorAreaM2'];

/** Rows that sum the others, common at the foot of official lists. */
const TOTAL_ROW_NAMES = new Set(['合计', '总计', '小计', '总合计', 'total', 'sum']);

/**
 * Checks every row of an uploaded sheet with the shared carrier schema and reports every
 * error of every row, plus names used twice in the file or already registered. Stores nothing.
 */
export async function validateImport(sheet: Sheet, options: ValidateOptions): Promise<ValidatedImport> {
  const layout = locateHeader(sheet.rows);
  const dataRows = (layout ? sheet.rows.slice(layout.rowIndex + 1) : sheet.rows).filter((row) => row.cells.some((cell) => !isBlank(cell)));
  if (dataRows.length > MAX_IMPORT_ROWS) throw tooManyRows(dataRows.length);
  const report: ImportReport = {
    format: sheet.format,
    ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
    rows: dataRows.length,
    valid: 0,
    errors: [],
    warnings: [],
    ignoredColumns: layout?.ignored ?? [],
    preview: [],
  };
  const language = options.language;
  const issue = (row: number, field: string, path: string, code: string, message = importMessage(code, language)): ImportIssue => ({ row, field, path, code, message });

  if (!layout) {
    report.errors.push(issue(1, columnSpec('name').header[language], '', 'import.column.missing'));
    return { report, accepted: [] };
  }
  const columnErrors = checkColumns(layout, language).map(({ field, code }) => issue(layout.rowNumber, field, '', code));
  if (columnErrors.length) {
    report.errors.push(...columnErrors);
    return { report, accepted: [] };
  }

  const fieldOf = (path: string) => fieldName(layout, columnForPath(path), language);
  const candidates: { row: number; carrier?: CarrierCreate; key?: NameKey }[] = [];
  for (const sheetRow of dataRows) {
    const name = cellText(sheetRow.cells[layout.columns.get('name')!.index] ?? null);
    if (isTotalsRow(sheetRow, name)) {
      report.rows -= 1;
      report.warnings.push(issue(sheetRow.number, fieldOf('name'), 'name', 'import.row.totalSkipped'));
      continue;
    }
    const checked = checkRow(sheetRow, layout, options);
    report.errors.push(...checked.errors.map((problem) => issue(sheetRow.number, fieldOf(problem.path), problem.path, problem.code, problem.message)));
    report.warnings.push(...checked.warnings.map((problem) => issue(sheetRow.number, fieldOf(problem.path), problem.path, problem.code)));
    if (sheet.malformedRows.includes(sheetRow.number)) report.errors.push(issue(sheetRow.number, '', '', 'import.csv.quotes'));
    if (name === TEMPLATE_EXAMPLE_NAME) report.warnings.push(issue(sheetRow.number, fieldOf('name'), 'name', 'import.row.exampleKept'));
    candidates.push({ row: sheetRow.number, carrier: checked.carrier, key: checked.key });
  }

  const duplicates = await findDuplicateNames(candidates, options.takenNames);
  for (const { row, code } of duplicates) report.errors.push(issue(row, fieldOf('name'), 'name', code));

  report.errors.sort(byRowThenColumn(layout));
  const rowsWithErrors = new Set(report.errors.map((problem) => problem.row));
  const accepted = candidates.filter((candidate) => candidate.carrier && !rowsWithErrors.has(candidate.row)) as AcceptedRow[];
  report.valid = accepted.length;
  report.preview = accepted.slice(0, PREVIEW_ROWS).map(({ row, carrier }) => preview(row, carrier, options.today));
  return { report, accepted };
}

/** 合计 in the name column, or (often merged across 序号 and 名称) in another cell of a nameless row. */
function isTotalsRow(sheetRow: SheetRow, name: string): boolean {
  const isTotalWord = (text: string) => TOTAL_ROW_NAMES.has(text.toLowerCase().replace(/\s+/g, ''));
  if (name) return isTotalWord(name);
  return sheetRow.cells.some((cell) => isTotalWord(cellText(cell)));
}

function checkColumns(layout: HeaderLayout, language: Language): { field: string; code: string }[] {
  const missing = REQUIRED_COLUMNS.filter((key) => !layout.columns.has(key));
  if (!AREA_COLUMNS.some((key) => layout.columns.has(key))) missing.push('incubationAreaM2');
  return [
    ...missing.map((key) => ({ field: columnSpec(key).header[language], code: 'import.column.missing' })),
    ...layout.duplicates.map((header) => ({ field: header, code: 'import.column.duplicate' })),
  ];
}

interface CheckedRow {
  carrier?: CarrierCreate;
  key?: NameKey;
  errors: { path: string; code: string; message: string }[];
  warnings: RowIssue[];
}

/** Reads a row and validates it with the shared schema; the reader's own findings win on their field. */
function checkRow(sheetRow: SheetRow, layout: HeaderLayout, options: ValidateOptions): CheckedRow {
  const reading = readCarrierRow(sheetRow.cells, layout, { defaultRegion: options.defaultRegion });
  const result = CarrierCreateSchema.safeParse(reading.submission);
  const own = reading.issues.map((problem) => ({ ...problem, message: importMessage(problem.code, options.language) }));
  const covered = (path: string) => own.some((problem) => path === problem.path || path.startsWith(`${problem.path}.`));
  const fromSchema = result.success
    ? phaseStateIssues(result.data.phases, options.today).map((problem) => ({ ...problem, message: translate(problem.code, options.language) }))
    : localizeIssues(result.error.issues, options.language).filter((problem) => !covered(problem.path));
  const { name, region } = reading.submission;
  const key = typeof name === 'string' && name.trim() && typeof region === 'string' && REGION_IDS.includes(region) ? { region, name: name.trim() } : undefined;
  return { carrier: result.success && own.length === 0 && fromSchema.length === 0 ? result.data : undefined, key, errors: uniqueErrors([...own, ...fromSchema]), warnings: reading.warnings };
}

function uniqueErrors<T extends { path: string; code: string }>(errors: T[]): T[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const id = `${error.path}|${error.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Later rows repeating a name of the same region, and every row whose name is already taken. */
async function findDuplicateNames(candidates: { row: number; key?: NameKey }[], takenNames: ValidateOptions['takenNames']) {
  const rowsByName = new Map<string, { key: NameKey; rows: number[] }>();
  const found: { row: number; code: string }[] = [];
  for (const { row, key } of candidates) {
    if (!key) continue;
    const id = nameKey(key);
    const seen = rowsByName.get(id);
    if (seen) {
      seen.rows.push(row);
      found.push({ row, code: 'import.name.duplicateInFile' });
    } else {
      rowsByName.set(id, { key, rows: [row] });
    }
  }
  const names = [...rowsByName.values()];
  const taken = names.length ? await takenNames(names.map(({ key }) => key)) : new Set<string>();
  for (const { key, rows } of names) {
    if (taken.has(nameKey(key))) found.push(...rows.map((row) => ({ row, code: 'carrier.name.duplicate' })));
  }
  return found;
}

/** The API path of a field → the column that holds it. */
export function columnForPath(path: string): ColumnKey {
  const [head, , field] = path.split('.');
  switch (head) {
    case 'location':
      return field === '1' ? 'latitude' : 'longitude';
    case 'locationDatum':
      return 'datum';
    case 'phases':
      return PHASE_COLUMNS[field ?? ''] ?? 'status';
    case 'recognitions':
      return field === 'year' ? 'recognitionYear' : 'tier';
    default:
      return COLUMNS.some((spec) => spec.key === head) ? (head as ColumnKey) : 'name';
  }
}

const PHASE_COLUMNS: Record<string, ColumnKey> = {
  label: 'phaseLabel',
  incubationAreaM2: 'incubationAreaM2',
  floorAreaM2: 'floorAreaM2',
  status: 'status',
  constructionStartedOn: 'constructionStartedOn',
  plannedOpeningOn: 'plannedOpeningOn',
  openedOn: 'openedOn',
  closedOn: 'closedOn',
};

/** The header as the file writes it, or ours when the file has no such column. */
function fieldName(layout: HeaderLayout, key: ColumnKey, language: Language): string {
  return layout.columns.get(key)?.header ?? columnSpec(key).header[language];
}

function byRowThenColumn(layout: HeaderLayout) {
  const position = (issue: ImportIssue) => layout.columns.get(columnForPath(issue.path))?.index ?? Number.MAX_SAFE_INTEGER;
  return (a: ImportIssue, b: ImportIssue) => a.row - b.row || position(a) - position(b);
}

function preview(row: number, carrier: CarrierCreate, today: IsoDate): PreviewCarrier {
  const fields = toStoredFields(carrier);
  const record: CarrierRecord = { ...fields, provenance: { ...fields.provenance }, id: '', version: 0, createdAt: '', updatedAt: '' };
  const stored: CarrierCreate = {
    ...carrier,
    location: fields.location,
    ...(fields.location ? { locationDatum: 'wgs84' as const } : {}),
  };
  return { row, carrier: stored, derived: deriveCarrier(record, today) };
}
