import type { ErrorRequestHandler, RequestHandler } from 'express';
import { translate } from '@shared/validation/messages';
import { AppError, storeUnavailable } from './errors';
import { requestLanguage } from './language';

/** Error names of the MongoDB driver that mean "the store cannot be reached right now". */
const UNAVAILABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

interface HttpParserError extends Error {
  type?: string;
  status?: number;
}

/** Maps errors thrown by Express's body parsers and the driver to AppErrors. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!(error instanceof Error)) return null;
  if (UNAVAILABLE_ERRORS.has(error.name) || isBufferingDisabledError(error)) return storeUnavailable();
  // The router could not percent-decode a path parameter (`/api/users/%zz`): the URL is bad, not the server.
  if (error instanceof URIError) {
    return new AppError(400, 'invalid_path', { zh: '网址中含有无效的百分号编码', en: 'The URL contains malformed percent-encoding' });
  }
  const parserError = error as HttpParserError;
  switch (parserError.type) {
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', { zh: '请求内容过大（上限 1 MB）', en: 'Request body is too large (limit 1 MB)' });
    case 'entity.parse.failed':
      return new AppError(400, 'invalid_json', { zh: '请求内容不是有效的 JSON', en: 'Request body is not valid JSON' });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_encoding', { zh: '不支持的编码', en: 'Unsupported content encoding or charset' });
    case 'request.aborted':
      return new AppError(400, 'request_aborted', { zh: '请求已中断', en: 'Request was aborted' });
    default:
      // The body parser's other 400s, e.g. a body that does not inflate under its Content-Encoding.
      if (parserError.status === 400 && (error as { expose?: boolean }).expose === true) {
        return new AppError(400, 'unreadable_body', { zh: '无法读取请求内容（请检查 Content-Encoding）', en: 'The request body could not be read (check its Content-Encoding)' });
      }
      return null;
  }
}

function isBufferingDisabledError(error: Error): boolean {
  return error.name === 'MongooseError' && /bufferCommands|initial connection|not connected/i.test(error.message);
}

/** Turns every error into the one JSON shape; unexpected ones are logged and hidden. */
export const errorHandler: ErrorRequestHandler = (error, request, response, next) => {
  if (response.headersSent) {
    // express-session reports a failed save only after the answer has been written in full;
    // Express's final handler would destroy the socket and cut that answer off.
    if (response.writableEnded) {
      request.log?.warn({ err: error }, 'error after the response was complete');
      return;
    }
    next(error);
    return;
  }
  const known = toAppError(error);
  const language = requestLanguage(request);
  if (known) {
    if (known.status >= 500) request.log?.warn({ err: error }, known.id);
    // With the store gone, express-session would first try to save the session (another
    // server-selection timeout) before this answer leaves: drop it, so the 503 is prompt.
    if (known.id === 'store_unavailable') (request as { session?: unknown }).session = undefined;
    const retryAfter = known.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(known.status).json({
      error: {
        id: known.id,
        message: known.messages[language],
        ...(known.fields
          ? { fields: known.fields.map((field) => ({ ...field, message: field.message || translate(field.code, language) })) }
          : {}),
        ...(known.details ?? {}),
      },
    });
    return;
  }
  request.log?.error({ err: error }, 'unexpected error');
  response.status(500).json({
    error: {
      id: 'internal_error',
      message: language === 'zh' ? `服务器内部错误（请求编号 ${String(request.id)}）` : `Internal error (request ${String(request.id)})`,
    },
  });
};

export const apiNotFound: RequestHandler = (request, response) => {
  const language = requestLanguage(request);
  response.status(404).json({
    error: {
      id: 'route_not_found',
      message: language === 'zh' ? `接口不存在：${request.method} ${request.originalUrl}` : `No such endpoint: ${request.method} ${request.originalUrl}`,
    },
  });
};
