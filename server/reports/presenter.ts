import { reportFields } from '@shared/reports/fields';
import { occupancyOf, type ReportFigures } from '@shared/reports/rules';
import type { ReportView } from '@shared/api/reports';
import { presentTable } from '../db/fromZod';
import type { ReportDocumentFields } from './model';

/** The figures of a stored report or a pending submission, whitelisted by the table. */
export function figuresOf(doc: Record<string, unknown>): ReportFigures {
  return presentTable(reportFields, doc) as ReportFigures;
}

/** A verified report as the API and other services see it: its figures flat, as submitted, plus who verified it when. */
export function presentReport(doc: ReportDocumentFields): ReportView {
  const figures = figuresOf(doc as unknown as Record<string, unknown>);
  return {
    ...figures,
    carrierId: doc.carrierId,
    year: doc.year,
    occupancy: occupancyOf(figures),
    submittedBy: doc.submittedBy ? { id: doc.submittedBy, username: doc.submittedByName ?? null } : null,
    submittedAt: doc.submittedAt?.toISOString() ?? null,
    verifiedBy: doc.verifiedBy ? { id: doc.verifiedBy, username: doc.verifiedByName ?? null } : null,
    verifiedAt: doc.verifiedAt.toISOString(),
    synthetic: doc.synthetic ?? false,
    source: doc.source ?? null,
  };
}
