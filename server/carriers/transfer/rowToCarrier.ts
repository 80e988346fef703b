import { INDUSTRY_VOCABULARY } from '@shared/carriers/vocabulary';
import { cellText, parseBoolean, parseDate, parseNumber, parseYear, type CellValue } from './cells';
import { COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
import type { HeaderLayout } from './headerLayout';
import { parseDistrict, parseRegion, parseTier, regionOfDistrict, type Parsed } from './labels';

/** A problem found while reading a row, before the shared schema sees it. */
export interface RowIssue {
  path: string;
  code: string;
}

export interface RowReading {
  /** The row as a carrier submission, for CarrierCreateSchema; unreadable values are kept as written. */
  submission: Record<string, unknown>;
  issues: RowIssue[];
  warnings: RowIssue[];
}

/** One row is one carrier with one phase; further phases are added in the form. */
export const FIRST_PHASE_LABEL = '一期';

/** Separators officials put between list items (industries): 、，,；;/| and spaces. */
const LIST_SEPARATORS = /[、,，;；/|｜\s]+/;

/** Columns read together by the readers below, not cell by cell. */
const COMPOSITE: ReadonlySet<ColumnKey> = new Set(['region', 'district', 'longitude', 'latitude', 'datum', 'tier', 'recognitionYear']);

/**
 * Turns one spreadsheet row into a carrier submission. Every column of the field tables is
 * read by its kind of cell (text, number, area, date, year, yes/no, a vocabulary word, a
 * list); a value that cannot be read is passed on as written, so the shared schema reports
 * it with its usual message. Only what the schema cannot know (a tier without its year,
 * half a coordinate, a missing region) is reported here.
 */
export function readCarrierRow(cells: CellValue[], layout: HeaderLayout, options: { defaultRegion?: string } = {}): RowReading {
  const cell = (key: ColumnKey): CellValue => {
    const column = layout.columns.get(key);
    return column ? (cells[column.index] ?? null) : null;
  };
  const text = (key: ColumnKey): string => cellText(cell(key));
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const groups = { carrier: {} as Record<string, unknown>, phase: {} as Record<string, unknown>, recognition: {} as Record<string, unknown>, contact: {} as Record<string, unknown> };

  for (const column of COLUMNS) {
    const located = layout.columns.get(column.key);
    if (!located || !column.importable || COMPOSITE.has(column.key)) continue;
    const value = readCell(column, cells[located.index] ?? null, located.scale, warnings);
    if (value === undefined) continue;
    const [target, field] = placeOf(column.path, groups);
    target[field] = value;
  }

  const region = resolveRegion(text('region'), text('district'), options.defaultRegion);
  if (region === undefined) issues.push({ path: 'region', code: 'import.region.required' });
  const district = text('district') && region !== undefined ? valueOrRaw(parseDistrict(region, text('district'))) : undefined;

  const location = readLocation(cell('longitude'), cell('latitude'), issues);
  const datumColumn = COLUMNS.find((column) => column.key === 'datum')!;
  const datum = location ? readCell(datumColumn, cell('datum'), 1, warnings) : undefined;
  if (location && datum === undefined) warnings.push({ path: 'locationDatum', code: 'import.datum.assumedWgs84' });

  const recognition = readRecognition(text('tier'), cell('recognitionYear'), groups.recognition, issues);
  const submission = withoutUndefined({
    ...groups.carrier,
    region,
    district,
    location,
    locationDatum: datum,
    phases: [{ label: FIRST_PHASE_LABEL, ...groups.phase }],
    recognitions: recognition ? [recognition] : undefined,
    contact: Object.keys(groups.contact).length ? groups.contact : undefined,
  });
  return { submission, issues, warnings };
}

/** Which object of the row a column fills, and under which field. */
function placeOf(path: string, groups: Record<'carrier' | 'phase' | 'recognition' | 'contact', Record<string, unknown>>): [Record<string, unknown>, string] {
  const parts = path.split('.');
  if (parts[0] === 'phases') return [groups.phase, parts[2]!];
  if (parts[0] === 'recognitions') return [groups.recognition, parts[2]!];
  if (parts[0] === 'contact') return [groups.contact, parts[1]!];
  return [groups.carrier, path];
}

/** One cell, read the way its column's kind of value is written. */
function readCell(column: ColumnSpec, value: CellValue, scale: number, warnings: RowIssue[]): unknown {
  switch (column.type) {
    case 'number':
    case 'area':
    case 'coordinate':
      return parseNumber(value, scale);
    case 'date':
      return parseDate(value);
    case 'year':
      return parseYear(value);
    case 'boolean':
      return parseBoolean(value);
    case 'vocabulary': {
      const written = cellText(value);
      return written && column.vocabulary ? valueOrRaw(column.vocabulary.parse(written)) : written || undefined;
    }
    case 'list':
      return readList(cellText(value), column, warnings);
    default:
      return cellText(value) || undefined;
  }
}

/**
 * A list of vocabulary words. A word the vocabulary does not know is kept as written: for
 * industries that is the point (a county's own 主导产业 term is still its industry), and the
 * import says so in a warning rather than refusing the row.
 */
function readList(written: string, column: ColumnSpec, warnings: RowIssue[]): string[] | undefined {
  if (!written) return undefined;
  const words = written.split(LIST_SEPARATORS).filter(Boolean);
  const values = words.map((word) => {
    const parsed = column.vocabulary?.parse(word);
    if (parsed?.ok) return parsed.value;
    if (column.vocabulary === INDUSTRY_VOCABULARY) warnings.push({ path: column.path, code: 'import.industry.unknown' });
    return word;
  });
  return [...new Set(values)];
}

function resolveRegion(regionText: string, districtText: string, defaultRegion: string | undefined): string | undefined {
  if (regionText) return valueOrRaw(parseRegion(regionText));
  if (defaultRegion) return defaultRegion;
  return (districtText && regionOfDistrict(districtText)) || undefined;
}

function readLocation(longitude: CellValue, latitude: CellValue, issues: RowIssue[]) {
  const lng = parseNumber(longitude);
  const lat = parseNumber(latitude);
  if (lng === undefined && lat === undefined) return undefined;
  if (lng === undefined || lat === undefined) {
    issues.push({ path: `location.coordinates.${lng === undefined ? 0 : 1}`, code: 'import.coordinates.pair' });
    return undefined;
  }
  return { type: 'Point', coordinates: [lng, lat] };
}

/**
 * “省级” with 认定年份 2021, or the year written into the tier cell: “省级（2021）”,
 * “省级2021年”; with the recognition's other columns (its date, document number).
 */
function readRecognition(tierText: string, yearCell: CellValue, other: Record<string, unknown>, issues: RowIssue[]) {
  const yearInTier = /(\d{4})\s*年?/.exec(tierText.normalize('NFKC'));
  const tierWord = yearInTier ? tierText.normalize('NFKC').replace(yearInTier[0], '').replace(/[()（）\s]/g, '') : tierText;
  const year = parseYear(yearCell) ?? (yearInTier ? Number(yearInTier[1]) : undefined);
  if (!tierWord && year === undefined) return undefined;
  if (!tierWord) {
    issues.push({ path: 'recognitions.0.tier', code: 'import.tier.required' });
    return undefined;
  }
  const tier = parseTier(tierWord);
  if (!tier.ok && tier.ambiguous) {
    issues.push({ path: 'recognitions.0.tier', code: 'import.tier.ambiguous' });
    return undefined;
  }
  if (year === undefined) {
    issues.push({ path: 'recognitions.0.year', code: 'import.recognitionYear.required' });
    return undefined;
  }
  return { ...other, tier: valueOrRaw(tier), year };
}

function valueOrRaw<T>(parsed: Parsed<T>): T | string {
  return parsed.ok ? parsed.value : parsed.raw;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}
