import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { Router, type Request } from 'express';
import { toMapCollection } from '@shared/carriers/geojson';
import { CarrierFilterSchema, CarrierListQuerySchema, type CarrierFilter, type CarrierListQuery } from '@shared/carriers/query';
import { CarrierCreateSchema, CarrierPatchSchema, type CarrierCreate, type CarrierPatch } from '@shared/carriers/schema';
import { todayInChina } from '@shared/dates';
import { z } from 'zod';
import { actorOf, authorize, permit } from '../auth/guards';
import type { ChangeService } from '../changes/service';
import type { AppContext } from '../context';
import { forbidden } from '../http/errors';
import { requestLanguage } from '../http/language';
import { parsedQuery, validateBody, validateIdParam, validateQuery } from '../http/validate';
import { can, editsAreVerified } from '../policies';
import type { Actor } from '../users/roles';
import { staleVersion } from './errors';
import type { CarrierService } from './service';
import { revisionCache } from './snapshot';

const gzip = promisify(gzipCallback);

const DeleteQuerySchema = z.strictObject({
  version: z.coerce.number({ message: 'version.required' }).int({ message: 'version.required' }).min(0, { message: 'version.required' }).optional(),
});

/** Only admins assign owners; anyone else sending `owners` is refused rather than ignored. */
function assertMayAssignOwners(actor: Actor, owners: string[] | undefined): void {
  if (owners !== undefined && !can(actor, 'carrier:assignOwners')) {
    throw forbidden('owners_admin_only', '只有管理员可以指定载体负责人', 'Only administrators assign carrier owners');
  }
}

export function carrierRoutes(context: AppContext, carriers: CarrierService, changes: ChangeService): Router {
  const router = Router();

  router.get('/', permit(context, 'carrier:read'), validateQuery(CarrierListQuerySchema), async (request, response) => {
    const actor = actorOf(request);
    response.json(await carriers.list(parsedQuery<CarrierListQuery>(response.locals), actor));
  });

  router.get('/:id', permit(context, 'carrier:read'), validateIdParam, async (request, response) => {
    response.json({ carrier: await carriers.get(request.params.id as string) });
  });

  router.get('/:id/history', permit(context, 'carrier:read'), validateIdParam, async (request, response) => {
    response.json({ items: await carriers.history(request.params.id as string) });
  });

  router.post('/', permit(context, 'carrier:create'), validateBody(CarrierCreateSchema), async (request, response) => {
    const actor = actorOf(request);
    const input = request.body as CarrierCreate;
    assertMayAssignOwners(actor, input.owners);
    if (editsAreVerified(actor)) {
      const record = await carriers.insertVerified(actor, input, { request });
      response.status(201).json({ carrier: (await carriers.present([record]))[0] });
      return;
    }
    await carriers.assertNameFree(input.region, input.name);
    response.status(202).json({ change: await changes.submit(actor, request, { action: 'create', proposed: input }) });
  });

  router.patch('/:id', permit(context, 'carrier:update'), validateIdParam, validateBody(CarrierPatchSchema), async (request, response) => {
    const current = await carriers.load(request.params.id as string);
    const actor = await authorize(context, request, 'carrier:update', current);
    const patch = request.body as CarrierPatch;
    assertMayAssignOwners(actor, patch.owners);
    if (patch.version !== current.version) throw staleVersion(current.version);
    const next = carriers.mergeEdit(current, patch, requestLanguage(request));
    if (editsAreVerified(actor)) {
      const updated = await carriers.applyVerified(actor, current, next, patch.version, { request });
      response.json({ carrier: (await carriers.present([updated]))[0] });
      return;
    }
    if (next.name !== current.name || next.region !== current.region) await carriers.assertNameFree(next.region, next.name, current.id);
    response.status(202).json({ change: await changes.submit(actor, request, { action: 'update', current, proposed: next }) });
  });

  router.delete('/:id', permit(context, 'carrier:delete'), validateIdParam, validateQuery(DeleteQuerySchema), async (request, response) => {
    const current = await carriers.load(request.params.id as string);
    const actor = await authorize(context, request, 'carrier:delete', current);
    const { version } = parsedQuery<{ version?: number }>(response.locals);
    if (editsAreVerified(actor)) {
      await carriers.removeVerified(actor, current, version, { request });
      response.status(204).end();
      return;
    }
    if (version !== undefined && version !== current.version) throw staleVersion(current.version);
    response.status(202).json({ change: await changes.submit(actor, request, { action: 'delete', current }) });
  });

  return router;
}

/** `GET /api/carriers.geojson`: the same filters as the list, compact properties for the map. */
export function carrierGeojsonRoute(context: AppContext, carriers: CarrierService): Router {
  const router = Router();
  // The map asks for all 20,000 carriers at once: build each answer once per registry revision,
  // gzipped once too (10 MB of GeoJSON is ~1 MB gzipped; fifty planners opening the map at
  // once would otherwise push 500 MB through the intranet and time out).
  const bodies = revisionCache<{ body: Buffer; gzipped: Buffer; etag: string }>(context.db.models, 8);
  router.get('/', permit(context, 'carrier:read'), validateQuery(CarrierFilterSchema), async (request: Request, response) => {
    const actor = actorOf(request);
    const filter = parsedQuery<CarrierFilter>(response.locals);
    const asOf = todayInChina(new Date(context.now()));
    // Only `mine` depends on who asks.
    const key = JSON.stringify([asOf, filter, filter.mine ? actor.id : null]);
    const { body, gzipped, etag } = await bodies(key, async () => {
      const text = Buffer.from(JSON.stringify(toMapCollection(await carriers.all(filter, actor), asOf)));
      return { body: text, gzipped: await gzip(text), etag: `W/"${createHash('sha1').update(text).digest('base64url')}"` };
    });
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('ETag', etag);
    response.setHeader('Vary', 'Accept-Encoding');
    response.type('application/geo+json');
    if (request.acceptsEncodings('gzip') === 'gzip') {
      response.setHeader('Content-Encoding', 'gzip');
      response.send(gzipped);
    } else {
      response.send(body);
    }
  });
  return router;
}
