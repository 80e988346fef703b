import { cellText, parseDate, parseNumber, parseYear, type CellValue } from './cells';
import type { ColumnKey } from './columns';
import type { HeaderLayout } from './headerLayout';
import { parseDatum, parseDistrict, parseIndustry, parseKind, parseRegion, parseStatus, parseTier, regionOfDistrict, type Parsed } from './labels';

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

/** Separators officials put between industries: 、，,；;/| and spaces. */
const LIST_SEPARATORS = /[、,，;；/|｜\s]+/;

/**
 * Turns one spreadsheet row into a carrier submission. Vocabulary words (孵化器, 省级, 投用,
 * 太仓高新区 …) become identifiers; a value that cannot be read is passed on as written so
 * the shared schema reports it with its usual message. Only what the schema cannot know
 * (a tier without its year, half a coordinate, a missing region) is reported here.
 */
export function readCarrierRow(cells: CellValue[], layout: HeaderLayout, options: { defaultRegion?: string } = {}): RowReading {
  const cell = (key: ColumnKey): CellValue => {
    const column = layout.columns.get(key);
    return column ? (cells[column.index] ?? null) : null;
  };
  const text = (key: ColumnKey): string => cellText(cell(key));
  const scaleOf = (key: ColumnKey): number => layout.columns.get(key)?.scale ?? 1;
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];

  const region = resolveRegion(text('region'), text('district'), options.defaultRegion);
  if (region === undefined) issues.push({ path: 'region', code: 'import.region.required' });
  const district = text('district') && region !== undefined ? valueOrRaw(parseDistrict(region, text('district'))) : undefined;

  const phase = withoutUndefined({
    label: text('phaseLabel') || FIRST_PHASE_LABEL,
    incubationAreaM2: parseNumber(cell('incubationAreaM2'), scaleOf('incubationAreaM2')),
    floorAreaM2: parseNumber(cell('floorAreaM2'), scaleOf('floorAreaM2')),
    status: optionalWord(text('status'), parseStatus),
    constructionStartedOn: parseDate(cell('constructionStartedOn')),
    plannedOpeningOn: parseDate(cell('plannedOpeningOn')),
    openedOn: parseDate(cell('openedOn')),
    closedOn: parseDate(cell('closedOn')),
  });

  const location = readLocation(cell('longitude'), cell('latitude'), issues);
  const datumText = text('datum');
  if (location && !datumText) warnings.push({ path: 'locationDatum', code: 'import.datum.assumedWgs84' });

  const submission = withoutUndefined({
    name: text('name') || undefined,
    kind: optionalWord(text('kind'), parseKind),
    region,
    district,
    address: text('address') || undefined,
    location,
    locationDatum: location ? optionalWord(datumText, parseDatum) : undefined,
    operator: text('operator') || undefined,
    industries: readIndustries(text('industries')),
    phases: [phase],
    recognitions: readRecognition(text('tier'), cell('recognitionYear'), issues),
  });
  return { submission, issues, warnings };
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

function readIndustries(textValue: string): string[] | undefined {
  if (!textValue) return undefined;
  const words = textValue.split(LIST_SEPARATORS).filter(Boolean);
  return [...new Set(words.map((word) => valueOrRaw(parseIndustry(word))))];
}

/** “省级” with 认定年份 2021, or the year written into the tier cell: “省级（2021）”, “省级2021年”. */
function readRecognition(tierText: string, yearCell: CellValue, issues: RowIssue[]) {
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
  return [{ tier: valueOrRaw(tier), year }];
}

function optionalWord<T>(textValue: string, parse: (text: string) => Parsed<T>): T | string | undefined {
  return textValue ? valueOrRaw(parse(textValue)) : undefined;
}

function valueOrRaw<T>(parsed: Parsed<T>): T | string {
  return parsed.ok ? parsed.value : parsed.raw;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}
