import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppContext } from '../context';

/** A device cookie lives a year; each sign-in on the device renews it. */
export const DEVICE_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * "This browser has signed in to this account before", signed with the session secret
 * (HMAC-SHA256) so it cannot be forged or moved to another account. The login limits give
 * such a device a counter of its own (rateLimits.ts): a guesser elsewhere cannot lock it
 * out. It names a random handle and the account, nothing else.
 */
export function deviceCookies(context: AppContext) {
  const name = context.config.trustProxy !== false ? '__Host-planner.device' : 'planner.device';
  const mac = (handle: string, account: string) =>
    createHmac('sha256', context.sessionSecret).update(`device-cookie\u0000${handle}\u0000${account}`).digest('base64url');

  /** The handle of a valid cookie signed for this account, else null. */
  function handleFor(request: Request, account: string): string | null {
    const value = readCookie(request.headers.cookie, name);
    const match = value ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
    const handle = match?.[1];
    const signature = match?.[2];
    if (!handle || !signature) return null;
    const expected = Buffer.from(mac(handle, account));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? handle : null;
  }

  /** After a successful sign-in: keeps this device's handle for the account, or issues one. */
  function issue(request: Request, response: Response, account: string): void {
    const handle = handleFor(request, account) ?? randomBytes(16).toString('base64url');
    response.cookie(name, `${handle}.${mac(handle, account)}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.secure,
      path: '/',
      maxAge: DEVICE_COOKIE_MAX_AGE_MS,
    });
  }

  return { name, handleFor, issue };
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
