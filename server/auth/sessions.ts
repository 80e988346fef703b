import MongoStore from 'connect-mongo';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { AppContext } from '../context';

/** ASVS 7.3.1 / 7.3.2: sessions end after 30 minutes idle and 12 hours in all. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/**
 * How stale the record of a session's last activity may grow before a request writes it
 * again. Writing it on every request made each GET a durable write (fsync) of the session;
 * once a minute keeps the idle timeout exact to within that minute, on the strict side: a
 * session ends after 29–30 minutes idle, never later.
 */
export const ACTIVITY_RESOLUTION_MS = 60 * 1000;

/**
 * Sessions live in MongoDB (connect-mongo) so that several app instances behind a load
 * balancer share them. The cookie is HttpOnly and SameSite=Lax, and Secure whenever the
 * request arrived over HTTPS (`request.secure`, which believes X-Forwarded-Proto only from a
 * proxy TRUST_PROXY names). Behind a proxy, which is where HTTPS ends, it takes the __Host-
 * prefix.
 */
export function sessionMiddleware(context: AppContext): RequestHandler {
  const behindProxy = context.config.trustProxy !== false;
  const store = MongoStore.create({
    client: context.db.connection.getClient(),
    dbName: context.db.connection.db?.databaseName ?? context.config.dbName,
    collectionName: 'sessions',
    ttl: ABSOLUTE_TIMEOUT_MS / 1000,
    autoRemove: 'native',
    touchAfter: ACTIVITY_RESOLUTION_MS / 1000,
    stringify: false,
  });
  return session({
    name: behindProxy ? '__Host-planner.sid' : 'planner.sid',
    secret: context.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: IDLE_TIMEOUT_MS },
  });
}

/**
 * Ends a session that has been idle too long or lived too long, judged on the server's
 * clock — the cookie's own expiry is only a hint the browser may ignore.
 */
export function sessionTimeouts(context: AppContext): RequestHandler {
  return (request, response, next) => {
    const data = request.session;
    if (!data?.userId) {
      next();
      return;
    }
    const now = context.now();
    const idle = now - (data.lastSeenAt ?? 0) > IDLE_TIMEOUT_MS;
    const expired = now - (data.createdAt ?? 0) > ABSOLUTE_TIMEOUT_MS;
    if (idle || expired) {
      // Later middleware must see a logged-out request, not the destroyed session's data.
      response.locals.sessionExpired = true;
      request.session.destroy((error) => next(error));
      return;
    }
    if (now - (data.lastSeenAt ?? 0) >= ACTIVITY_RESOLUTION_MS) data.lastSeenAt = now;
    next();
  };
}
