import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pino from 'pino';
import { sessionRegistry } from '../../../server/auth/sessionRegistry';
import { startPlanner, type RunningPlanner } from '../../../server/boot';
import { loadConfig, type Config } from '../../../server/config';
import { userService } from '../../../server/users/service';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface StoreProcess {
  child: ChildProcess;
  uri: string;
  /** SIGKILL (an outage) or SIGTERM (a clean stop); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm run db -- --port PORT --data DIR`, as an operator would run it, waiting for its URI line. */
export function startStoreProcess(port: number, dataDir: string): Promise<StoreProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/store/src/cli.ts', '--port', String(port), '--data', dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const timer = setTimeout(() => reject(new Error(`store did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (mongodb:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        uri: match[1]!,
        async stop(signal = 'SIGKILL') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`store exited (${code}) before listening:\n${output}`));
    });
  });
}

export const OUTSIDE_PASSWORD = 'outage-drill-password';

/**
 * The planner pointed at a store by MONGODB_URI, as production runs it (no demo accounts:
 * a planner account is created through the users service, as `npm run user:create` does).
 */
export async function startPlannerOn(uri: string, dbName: string, overrides: Partial<Config> = {}): Promise<RunningPlanner> {
  const config: Config = {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', MONGODB_URI: uri, DB_NAME: dbName, LOG_LEVEL: 'silent' }),
    seedOnFirstStart: false,
    ...overrides,
  };
  const planner = await startPlanner(config, { logger: pino({ level: 'silent' }) });
  return planner;
}

/** Creates a user unless it exists (a second instance on the same database finds it). */
export async function ensureUser(planner: RunningPlanner, username: string, role: 'admin' | 'planner' | 'leader' | 'manager'): Promise<void> {
  if (await planner.context.db.models.User.exists({ username })) return;
  await userService(planner.context.db.models, Date.now, sessionRegistry(planner.context.db.connection)).create(null, { username, displayName: username, role, password: OUTSIDE_PASSWORD }, 'en');
}
