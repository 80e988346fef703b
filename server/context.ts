import type { Config } from './config';
import type { Database } from './db/database';
import type { Logger } from './http/logging';

/** What every route and service needs, created once per app instance. */
export interface AppContext {
  config: Config;
  db: Database;
  logger: Logger;
  /** Milliseconds since the epoch; tests move it to expire sessions. */
  now: () => number;
  /** Package version, reported by /api/health. */
  version: string;
  startedAt: number;
  /** Present in demo mode (embedded store): the demo accounts and their password. */
  demo: { usernames: string[]; password: string } | null;
  /** Signs session cookies; shared by every instance through the database. */
  sessionSecret: string;
}
