import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * Serves the built client: hashed assets cached for a year, and index.html for every other
 * path so /map, /dashboard … can be bookmarked and reloaded.
 */
export function clientApp(clientDir: string): Router {
  const router = Router();
  const indexFile = path.join(clientDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  const serveIndex: RequestHandler = (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      next();
      return;
    }
    if (!fs.existsSync(indexFile)) {
      response.status(503).type('text/plain; charset=utf-8').send('The client is not built yet: run `npm start` (it builds) or `npm run build`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  };
  router.use(serveIndex);
  return router;
}
