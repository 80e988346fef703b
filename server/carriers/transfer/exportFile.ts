import type { CarrierRecord } from '@shared/carriers/record';
import type { EXPORT_FORMATS } from '@shared/carriers/query';
import type { IsoDate } from '@shared/dates';
import type { Language } from '@shared/validation/messages';
import { writeCsv } from './csvWriter';
import { exportNotes } from './exportNotes';
import { carrierTable } from './exportTable';
import { carrierFeatureCollection } from './geojsonWriter';
import { writeXlsx } from './xlsxWriter';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: Buffer;
  /** 载体清单-2026-11-25.csv for Chinese callers, carriers-2026-11-25.csv otherwise. */
  fileName: string;
  asciiFallback: string;
}

/** Verified carriers as a file to download: CSV and XLSX one row per phase, GeoJSON one feature per carrier. */
export async function exportFile(
  format: ExportFormat,
  carriers: readonly CarrierRecord[],
  options: { language: Language; date: IsoDate; exportedAt: Date; filters: string },
): Promise<ExportFile> {
  const { language, date } = options;
  const names = { fileName: `${language === 'zh' ? '载体清单' : 'carriers'}-${date}.${format}`, asciiFallback: `carriers-${date}.${format}` };
  if (format === 'geojson') return { body: Buffer.from(JSON.stringify(carrierFeatureCollection(carriers, date))), ...names };
  const table = carrierTable(carriers, language, date);
  if (format === 'csv') return { body: writeCsv(table), ...names };
  const notes = exportNotes({ language, exportedAt: options.exportedAt, carriers: carriers.length, rows: table.rows.length, filters: options.filters });
  const body = await writeXlsx([
    { name: language === 'zh' ? '载体清单' : 'Carriers', table },
    { name: language === 'zh' ? '说明' : 'About', table: notes, widths: [14, 60] },
  ]);
  return { body, ...names };
}
