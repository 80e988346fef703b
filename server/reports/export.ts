import type { Response } from 'express';
import { columnsOf } from '@shared/fields/table';
import { KINDS } from '@shared/carriers/vocabulary';
import type { IsoDate } from '@shared/dates';
import { findRegion, regionAndDescendants } from '@shared/regions';
import { reportFields } from '@shared/reports/fields';
import { occupancyOf } from '@shared/reports/rules';
import type { Language } from '@shared/validation/messages';
import type { ColumnSpec } from '../carriers/transfer/columns';
import { writeCsv } from '../carriers/transfer/csvWriter';
import { contentDisposition, CONTENT_TYPES } from '../carriers/transfer/download';
import type { Table, TableValue } from '../carriers/transfer/table';
import { streamXlsx } from '../carriers/transfer/xlsxWriter';
import type { ReportService } from './service';

/*
 * The statistics of one period in the Torch layout: a title naming the period and the
 * region, Chinese headers (money in 千元, areas in ㎡), one row per carrier with a verified
 * report. XLSX streams to the response; CSV starts with a BOM for Excel and WPS.
 */

const column = (key: string, zh: string, en: string, type: ColumnSpec['type'], width: number): ColumnSpec => ({
  key, header: { zh, en }, aliases: [], type, path: key, importable: false, inTemplate: false, width,
});

/** Columns that name the carrier, then every field of the report table, then occupancy (derived). */
export const STATISTICS_COLUMNS: readonly ColumnSpec[] = [
  column('name', '载体名称', 'Carrier', 'text', 32),
  column('kind', '类型', 'Kind', 'text', 10),
  column('district', '区镇', 'District', 'text', 12),
  ...columnsOf(reportFields).map((spec) => column(spec.field, spec.header.zh, spec.header.en, spec.cell, spec.width)),
  column('occupancy', '出租率(%)', 'Occupancy (%)', 'number', 10),
  column('verifiedAt', '核实日期', 'Verified on', 'date', 12),
  column('source', '数据来源', 'Source', 'text', 14),
];

export async function statisticsTable(reports: ReportService, year: number, region: string, language: Language): Promise<Table> {
  const inside = new Set(regionAndDescendants(region));
  const [carriers, verified] = await Promise.all([reports.carriersIn(inside), reports.lookups.verifiedReportsForYear(year)]);
  const districtName = (regionId: string, district?: string) => findRegion(regionId)?.districts.find((candidate) => candidate.id === district)?.name[language] ?? district ?? '';
  const rows: TableValue[][] = [];
  for (const carrier of carriers) {
    const report = verified.get(carrier.id);
    if (!report) continue;
    const figures = report as unknown as Record<string, unknown>;
    const occupancy = occupancyOf(report);
    rows.push(
      STATISTICS_COLUMNS.map((spec) => {
        switch (spec.key) {
          case 'name':
            return carrier.name;
          case 'kind':
            return KINDS.name(carrier.kind)[language];
          case 'district':
            return districtName(carrier.region, carrier.district);
          case 'occupancy':
            return occupancy === null ? null : Math.round(occupancy * 1000) / 10;
          case 'verifiedAt':
            return report.verifiedAt.slice(0, 10);
          case 'source':
            return report.synthetic ? (language === 'zh' ? '演示数据（虚构）' : 'Synthetic demo') : language === 'zh' ? '载体填报' : 'Reported';
          default: {
            const value = figures[spec.key];
            return typeof value === 'number' || typeof value === 'string' ? value : null;
          }
        }
      }),
    );
  }
  return { columns: STATISTICS_COLUMNS, headers: STATISTICS_COLUMNS.map((spec) => spec.header[language]), rows };
}

export function statisticsTitle(year: number, region: string, language: Language): string {
  const name = findRegion(region)?.name[language] ?? region;
  return language === 'zh' ? `${name} ${year} 年度科技企业孵化载体统计（金额单位：千元；面积单位：㎡）` : `${name}: incubation carrier statistics ${year} (money in thousand yuan, areas in m²)`;
}

export async function sendStatisticsExport(
  response: Response,
  reports: ReportService,
  options: { year: number; region: string; format: 'xlsx' | 'csv'; language: Language; date: IsoDate },
): Promise<void> {
  const { year, region, format, language } = options;
  const table = await statisticsTable(reports, year, region, language);
  const title = statisticsTitle(year, region, language);
  const fileName = `${language === 'zh' ? '年度统计' : 'statistics'}-${region}-${year}.${format}`;
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  response.setHeader('Content-Disposition', contentDisposition(fileName, `statistics-${region}-${year}.${format}`));
  response.setHeader('Cache-Control', 'private, no-store');
  if (format === 'csv') {
    // The title is the CSV's first line, as in the workbook; the header follows.
    const csv = writeCsv({ ...table, headers: table.headers, rows: table.rows });
    const titleLine = Buffer.from(`\uFEFF${title}\r\n`, 'utf8');
    response.send(Buffer.concat([titleLine, csv.subarray(3)]));
    return;
  }
  await streamXlsx([{ name: language === 'zh' ? '年度统计' : 'Statistics', table }], response, { title: () => title });
  response.end();
}
