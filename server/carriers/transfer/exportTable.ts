import { tierAt } from '@shared/carriers/derive';
import type { CarrierRecord } from '@shared/carriers/record';
import { DATUM_VOCABULARY, TIER_VOCABULARY, tierRank } from '@shared/carriers/vocabulary';
import type { IsoDate } from '@shared/dates';
import type { Language } from '@shared/validation/messages';
import { COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
import { districtLabel, regionLabel, vocabularyLabel } from './labels';
import type { Table, TableValue } from './table';

/**
 * Carriers as a table with one row per phase, the carrier's columns repeated on each, so
 * that each phase keeps its own areas, status and dates. Headers and vocabulary are Chinese
 * for Chinese callers and the API's English identifiers otherwise; the import reads both.
 * Coordinates are WGS-84, as stored.
 */
export function carrierTable(carriers: readonly CarrierRecord[], language: Language, asOf: IsoDate): Table {
  const rows: TableValue[][] = [];
  const phaseColumns = COLUMNS.map((column, index) => [column, index] as const).filter(([column]) => column.path.startsWith('phases.0.'));
  for (const carrier of carriers) {
    // The carrier's cells once, copied for each phase: 20,000 carriers export in well under a second.
    const shared = carrierCells(carrier, language, asOf);
    if (carrier.phases.length === 0) rows.push(shared);
    for (const phase of carrier.phases) {
      const row = shared.slice();
      for (const [column, index] of phaseColumns) row[index] = cellOf(column, (phase as Record<string, unknown>)[fieldOf(column)], language);
      rows.push(row);
    }
  }
  return { columns: COLUMNS, headers: COLUMNS.map((column) => column.header[language]), rows };
}

const fieldOf = (column: ColumnSpec) => column.path.split('.').at(-1)!;

/** A stored value as a spreadsheet shows it, by its column's kind of value. */
function cellOf(column: ColumnSpec, value: unknown, language: Language): TableValue {
  if (value === undefined || value === null || value === '') return null;
  switch (column.type) {
    case 'vocabulary':
      return column.vocabulary ? vocabularyLabel(column.vocabulary, String(value), language) : String(value);
    case 'list': {
      const items = (value as string[]).map((item) => (column.vocabulary ? vocabularyLabel(column.vocabulary, item, language) : item));
      return items.join(language === 'zh' ? '、' : ', ') || null;
    }
    case 'boolean':
      return value ? (language === 'zh' ? '是' : 'yes') : language === 'zh' ? '否' : 'no';
    default:
      return typeof value === 'number' ? value : String(value);
  }
}

function carrierCells(carrier: CarrierRecord, language: Language, asOf: IsoDate): TableValue[] {
  const composite = compositeValues(carrier, language, asOf);
  return COLUMNS.map((column) => {
    if (column.key in composite) return composite[column.key] ?? null;
    if (column.path.startsWith('phases.')) return null;
    // A top-level field (`website`) or a nested one (`contact.phone`).
    const [head, nested] = column.path.split('.');
    const stored = (carrier as Record<string, unknown>)[head!];
    return cellOf(column, nested ? (stored as Record<string, unknown> | undefined)?.[nested] : stored, language);
  });
}

/** The columns read and written together: the place, the tier held (with its document), the coordinate pair. */
function compositeValues(carrier: CarrierRecord, language: Language, asOf: IsoDate): Partial<Record<ColumnKey, TableValue>> {
  const tier = tierAt(carrier.recognitions, asOf);
  const held = tier ? carrier.recognitions.find((recognition) => recognition.tier === tier) : undefined;
  const coordinates = carrier.location?.coordinates;
  return {
    region: regionLabel(carrier.region, language),
    district: carrier.district ? districtLabel(carrier.region, carrier.district, language) : null,
    tier: tier ? vocabularyLabel(TIER_VOCABULARY, tier, language) : null,
    recognitionYear: held?.year ?? null,
    recognizedOn: held?.recognizedOn ?? null,
    documentNumber: held?.documentNumber ?? null,
    longitude: coordinates?.[0] ?? null,
    latitude: coordinates?.[1] ?? null,
    datum: coordinates ? DATUM_VOCABULARY.name('wgs84').zh : null,
    recognitions:
      [...carrier.recognitions]
        .sort((a, b) => tierRank(b.tier) - tierRank(a.tier))
        .map((recognition) => `${vocabularyLabel(TIER_VOCABULARY, recognition.tier, language)} ${recognition.year}`)
        .join(language === 'zh' ? '；' : '; ') || null,
    id: carrier.id,
  };
}

