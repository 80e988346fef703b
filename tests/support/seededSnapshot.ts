import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedStore } from '@carrier-planner/store';
import { startPlanner } from '../../server/boot';
import { loadConfig, type Config } from '../../server/config';

export type Role = 'admin' | 'planner' | 'leader' | 'manager';
const ROLES: Role[] = ['admin', 'planner', 'leader', 'manager'];

export const TEST_PASSWORD = 'test-demo-password-2025';

/** A seeded database on disk, made once per run, and a session per demo account stored in it. */
export interface SeededSnapshot {
  dataDir: string;
  dbName: string;
  /** The session cookies of each role's login (name=value pairs), valid in every copy. */
  sessions: Record<Role, { name: string; value: string }[]>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'silent' }),
    seedOnFirstStart: false,
    ...overrides,
  };
}

/** Seeds once and logs every role in once, then closes: each screen suite copies the directory. */
export async function makeSeededSnapshot(): Promise<SeededSnapshot> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'planner-seeded-'));
  const dbName = 'seeded';
  const store = await startEmbeddedStore({ dataDir });
  const planner = await startPlanner(testConfig({ seedOnFirstStart: true }), {
    logger: pino({ level: 'silent' }),
    database: { uri: store.uri, dbName, engine: 'embedded' },
  });
  const sessions = {} as SeededSnapshot['sessions'];
  try {
    for (const role of ROLES) {
      const reply = await fetch(`http://127.0.0.1:${planner.port}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: role, password: TEST_PASSWORD }),
      });
      if (reply.status !== 200) throw new Error(`seeded snapshot: login as ${role} answered ${reply.status}`);
      sessions[role] = reply.headers.getSetCookie().map((cookie) => {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair!.split('=');
        return { name: name!.trim(), value: value.join('=') };
      });
    }
  } finally {
    await planner.close();
    await store.close();
  }
  return { dataDir, dbName, sessions };
}

/** A copy of the snapshot for one suite: its own database, seeded and signed in, with nothing re-seeded. */
export async function copySnapshot(snapshot: SeededSnapshot): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'planner-suite-'));
  await cp(snapshot.dataDir, dataDir, { recursive: true });
  return { dataDir, remove: () => rm(dataDir, { recursive: true, force: true }) };
}
