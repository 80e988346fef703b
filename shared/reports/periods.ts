import type { IsoDate } from '../dates';
import type { CarrierRecord } from '../carriers/record';

/*
 * Reporting periods. The statistics of year Y are filed from 1 January to 15 February of
 * Y + 1 (the Torch statistics' calendar); planners may move either date, and may reopen a
 * closed period for one carrier so that its late report is accepted.
 */

export interface ReportingPeriod {
  /** The year the statistics are about. */
  year: number;
  opensOn: IsoDate;
  dueOn: IsoDate;
  /** Carriers a planner reopened the closed period for. */
  reopenedFor: string[];
}

export type PeriodState = 'upcoming' | 'open' | 'closed';

export function defaultPeriod(year: number): ReportingPeriod {
  return { year, opensOn: `${year + 1}-01-01`, dueOn: `${year + 1}-02-15`, reopenedFor: [] };
}

/** Upcoming before it opens, open until the end of its due date, closed after. */
export function periodState(period: Pick<ReportingPeriod, 'opensOn' | 'dueOn'>, today: IsoDate): PeriodState {
  if (today < period.opensOn) return 'upcoming';
  return today <= period.dueOn ? 'open' : 'closed';
}

/** Whether a report for the period is accepted today from a carrier's manager. */
export function acceptsReportFrom(period: ReportingPeriod, carrierId: string, today: IsoDate): boolean {
  return periodState(period, today) === 'open' || (periodState(period, today) === 'closed' && period.reopenedFor.includes(carrierId));
}

/**
 * The year of the latest period whose due date has passed (with default dates: last year's
 * until 15 February, then the year before's is the last closed one until the next due date).
 */
export function lastClosedYear(today: IsoDate, periodOf: (year: number) => ReportingPeriod = defaultPeriod): number {
  let year = Number(today.slice(0, 4));
  while (periodState(periodOf(year), today) !== 'closed') year -= 1;
  return year;
}

/** The year of the latest period that has opened (open now, or the last closed one). */
export function currentPeriodYear(today: IsoDate, periodOf: (year: number) => ReportingPeriod = defaultPeriod): number {
  let year = Number(today.slice(0, 4));
  while (periodState(periodOf(year), today) === 'upcoming') year -= 1;
  return year;
}

/** A carrier reports for a year when one of its phases was open during it. */
export function expectedToReport(carrier: Pick<CarrierRecord, 'phases'>, year: number): boolean {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return carrier.phases.some((phase) => phase.openedOn !== undefined && phase.openedOn <= end && (phase.closedOn === undefined || phase.closedOn >= start));
}

/** A record not confirmed (verified) for this many months is stale. */
export const RECORD_STALE_MONTHS = 12;
