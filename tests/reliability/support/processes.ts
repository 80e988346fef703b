import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(ROOT, 'tests/reliability/support/plannerChild.ts');

/** A planner child process whose modules are loaded; `start()` opens the store and listens. */
export interface StandbyPlanner {
  child: ChildProcess;
  /** Resolves once the modules are loaded. */
  loaded: Promise<void>;
  start(): Promise<RunningChild>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface RunningChild {
  child: ChildProcess;
  url: string;
  pid: number;
  /** Milliseconds from `start()` to listening (store recovery, seed, accounts). */
  startMs: number;
}

export interface ChildEnv {
  DATA_DIR?: string;
  MONGODB_URI?: string;
  DEMO_PASSWORD?: string;
  [name: string]: string | undefined;
}

/** Forks the planner child; its output is kept for error messages. */
export function spawnPlanner(env: ChildEnv): StandbyPlanner {
  const child = fork(CHILD, [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close' rather than 'exit': the process is gone and its output has been read to the end.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const message = <T>(pick: (message: Record<string, unknown>) => T | undefined, what: string, timeoutMs = 120_000): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`planner child: no ${what} within ${timeoutMs} ms\n${output}`)), timeoutMs);
      const onMessage = (received: Record<string, unknown>) => {
        if (typeof received.failed === 'string') {
          clearTimeout(timer);
          reject(new Error(`planner child failed to start: ${received.failed}\n${output}`));
          return;
        }
        const picked = pick(received);
        if (picked === undefined) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(picked);
      };
      child.on('message', onMessage);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`planner child exited (${code}) before ${what}\n${output}`));
      });
    });
  const loaded = message((received) => (received.loaded ? true : undefined), 'module load').then(() => undefined);
  loaded.catch(() => undefined);
  return {
    child,
    loaded,
    async start() {
      await loaded;
      const started = Date.now();
      const ready = message((received) => (typeof received.ready === 'string' ? { url: received.ready, pid: received.pid as number } : undefined), 'ready');
      child.send({ start: true });
      const { url, pid } = await ready;
      return { child, url, pid, startMs: Date.now() - started };
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}
