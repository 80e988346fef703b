import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { Router, type Response } from 'express';
import { toMapCollection } from '@shared/carriers/geojson';
import { CarrierFilterSchema, CarrierListQuerySchema } from '@shared/carriers/query';
import { CarrierCreateSchema, CarrierPatchSchema } from '@shared/carriers/schema';
import { todayInChina } from '@shared/dates';
import { z } from 'zod';
import { actorOf, permit } from '../auth/guards';
import type { AppContext } from '../context';
import { endpoint } from '../http/endpoint';
import { IdParams } from '../http/validate';
import type { CarrierCommands, EditOutcome } from './commands';
import type { CarrierService } from './service';
import { revisionCache } from './snapshot';

const gzip = promisify(gzipCallback);

const DeleteQuerySchema = z.strictObject({
  version: z.coerce.number({ message: 'version.required' }).int({ message: 'version.required' }).min(0, { message: 'version.required' }).optional(),
});

/** A verified edit answers with the carrier (201 for a new one); a reported one with its pending change (202). */
function respond(response: Response, outcome: EditOutcome, createdStatus = 200): void {
  if (!outcome.verified) response.status(202).json({ change: outcome.change });
  else if (outcome.carrier) response.status(createdStatus).json({ carrier: outcome.carrier });
  else response.status(204).end();
}

export function carrierRoutes(context: AppContext, carriers: CarrierService, commands: CarrierCommands): Router {
  const router = Router();

  router.get('/', permit(context, 'carrier:read'), ...endpoint({ query: CarrierListQuerySchema }, async ({ query }, request, response) => {
    response.json(await carriers.list(query, actorOf(request)));
  }));

  router.get('/:id', permit(context, 'carrier:read'), ...endpoint({ params: IdParams }, async ({ params }, _request, response) => {
    response.json({ carrier: await carriers.get(params.id) });
  }));

  router.get('/:id/history', permit(context, 'carrier:read'), ...endpoint({ params: IdParams }, async ({ params }, _request, response) => {
    response.json({ items: await carriers.history(params.id) });
  }));

  router.post('/', permit(context, 'carrier:create'), ...endpoint({ body: CarrierCreateSchema }, async ({ body }, request, response) => {
    respond(response, await commands.registerCarrier(actorOf(request), body, request), 201);
  }));

  router.patch('/:id', permit(context, 'carrier:update'), ...endpoint({ params: IdParams, body: CarrierPatchSchema }, async ({ params, body }, request, response) => {
    respond(response, await commands.editCarrier(actorOf(request), params.id, body, request));
  }));

  router.delete('/:id', permit(context, 'carrier:delete'), ...endpoint({ params: IdParams, query: DeleteQuerySchema }, async ({ params, query }, request, response) => {
    respond(response, await commands.removeCarrier(actorOf(request), params.id, query.version, request));
  }));

  return router;
}

/** `GET /api/carriers.geojson`: the same filters as the list, compact properties for the map. */
export function carrierGeojsonRoute(context: AppContext, carriers: CarrierService): Router {
  const router = Router();
  // The map asks for all 20,000 carriers at once: build each answer once per registry revision,
  // gzipped once too (10 MB of GeoJSON is ~1 MB gzipped; fifty planners opening the map at
  // once would otherwise push 500 MB through the intranet and time out).
  const bodies = revisionCache<{ body: Buffer; gzipped: Buffer; etag: string }>(context.db.models, 8);
  router.get('/', permit(context, 'carrier:read'), ...endpoint({ query: CarrierFilterSchema }, async ({ query: filter }, request, response) => {
    const actor = actorOf(request);
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
  }));
  return router;
}
