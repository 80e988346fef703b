import path from 'node:path';
import { z } from 'zod';
import type { LoginLimitSettings } from '@shared/api/auth';

/** Settings read once from the environment at start; see the README's configuration table. */
export interface Config {
  port: number;
  host: string;
  /** Where the embedded store keeps its files when no MONGODB_URI is given. */
  dataDir: string;
  /** A real MongoDB (replica set in production); when absent the embedded store runs. */
  mongodbUri: string | null;
  dbName: string;
  /** Optional raster tile URL template; without it the map uses the offline outlines only. */
  tileUrl: string | null;
  /** Express `trust proxy` setting; when set, cookies are marked Secure (HTTPS at the proxy). */
  trustProxy: number | false;
  /** Password for the demo accounts; a random one is generated and printed when absent. */
  demoPassword: string | null;
  /** Secret that signs session cookies; generated per data directory when absent. */
  sessionSecret: string | null;
  logLevel: string;
  /** The built client (Vite output). */
  clientDir: string;
  /** Failed sign-ins before back-off (server/auth/rateLimits.ts; README "Login limits"). */
  loginLimits: LoginLimitSettings;
  /** False in tests that start many apps: the seed data is loaded by the test itself. */
  seedOnFirstStart: boolean;
  /**
   * Where report reminders are e-mailed from: an SMTP URL (SMTP_URL), or a nodemailer
   * transport's options in tests (jsonTransport). Null (the default): reminders are in-app only.
   */
  smtp: string | Record<string, unknown> | null;
  mailFrom: string;
  /** Carriers of one region closer than this (metres) that share a building are flagged as possible overlaps. */
  overlapDistanceM: number;
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,38}$/).default('carrier_planner'),
  TILE_URL: z.string().regex(/^https?:\/\/[^/]+\/.*\{z\}.*$/, 'must be an http(s) URL template containing {z}, {x} and {y}').optional(),
  TRUST_PROXY: z.string().optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000).default(5),
  LOGIN_FAILURES_EVERYWHERE: z.coerce.number().int().min(1).max(10_000).default(20),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
  LOGIN_MAX_WAIT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIR: z.string().default('./dist/client'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('科创载体规划 <noreply@localhost>'),
  OVERLAP_DISTANCE_M: z.coerce.number().int().min(1).max(5_000).default(100),
});

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    mongodbUri: values.MONGODB_URI ?? null,
    dbName: values.DB_NAME,
    tileUrl: values.TILE_URL ?? null,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    demoPassword: values.DEMO_PASSWORD ?? null,
    sessionSecret: values.SESSION_SECRET ?? null,
    logLevel: values.LOG_LEVEL,
    clientDir: path.resolve(values.CLIENT_DIR),
    loginLimits: {
      failuresPerAccount: values.LOGIN_FAILURES_PER_ACCOUNT,
      failuresEverywhere: values.LOGIN_FAILURES_EVERYWHERE,
      failuresPerAddress: values.LOGIN_FAILURES_PER_ADDRESS,
      maxWaitSeconds: values.LOGIN_MAX_WAIT_SECONDS,
    },
    seedOnFirstStart: true,
    smtp: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    overlapDistanceM: values.OVERLAP_DISTANCE_M,
  };
}

function parseTrustProxy(value: string | undefined): number | false {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0) throw new ConfigError('Invalid configuration: TRUST_PROXY must be a number of proxy hops, true or false');
  return hops;
}
