import mongoose from 'mongoose';
import type { ReportView } from '@shared/api/reports';
import type { Models } from '../db/models';
import type { ReportDocumentFields } from './model';
import { presentReport } from './presenter';

/*
 * Read-only questions other services ask of the verified reports (the tier check, the
 * dashboard's freshness, the export). Only verified reports exist in this collection, so
 * whatever these return counts.
 */
export function reportLookups(models: Models) {
  const { Report } = models;
  return {
    /** The latest verified report of a carrier, or of a year at most `upToYear`; null when it never reported. */
    async latestVerifiedReport(carrierId: string, upToYear?: number): Promise<ReportView | null> {
      const filter: Record<string, unknown> = { carrierId };
      if (upToYear !== undefined) filter.year = mongoose.trusted({ $lte: upToYear });
      const doc = await Report.findOne(filter).sort({ year: -1 }).lean<ReportDocumentFields>();
      return doc ? presentReport(doc) : null;
    },

    /** The verified report of one year, or null. */
    async verifiedReport(carrierId: string, year: number): Promise<ReportView | null> {
      const doc = await Report.findOne({ carrierId, year }).lean<ReportDocumentFields>();
      return doc ? presentReport(doc) : null;
    },

    /** Every verified report of a carrier, newest first. */
    async verifiedReportsOf(carrierId: string): Promise<ReportView[]> {
      const docs = await Report.find({ carrierId }).sort({ year: -1 }).lean<ReportDocumentFields[]>();
      return docs.map(presentReport);
    },

    /** The verified reports of one year, by carrier id. */
    async verifiedReportsForYear(year: number): Promise<Map<string, ReportView>> {
      const docs = await Report.find({ year }).lean<ReportDocumentFields[]>();
      return new Map(docs.map((doc) => [doc.carrierId, presentReport(doc)]));
    },

    /** Each carrier's latest verified report up to a year (for many carriers at once). */
    async latestVerifiedReports(upToYear?: number): Promise<Map<string, ReportView>> {
      const filter = upToYear === undefined ? {} : { year: mongoose.trusted({ $lte: upToYear }) };
      const docs = await Report.find(filter).sort({ year: 1 }).lean<ReportDocumentFields[]>();
      return new Map(docs.map((doc) => [doc.carrierId, presentReport(doc)]));
    },
  };
}

export type ReportLookups = ReturnType<typeof reportLookups>;
