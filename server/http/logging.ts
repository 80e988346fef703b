import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'carrier-planner' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * One log line per request, and `req.log` for handlers, all carrying the request id. An
 * incoming X-Request-Id (from a load balancer) is kept so lines can be joined across hops.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request, response) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    autoLogging: { ignore: (request) => request.url === '/api/health' },
  });
}
