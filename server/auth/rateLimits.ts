import type { Request } from 'express';
import mongoose, { type Connection } from 'mongoose';
import type { LockoutList, LockoutScope, LoginBackoffDetails, LoginLimitSettings } from '@shared/api/auth';
import type { Models } from '../db/models';
import { AppError } from '../http/errors';
import { counterId, type FailureCounter, LoginFailureStore } from './rateLimitStore';

/**
 * Login limits that slow a guesser without locking a bureau out (ASVS 6.3.1):
 *
 * - Only failed sign-ins count. A success clears its own account's failures from that
 *   device or address.
 * - Per account and device: a browser that has signed in to the account before carries a
 *   signed device cookie (deviceCookie.ts) and has its own counter, so it keeps its way in
 *   while a guesser elsewhere is backed off.
 * - Per account and address, for browsers without that cookie; and per account from
 *   everywhere (`failuresEverywhere`), for all of them together, which stops a guesser
 *   spreading over many addresses.
 * - Per address for every account (`failuresPerAddress` in 15 minutes), against one address
 *   trying many accounts; high enough that an office of a hundred behind one NAT never
 *   reaches it by typos.
 *
 * Past its limit, each counter backs off exponentially: 30 s after the limit's failure,
 * then 60 s, 120 s … up to `maxWaitSeconds`. An account's counters are forgotten a day
 * after their last failure; an address's after its 15-minute window.
 */
export const FIRST_WAIT_SECONDS = 30;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;

/** Who is trying which account: the normalised username, the client address, the signed device if any. */
export interface LoginSource {
  account: string;
  address: string;
  /** The handle of a device cookie signed for this very account; null otherwise. */
  device: string | null;
}

interface Rule {
  id: string;
  scope: LockoutScope;
  account?: string;
  source?: string;
  limit: number;
  lifetimeMs: number;
  mode: 'fixed' | 'sliding';
}

