/**
 * Login limits as the API reports them (`GET /api/auth/lockouts`, the 429 of
 * `POST /api/auth/login`). See server/auth/rateLimits.ts for the rules.
 */

/** Which counter backs a sign-in off. */
export type LockoutScope =
  /** This account from this signed device. */
  | 'device'
  /** This account from this address, on a device it has not signed in from. */
  | 'address'
  /** This account from everywhere, for devices it has not signed in from. */
  | 'everywhere'
  /** Every account from this address. */
  | 'source';

/** `error` of a 429 from the login: when to try again. `Retry-After` says the same. */
export interface LoginBackoffDetails {
  scope: LockoutScope;
  retryAfterSeconds: number;
  /** UTC instant, ISO 8601. */
  retryAt: string;
}

export interface LockoutCounterView {
  scope: LockoutScope;
  /** The address, or a short handle of the signed device; null for `everywhere`. */
  source: string | null;
  failures: number;
  /** UTC instant of the last failure, ISO 8601. */
  lastFailureAt: string;
  /** Seconds until the next attempt is allowed; 0 when the wait is over (the next failure waits longer). */
  retryAfterSeconds: number;
}

/** An account at or past a limit. `id` is the user's id (unlock with `DELETE /api/auth/lockouts/:id`). */
export interface LockoutView {
  id: string;
  username: string;
  counters: LockoutCounterView[];
}

/** An address past its limit for all accounts (an office's NAT never gets here in normal use). */
export interface AddressLockoutView {
  address: string;
  failures: number;
  retryAfterSeconds: number;
}

export interface LockoutList {
  items: LockoutView[];
  addresses: AddressLockoutView[];
  limits: LoginLimitSettings;
}

export interface LoginLimitSettings {
  failuresPerAccount: number;
  failuresEverywhere: number;
  failuresPerAddress: number;
  maxWaitSeconds: number;
}
