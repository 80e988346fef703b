import type { Request, RequestHandler } from 'express';
import { z } from 'zod';
import { ObjectIdSchema } from '@shared/fields/values';
import { localizeIssues } from '@shared/validation/messages';
import { AppError, validationFailed } from './errors';
import { requestLanguage } from './language';

/** Deeper JSON than this is refused before validation: no form of ours nests that far. */
export const MAX_JSON_DEPTH = 20;

/*
 * Each part of a request parsed with a shared zod schema: every bad field is named, in the
 * caller's language, and nothing past a refusal runs.
 */

/** No bytes at all, whatever the Content-Type says (body-parser then leaves the body undefined). */
function hasNoBody(request: Parameters<RequestHandler>[0]): boolean {
  return !request.headers['transfer-encoding'] && Number(request.headers['content-length'] ?? 0) === 0;
}

const bodyRequired = () => new AppError(400, 'body_required', { zh: '请求内容为空，请提交 JSON 数据', en: 'The request has no body: send the data as JSON' });
const jsonRequired = () => new AppError(415, 'json_required', { zh: '请求内容须为 JSON（Content-Type: application/json）', en: 'Send a JSON body with Content-Type: application/json' });
const tooDeep = () => new AppError(400, 'too_deep', { zh: `JSON 嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `JSON is nested deeper than ${MAX_JSON_DEPTH} levels` });
const invalidId = () => new AppError(400, 'invalid_id', { zh: '编号格式不正确（应为 24 位十六进制）', en: 'Malformed id: expected 24 hexadecimal characters' });

function parsedOrRefused<S extends z.ZodType>(schema: S, value: unknown, request: Request): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(localizeIssues(result.error.issues, requestLanguage(request)));
  return result.data;
}

/** The JSON body, parsed with the schema; a missing, non-JSON or too deep body is refused first. */
export function checkBody<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  if (request.body === undefined) throw hasNoBody(request) ? bodyRequired() : jsonRequired();
  if (depthOf(request.body) > MAX_JSON_DEPTH) throw tooDeep();
  return parsedOrRefused(schema, request.body, request);
}

export function checkQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parsedOrRefused(schema, request.query, request);
}

/** Path parameters; a malformed `:id` is `invalid_id` (a 404 would hide the typo). */
export function checkParams<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const result = schema.safeParse(request.params);
  if (result.success) return result.data;
  if (result.error.issues.some((issue) => issue.path[0] === 'id')) throw invalidId();
  throw validationFailed(localizeIssues(result.error.issues, requestLanguage(request)));
}

/** The `:id` of a record route. */
export const IdParams = z.object({ id: ObjectIdSchema });

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
