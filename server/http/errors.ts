import type { FieldError, Language } from '@shared/validation/messages';

/**
 * Errors the API answers on purpose. Each has a stable id clients can switch on, an HTTP
 * status and a message in both languages; field errors name every bad field.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    readonly messages: Record<Language, string>,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
  }
}

export const validationFailed = (fields: FieldError[]) =>
  new AppError(400, 'validation_failed', { zh: '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid' }, fields);

export const badRequest = (id: string, zh: string, en: string) => new AppError(400, id, { zh, en });

export const unauthenticated = () => new AppError(401, 'unauthenticated', { zh: '请先登录', en: 'Log in first' });

export const forbidden = (id = 'forbidden', zh = '您没有权限执行此操作', en = 'You are not allowed to do this') =>
  new AppError(403, id, { zh, en });

export const notFound = (what: { zh: string; en: string }) =>
  new AppError(404, 'not_found', { zh: `${what.zh}不存在`, en: `${what.en} not found` });

export const conflict = (id: string, zh: string, en: string, details?: Record<string, unknown>) =>
  new AppError(409, id, { zh, en }, undefined, details);

export const storeUnavailable = () =>
  new AppError(503, 'store_unavailable', {
    zh: '数据服务暂时不可用，请稍后重试',
    en: 'The database is unavailable; please retry shortly',
  });
