import { tierAt } from '@shared/carriers/derive';
import type { CarrierRecord, StoredPhase } from '@shared/carriers/record';
import { tierRank } from '@shared/carriers/vocabulary';
import type { IsoDate } from '@shared/dates';
import type { Language } from '@shared/validation/messages';
import { COLUMNS, type ColumnKey } from './columns';
import { DATUM_LABELS, INDUSTRY_LABELS, KIND_LABELS, STATUS_LABELS, TIER_LABELS, districtLabel, labelFor, regionLabel } from './labels';
import type { Table, TableValue } from './table';

/**
 * Carriers as a table with one row per phase, the carrier's columns repeated on each, so
 * that each phase keeps its own areas, status and dates. Headers and vocabulary are Chinese
 * for Chinese callers and the API's English identifiers otherwise; the import reads both.
 * Coordinates are WGS-84, as stored.
 */
export function carrierTable(carriers: readonly CarrierRecord[], language: Language, asOf: IsoDate): Table {
  const rows: TableValue[][] = [];
  for (const carrier of carriers) {
    // The carrier's cells once, copied for each phase: 20,000 carriers export in well under a second.
    const shared = cellsOf(carrierValues(carrier, language, asOf));
    if (carrier.phases.length === 0) rows.push(shared);
    for (const phase of carrier.phases) {
      const row = shared.slice();
      for (const [key, value] of Object.entries(phaseValues(phase, language))) row[COLUMN_INDEX.get(key as ColumnKey)!] = value ?? null;
      rows.push(row);
    }
  }
  return { columns: COLUMNS, headers: COLUMNS.map((column) => column.header[language]), rows };
}

const COLUMN_INDEX = new Map(COLUMNS.map((column, index) => [column.key, index]));

function cellsOf(values: Values): TableValue[] {
  return COLUMNS.map((column) => values[column.key] ?? null);
}

type Values = Partial<Record<ColumnKey, TableValue>>;

function carrierValues(carrier: CarrierRecord, language: Language, asOf: IsoDate): Values {
  const tier = tierAt(carrier.recognitions, asOf);
  const heldSince = tier ? carrier.recognitions.find((recognition) => recognition.tier === tier)?.year : undefined;
  const coordinates = carrier.location?.coordinates;
  return {
    name: carrier.name,
    kind: labelFor(KIND_LABELS, carrier.kind, language),
    region: regionLabel(carrier.region, language),
    district: carrier.district ? districtLabel(carrier.region, carrier.district, language) : null,
    tier: tier ? labelFor(TIER_LABELS, tier, language) : null,
    recognitionYear: heldSince ?? null,
    address: carrier.address ?? null,
    longitude: coordinates?.[0] ?? null,
    latitude: coordinates?.[1] ?? null,
    datum: coordinates ? DATUM_LABELS.wgs84 : null,
    operator: carrier.operator ?? null,
    industries: carrier.industries.map((industry) => labelFor(INDUSTRY_LABELS, industry, language)).join(language === 'zh' ? '、' : ', ') || null,
    recognitions:
      [...carrier.recognitions]
        .sort((a, b) => tierRank(b.tier) - tierRank(a.tier))
        .map((recognition) => `${labelFor(TIER_LABELS, recognition.tier, language)} ${recognition.year}`)
        .join(language === 'zh' ? '；' : '; ') || null,
    id: carrier.id,
  };
}

function phaseValues(phase: StoredPhase, language: Language): Values {
  return {
    phaseLabel: phase.label,
    incubationAreaM2: phase.incubationAreaM2 ?? null,
    floorAreaM2: phase.floorAreaM2 ?? null,
    status: labelFor(STATUS_LABELS, phase.status, language),
    constructionStartedOn: phase.constructionStartedOn ?? null,
    plannedOpeningOn: phase.plannedOpeningOn ?? null,
    openedOn: phase.openedOn ?? null,
    closedOn: phase.closedOn ?? null,
  };
}
