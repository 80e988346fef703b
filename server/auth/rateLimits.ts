import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import type { AppContext } from '../context';
import { requestLanguage } from '../http/language';
import { MongoRateLimitStore } from './rateLimitStore';

const WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts per account per 15 minutes (ASVS 6.3.1). */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;

function tooMany(scope: 'ip' | 'account'): Options['handler'] {
  return (request, response, _next, options) => {
    const retryAfterS = Math.ceil(options.windowMs / 1000);
    const minutes = Math.ceil(options.windowMs / 60_000);
    const zh = scope === 'ip' ? `登录尝试过于频繁，请 ${minutes} 分钟后再试` : `该账号登录失败次数过多，请 ${minutes} 分钟后再试`;
    const en =
      scope === 'ip'
        ? `Too many login attempts from this address; try again in ${minutes} minutes`
        : `Too many failed logins for this account; try again in ${minutes} minutes`;
    response.setHeader('Retry-After', String(retryAfterS));
    response.status(429).json({ error: { id: 'too_many_login_attempts', message: requestLanguage(request) === 'zh' ? zh : en } });
  };
}

export function loginRateLimits(context: AppContext) {
  const connection = context.db.connection;
  const perIp = rateLimit({
    windowMs: WINDOW_MS,
    // Successful or not: an office behind one NAT shares this budget (LOGIN_ATTEMPTS_PER_IP).
    limit: context.config.loginAttemptsPerIp,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (request) => ipKeyGenerator(request.ip ?? 'unknown'),
    store: new MongoRateLimitStore(connection, 'login-ip:', context.now),
    handler: tooMany('ip'),
  });
  const perAccount = rateLimit({
    windowMs: WINDOW_MS,
    limit: LOGIN_FAILURES_PER_ACCOUNT,
    standardHeaders: false,
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    keyGenerator: (request) => String((request.body as { username?: unknown } | undefined)?.username ?? '').trim().toLowerCase().slice(0, 64),
    store: new MongoRateLimitStore(connection, 'login-account:', context.now),
    handler: tooMany('account'),
  });
  return [perIp, perAccount];
}
