import { yearOf, type IsoDate } from '@shared/dates';
import { figuresFrom, type ReportFigures } from '@shared/tiers';
import type { Connection } from 'mongoose';

/**
 * Where the tier check reads a carrier's statistics: its latest verified report for a year
 * before as-of (a year's figures are filed after it ends), with the number of consecutive
 * years filed up to it. A port, so the yearly-report service can stand behind it.
 */
export interface ReportSource {
  latestVerifiedReport(carrierId: string, asOf: IsoDate): Promise<ReportFigures | undefined>;
  /** The same for many carriers at once (candidate lists). */
  latestVerifiedReports(carrierIds: readonly string[], asOf: IsoDate): Promise<Map<string, ReportFigures>>;
}

interface StoredReport {
  carrierId: string;
  year: number;
  status?: string;
  figures?: Record<string, unknown>;
  [figure: string]: unknown;
}

/** The latest report and how many years in a row end with it. */
function latestOf(reports: StoredReport[]): ReportFigures | undefined {
  const sorted = [...reports].sort((a, b) => b.year - a.year);
  const latest = sorted[0];
  if (!latest) return undefined;
  let filed = 1;
  while (sorted[filed] && sorted[filed]!.year === latest.year - filed) filed += 1;
  return figuresFrom({ ...latest, ...(latest.figures ?? {}) }, latest.year, filed);
}

/**
 * Reads a `reports` collection when there is one: `{carrierId, year, …figures}` (verified
 * reports; a `status` other than 'verified' is skipped) (figures at the top level or under `figures`). Without one, no report.
 */
export function collectionReportSource(connection: Connection): ReportSource {
  const reports = () => connection.collection<StoredReport>('reports');
  async function find(carrierIds: readonly string[], asOf: IsoDate): Promise<StoredReport[]> {
    if (carrierIds.length === 0) return [];
    const found = (await reports()
      .find({ carrierId: { $in: [...carrierIds] }, year: { $lt: yearOf(asOf) } })
      .toArray()) as StoredReport[];
    // The reports collection holds verified reports; a status, where one is kept, must say so.
    return found.filter((report) => report.status === undefined || report.status === 'verified');
  }
  return {
    async latestVerifiedReport(carrierId, asOf) {
      return latestOf(await find([carrierId], asOf));
    },
    async latestVerifiedReports(carrierIds, asOf) {
      const byCarrier = new Map<string, StoredReport[]>();
      for (const report of await find(carrierIds, asOf)) (byCarrier.get(report.carrierId) ?? byCarrier.set(report.carrierId, []).get(report.carrierId)!).push(report);
      const answer = new Map<string, ReportFigures>();
      for (const [id, list] of byCarrier) {
        const latest = latestOf(list);
        if (latest) answer.set(id, latest);
      }
      return answer;
    },
  };
}
