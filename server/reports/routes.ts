import { Router } from 'express';
import { z } from 'zod';
import { PeriodUpdateSchema, ReminderSchema, ReportingExportQuerySchema, ReportingStatusQuerySchema } from '@shared/api/reports';
import { year } from '@shared/fields/values';
import { MAX_YEAR, MIN_YEAR } from '@shared/carriers/limits';
import { ReportInputSchema, ReportParamsSchema } from '@shared/reports/schema';
import { todayInChina } from '@shared/dates';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { requestLanguage } from '../http/language';
import { IdParams } from '../http/validate';
import { sendStatisticsExport } from './export';
import type { ReportService } from './service';

const YearParams = z.object({ year: z.coerce.number({ message: 'year.integer' }).pipe(year(MIN_YEAR, MAX_YEAR)) });

/** A carrier's yearly reports, mounted at /api/carriers before the record routes. */
export function carrierReportRoutes(context: AppContext, reports: ReportService): Router {
  const router = Router();

  router.get('/:id/reports', permit(context, 'report:read'), ...endpoint({ params: IdParams }, async ({ params }, request, response) => {
    response.json(await reports.listForCarrier(request, params.id));
  }));

  router.get('/:id/reports/:year', permit(context, 'report:read'), ...endpoint({ params: ReportParamsSchema }, async ({ params }, request, response) => {
    response.json(await reports.get(request, params.id, params.year));
  }));

  router.put('/:id/reports/:year', permit(context, 'report:submit'), ...endpoint({ params: ReportParamsSchema, body: ReportInputSchema }, async ({ params, body }, request, response) => {
    const result = await reports.submit(request, params.id, params.year, body);
    response.status(result.status).json(result.body);
  }));

  return router;
}

/** The bureau's side of the cycle: periods, progress of the reporting, reminders, the statistics export. */
export function reportingRoutes(context: AppContext, reports: ReportService): Router {
  const router = Router();

  router.get('/periods', permit(context, 'reporting:read'), async (_request, response) => {
    response.json({ items: await reports.periods() });
  });

  router.put('/periods/:year', permit(context, 'reporting:manage'), ...endpoint({ params: YearParams, body: PeriodUpdateSchema }, async ({ params, body }, request, response) => {
    response.json({ period: await reports.setPeriod(actorOf(request), params.year, body, request) });
  }));

  router.get('/status', permit(context, 'reporting:status'), ...endpoint({ query: ReportingStatusQuerySchema }, async ({ query }, _request, response) => {
    response.json(await reports.status(query.year, query.region));
  }));

  router.post('/reminders', permit(context, 'reporting:manage'), ...endpoint({ body: ReminderSchema }, async ({ body }, request, response) => {
    response.json(await reports.remind(actorOf(request), body.year, body.region, request));
  }));

  router.get('/mine', permit(context, 'reporting:read'), async (request, response) => {
    response.json(await reports.mine(actorOf(request)));
  });

  router.get('/export', permit(context, 'reporting:export'), ...endpoint({ query: ReportingExportQuerySchema }, async ({ query }, request, response) => {
    await sendStatisticsExport(response, reports, { ...query, language: requestLanguage(request), date: todayInChina(new Date(context.now())) });
  }));

  return router;
}