/** Seconds a counter still makes the caller wait; 0 below its limit or once the wait is over. */
export function waitSeconds(counter: Pick<FailureCounter, 'failures' | 'lastFailureAt' | 'firstFailureAt'>, rule: Pick<Rule, 'limit' | 'mode' | 'lifetimeMs'>, settings: LoginLimitSettings, now: number): number {
  if (counter.failures < rule.limit) return 0;
  const until =
    rule.mode === 'fixed'
      ? counter.firstFailureAt.getTime() + rule.lifetimeMs
      : counter.lastFailureAt.getTime() + backoffSeconds(counter.failures - rule.limit, settings) * 1000;
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** The wait after the limit's failure (`beyond` = 0), doubling with each failure past it. */
export function backoffSeconds(beyond: number, settings: LoginLimitSettings): number {
  return Math.min(settings.maxWaitSeconds, FIRST_WAIT_SECONDS * 2 ** Math.min(beyond, 30));
}

function humanWait(seconds: number): { zh: string; en: string } {
  if (seconds < 60) return { zh: `${seconds} 秒`, en: `${seconds} second${seconds === 1 ? '' : 's'}` };
  const minutes = Math.ceil(seconds / 60);
  return { zh: `${minutes} 分钟`, en: `${minutes} minute${minutes === 1 ? '' : 's'}` };
}

export const tooManyLoginAttempts = (details: LoginBackoffDetails) => {
  const wait = humanWait(details.retryAfterSeconds);
  const messages =
    details.scope === 'source'
      ? { zh: `此网络地址登录失败次数过多，请 ${wait.zh}后再试`, en: `Too many failed logins from this address; try again in ${wait.en}` }
      : { zh: `该账号登录失败次数过多，请 ${wait.zh}后再试`, en: `Too many failed logins for this account; try again in ${wait.en}` };
  return new AppError(429, 'too_many_login_attempts', messages, undefined, { ...details });
};

export type LoginLimits = ReturnType<typeof loginLimits>;

export function loginLimits(connection: Connection, settings: LoginLimitSettings, now: () => number) {
  const store = new LoginFailureStore(connection, now);

  function rules(source: LoginSource): Rule[] {
    const { account, address, device } = source;
    const own: Rule = device
      ? { id: counterId('device', account, device), scope: 'device', account, source: device, limit: settings.failuresPerAccount, lifetimeMs: ACCOUNT_MEMORY_MS, mode: 'sliding' }
      : { id: counterId('address', account, address), scope: 'address', account, source: address, limit: settings.failuresPerAccount, lifetimeMs: ACCOUNT_MEMORY_MS, mode: 'sliding' };
    const everywhere: Rule = { id: counterId('everywhere', account, undefined), scope: 'everywhere', account, limit: settings.failuresEverywhere, lifetimeMs: ACCOUNT_MEMORY_MS, mode: 'sliding' };
    const fromAddress: Rule = { id: counterId('source', undefined, address), scope: 'source', source: address, limit: settings.failuresPerAddress, lifetimeMs: ADDRESS_WINDOW_MS, mode: 'fixed' };
    return [own, everywhere, fromAddress];
  }

  /** The counters that can hold this caller back: a signed device answers only for its own. */
  function binding(source: LoginSource): Rule[] {
    const all = rules(source);
    return source.device ? all.slice(0, 1) : all;
  }

  const ruleFor = (counter: FailureCounter): Pick<Rule, 'limit' | 'mode' | 'lifetimeMs'> =>
    counter.scope === 'source'
      ? { limit: settings.failuresPerAddress, mode: 'fixed', lifetimeMs: ADDRESS_WINDOW_MS }
      : { limit: counter.scope === 'everywhere' ? settings.failuresEverywhere : settings.failuresPerAccount, mode: 'sliding', lifetimeMs: ACCOUNT_MEMORY_MS };

  return {
    settings,

    /**
     * Begins a sign-in attempt, or refuses it with 429 (and when to try again) while any
     * binding counter backs this caller off. An attempt under way counts as a failure for
     * the ones sent beside it, so a burst in parallel gets no more tries than one after
     * another. End the attempt with `failed` or `succeeded`; `abandon` (in a finally) ends
     * it without a trace if neither was called.
     */
    async begin(source: LoginSource) {
      const all = rules(source);
      const applicable = new Set(binding(source).map((rule) => rule.id));
      const at = now();
      let longest: { scope: LockoutScope; seconds: number } | null = null;
      for (const rule of all) {
        const counter = await store.begin({ _id: rule.id, scope: rule.scope, account: rule.account, source: rule.source }, rule.lifetimeMs);
        if (!applicable.has(rule.id)) continue;
        let seconds = waitSeconds(counter, rule, settings, at);
        const underWay = counter.pending - 1;
        const asIfFailed = counter.failures + underWay;
        if (underWay > 0 && asIfFailed >= rule.limit) {
          const window = Math.ceil((counter.firstFailureAt.getTime() + rule.lifetimeMs - at) / 1000);
          seconds = Math.max(seconds, rule.mode === 'fixed' ? Math.max(1, window) : backoffSeconds(asIfFailed - rule.limit, settings));
        }
        if (seconds > 0 && (!longest || seconds > longest.seconds)) longest = { scope: rule.scope, seconds };
      }
      let open = true;
      const end = async (outcome: 'failed' | 'other') => {
        if (!open) return;
        open = false;
        for (const rule of all) await store.end(rule.id, outcome, rule.lifetimeMs, rule.mode);
      };
      if (longest) {
        await end('other');
        throw tooManyLoginAttempts({ scope: longest.scope, retryAfterSeconds: longest.seconds, retryAt: new Date(at + longest.seconds * 1000).toISOString() });
      }
      return {
        failed: () => end('failed'),
        /** A success clears the account's failures from this device and from this address. */
        async succeeded() {
          await end('other');
          const ids = [counterId('address', source.account, source.address)];
          if (source.device) ids.push(counterId('device', source.account, source.device));
          await store.forget(ids);
        },
        abandon: () => end('other'),
      };
    },

    /** Clears every counter of an account; returns how many there were. */
    unlock(account: string): Promise<number> {
      return store.forgetAccount(account);
    },

    /** Accounts and addresses at or past a limit, for the admin. */
    async lockouts(models: Models): Promise<LockoutList> {
      const at = now();
      const counters = await store.atLeast(Math.min(settings.failuresPerAccount, settings.failuresEverywhere, settings.failuresPerAddress));
      const relevant = counters.filter((counter) => counter.failures >= ruleFor(counter).limit);
      const accounts = [...new Set(relevant.flatMap((counter) => (counter.account ? [counter.account] : [])))];
      const users = await models.User.find({ username: mongoose.trusted({ $in: accounts }) }, { username: 1 }).lean();
      const items = users
        .map((user) => ({
          id: user._id.toString(),
          username: user.username,
          counters: relevant
            .filter((counter) => counter.account === user.username)
            .map((counter) => ({
              scope: counter.scope,
              source: counter.source ?? null,
              failures: counter.failures,
              lastFailureAt: counter.lastFailureAt.toISOString(),
              retryAfterSeconds: waitSeconds(counter, ruleFor(counter), settings, at),
            })),
        }))
        .sort((a, b) => a.username.localeCompare(b.username));
      const addresses = relevant
        .filter((counter) => counter.scope === 'source')
        .map((counter) => ({ address: counter.source ?? '', failures: counter.failures, retryAfterSeconds: waitSeconds(counter, ruleFor(counter), settings, at) }));
      return { items, addresses, limits: settings };
    },
  };
}

/** The client's address as Express sees it (honouring TRUST_PROXY). */
export function addressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
