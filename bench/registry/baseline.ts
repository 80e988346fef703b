/**
 * The registry bench's yardstick: a bare Express 5 app that answers each path with a payload
 * precomputed by the parent (the planner's own answer, byte for byte), so the difference
 * is what the planner spends on the request. Runs as a child process, like the planner.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';

interface Payload {
  path: string;
  contentType: string;
  body: string;
  /** Set when `body` is base64 of bytes sent with this Content-Encoding (e.g. gzip). */
  contentEncoding?: string;
}

process.once('message', (message: { payloads: Payload[] }) => {
  const app = express();
  app.disable('x-powered-by');
  const byUrl = new Map(
    message.payloads.map((payload) => [
      payload.path,
      { type: payload.contentType, encoding: payload.contentEncoding, body: Buffer.from(payload.body, payload.contentEncoding ? 'base64' : 'utf8') },
    ]),
  );
  app.get('/{*rest}', (request, response) => {
    const payload = byUrl.get(request.originalUrl);
    if (!payload) {
      response.status(404).end();
      return;
    }
    if (payload.encoding) response.setHeader('Content-Encoding', payload.encoding);
    response.type(payload.type).send(payload.body);
  });
  const server = app.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
});
process.on('disconnect', () => process.exit(0));
