import type { ReportFigure } from './fields';
import { REPORT_FIGURES } from './fields';

/*
 * The checks a yearly report must pass. Errors refuse it; warnings (plausibility) only ask
 * for a comment that explains them, since a carrier that doubled in a year may well have.
 */

/** The figures of one report, as the API accepts and stores them. */
export type ReportFigures = Partial<Record<ReportFigure, number>> & { comment?: string };

export interface ReportIssue {
  /** The field the issue is about. */
  path: ReportFigure;
  /** A key of shared/validation/messages.ts. */
  code: string;
}

export interface ReportWarning extends ReportIssue {
  /** The figure last year and this year, for a year-on-year move. */
  previous?: number;
  current?: number;
  /** Firms per 100 ㎡, for the density check. */
  density?: number;
}

/** A figure that moves more than this share year on year needs a comment. */
export const YEAR_ON_YEAR_WARNING = 0.5;
/** More firms than this per 100 ㎡ of incubation space needs a comment. */
export const FIRMS_PER_100_M2_WARNING = 3;

/**
 * Cross-field errors within one report: tenant + public area ≤ site area; financed firms ≤
 * incubated firms. Figures left out are not checked.
 */
export function reportErrors(report: ReportFigures): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const { siteAreaM2, tenantAreaM2, publicAreaM2, financedFirms, incubatedFirms } = report;
  if (siteAreaM2 !== undefined && (tenantAreaM2 !== undefined || publicAreaM2 !== undefined)) {
    if ((tenantAreaM2 ?? 0) + (publicAreaM2 ?? 0) > siteAreaM2) issues.push({ path: tenantAreaM2 !== undefined ? 'tenantAreaM2' : 'publicAreaM2', code: 'report.area.exceedsSite' });
  }
  if (financedFirms !== undefined && incubatedFirms !== undefined && financedFirms > incubatedFirms) {
    issues.push({ path: 'financedFirms', code: 'report.financed.exceedsIncubated' });
  }
  return issues;
}

/** Errors against the year before: firms graduating this year were incubated last year. */
export function reportErrorsAgainst(report: ReportFigures, previous: ReportFigures | null): ReportIssue[] {
  if (!previous || report.graduatedFirms === undefined || previous.incubatedFirms === undefined) return [];
  return report.graduatedFirms > previous.incubatedFirms ? [{ path: 'graduatedFirms', code: 'report.graduated.exceedsLastYear' }] : [];
}

/**
 * Plausibility warnings: a figure more than 50% above or below last year's (when last year
 * had one above zero); more than 3 incubated firms per 100 ㎡ of the area they use (or of
 * the site, when the tenant area is not given).
 */
export function reportWarnings(report: ReportFigures, previous: ReportFigures | null): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  if (previous) {
    for (const figure of REPORT_FIGURES) {
      const current = report[figure];
      const before = previous[figure];
      if (current === undefined || before === undefined || before <= 0) continue;
      if (Math.abs(current - before) / before > YEAR_ON_YEAR_WARNING) warnings.push({ path: figure, code: 'report.warning.yearOnYear', previous: before, current });
    }
  }
  const area = report.tenantAreaM2 || report.siteAreaM2;
  if (report.incubatedFirms !== undefined && area) {
    const density = (report.incubatedFirms / area) * 100;
    if (density > FIRMS_PER_100_M2_WARNING) warnings.push({ path: 'incubatedFirms', code: 'report.warning.density', density: Math.round(density * 10) / 10 });
  }
  return warnings;
}

/** Occupancy: the share of the site the incubated firms use; null without both areas. */
export function occupancyOf(report: ReportFigures): number | null {
  if (!report.siteAreaM2 || report.tenantAreaM2 === undefined) return null;
  return report.tenantAreaM2 / report.siteAreaM2;
}
