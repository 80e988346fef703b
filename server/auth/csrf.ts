import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { forbidden } from '../http/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** 256 random bits, URL-safe. */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Synchroniser-token CSRF defence (ASVS 3.5): every state-changing request of a logged-in
 * session must echo the session's token in X-CSRF-Token. SameSite=Lax is the second layer.
 */
export const requireCsrfToken: RequestHandler = (request, _response, next) => {
  // Login is how a token is obtained, so it cannot require one; SameSite=Lax still keeps
  // other sites from posting it with this site's cookie.
  if (SAFE_METHODS.has(request.method) || !request.session?.userId || request.path === '/auth/login') {
    next();
    return;
  }
  const expected = request.session.csrfToken ?? '';
  const sent = request.get('X-CSRF-Token') ?? '';
  if (!expected || !sameToken(expected, sent)) {
    next(forbidden('csrf_token_invalid', '缺少或错误的 CSRF 令牌，请刷新页面后重试', 'Missing or wrong X-CSRF-Token header; reload the page and retry'));
    return;
  }
  next();
};

function sameToken(expected: string, sent: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
