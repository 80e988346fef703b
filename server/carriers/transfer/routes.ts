import { Router } from 'express';
import { z } from 'zod';
import { CarrierExportQuerySchema } from '@shared/carriers/query';
import { todayInChina } from '@shared/dates';
import { REGION_IDS } from '@shared/regions';
import { actorOf, permit } from '../../auth/guards';
import type { ChangeService } from '../../changes/service';
import type { AppContext } from '../../context';
import { requestLanguage } from '../../http/language';
import { endpoint } from '../../http/endpoint';
import { uploadParsing } from '../../uploads/parseSlots';
import type { CarrierService } from '../service';
import { commitImport } from './commitImport';
import { sendDownload } from './download';
import { exportFile } from './exportFile';
import { importHasErrors, nothingToImport } from './importErrors';
import { readUpload } from './readUpload';
import { takenNamesIn } from './takenNames';
import { templateFile } from './template';
import { readUploadBody, requireSpreadsheetType, uploadOf } from './upload';
import { validateImport } from './validateImport';

const ImportQuerySchema = z.strictObject({
  /** A dry run unless told otherwise: an upload stores nothing by accident. */
  dryRun: z.enum(['true', 'false'], { message: 'boolean' }).optional().transform((value) => value !== 'false'),
  /** Region for rows that name none, e.g. the importing county's own. */
  region: z.enum(REGION_IDS, { message: 'carrier.region.invalid' }).optional(),
});

const TemplateQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx'], { message: 'import.template.format' }).default('xlsx'),
});

/**
 * Import (CSV/XLSX, dry run then all-or-nothing commit), its template, and exports.
 * Mounted at /api/carriers before the record routes, so /export is not taken for an id.
 */
export function transferRoutes(context: AppContext, carriers: CarrierService, changes: ChangeService): Router {
  const router = Router();
  const today = () => todayInChina(new Date(context.now()));

  router.get('/import/template', permit(context, 'carrier:import'), ...endpoint({ query: TemplateQuerySchema }, async ({ query: { format } }, _request, response) => {
    sendDownload(response, await templateFile(format), { format, fileName: `载体导入模板.${format}`, asciiFallback: `carrier-import-template.${format}` });
  }));

  router.post('/import', permit(context, 'carrier:import'), requireSpreadsheetType, readUploadBody, ...endpoint({ query: ImportQuerySchema }, async ({ query }, request, response) => {
    const actor = actorOf(request);
    const upload = uploadOf(request);
    const sheet = await uploadParsing.run(() => readUpload(upload));
    const { report, accepted } = await validateImport(sheet, {
      language: requestLanguage(request),
      defaultRegion: query.region,
      today: today(),
      takenNames: takenNamesIn(context.db.models),
    });
    if (query.dryRun) {
      response.json({ dryRun: true, ...report });
      return;
    }
    if (report.errors.length) {
      const { preview: _preview, ...listing } = report;
      throw importHasErrors(listing);
    }
    if (report.rows === 0) throw nothingToImport();
    const result = await commitImport(context, changes, actor, request, accepted, { format: sheet.format, rows: report.rows });
    response.status(result.mode === 'verified' ? 201 : 202).json({ dryRun: false, rows: report.rows, warnings: report.warnings, ...result });
  }));

  router.get('/export', permit(context, 'carrier:read'), ...endpoint({ query: CarrierExportQuerySchema }, async ({ query: { format, ...filter } }, request, response) => {
    const actor = actorOf(request);
    const records = await carriers.all(filter, actor);
    const file = await exportFile(format, records, { language: requestLanguage(request), date: today(), exportedAt: new Date(context.now()), filters: filterText(filter) });
    sendDownload(response, file.body, { format, fileName: file.fileName, asciiFallback: file.asciiFallback });
  }));

  return router;
}

/** The filters the export applied, as parsed (lists comma-joined), for the export's notes. */
function filterText(filter: Record<string, unknown>): string {
  return Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join('; ');
}
