import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { localizeIssues } from '@shared/validation/messages';
import { AppError, validationFailed } from './errors';
import { requestLanguage } from './language';

/** Deeper JSON than this is refused before validation: no form of ours nests that far. */
export const MAX_JSON_DEPTH = 20;

/**
 * Parses the request part with a shared zod schema; the parsed value replaces the raw one
 * (in `res.locals` for the query, which Express 5 makes read-only). Every bad field is named.
 */
/** No bytes at all, whatever the Content-Type says (body-parser then leaves the body undefined). */
function hasNoBody(request: Parameters<RequestHandler>[0]): boolean {
  return !request.headers['transfer-encoding'] && Number(request.headers['content-length'] ?? 0) === 0;
}

export function validateBody<S extends z.ZodType>(schema: S): RequestHandler {
  return (request, _response, next) => {
    if (request.body === undefined && hasNoBody(request)) {
      next(new AppError(400, 'body_required', { zh: '请求内容为空，请提交 JSON 数据', en: 'The request has no body: send the data as JSON' }));
      return;
    }
    if (request.body === undefined) {
      next(new AppError(415, 'json_required', { zh: '请求内容须为 JSON（Content-Type: application/json）', en: 'Send a JSON body with Content-Type: application/json' }));
      return;
    }
    if (depthOf(request.body) > MAX_JSON_DEPTH) {
      next(new AppError(400, 'too_deep', { zh: `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `JSON is nested deeper than ${MAX_JSON_DEPTH} levels` }));
      return;
    }
    const result = schema.safeParse(request.body);
    if (!result.success) {
      next(validationFailed(localizeIssues(result.error.issues, requestLanguage(request))));
      return;
    }
    request.body = result.data;
    next();
  };
}

export function validateQuery<S extends z.ZodType>(schema: S): RequestHandler {
  return (request, response, next) => {
    const result = schema.safeParse(request.query);
    if (!result.success) {
      next(validationFailed(localizeIssues(result.error.issues, requestLanguage(request))));
      return;
    }
    response.locals.query = result.data;
    next();
  };
}

/** The parsed query stored by validateQuery. */
export function parsedQuery<T>(locals: Record<string, unknown>): T {
  return locals.query as T;
}

/** Nesting depth of a JSON value, stopping early once past the limit. */
export function depthOf(value: unknown, limit = MAX_JSON_DEPTH + 1): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit <= 0) return 1;
  let deepest = 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    deepest = Math.max(deepest, depthOf(child, limit - 1));
    if (deepest >= limit) break;
  }
  return deepest + 1;
}

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** Refuses a malformed `:id` before it reaches a query (404 would hide the typo). */
export const validateIdParam: RequestHandler = (request, _response, next) => {
  const id = request.params.id;
  if (typeof id !== 'string' || !OBJECT_ID.test(id)) {
    next(new AppError(400, 'invalid_id', { zh: '编号格式不正确（应为 24 位十六进制）', en: 'Malformed id: expected 24 hexadecimal characters' }));
    return;
  }
  next();
};
