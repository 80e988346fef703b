import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'planner-start-'));
const running: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  url: string;
  output: string;
}

/** Runs `npm start`'s entry point as a newcomer would, on a fresh data directory, and waits for its URL line. */
function start(extraEnv: Record<string, string> = {}): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_PASSWORD: 'startup-test-password', LOG_LEVEL: 'warn', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL line within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Carrier planner .*: (http:\/\/localhost:\d+)/.exec(output);
      if (match && /Demo accounts:.*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1'), output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited with ${code}:\n${output}`), { output }));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function loginAndCount(url: string): Promise<number> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'planner', password: 'startup-test-password' }),
  });
  const cookie = login.headers.getSetCookie().find((value) => value.startsWith('planner.sid='))!.split(';')[0]!;
  const list = await fetch(`${url}/api/carriers?limit=1`, { headers: { Cookie: cookie } });
  return ((await list.json()) as { total: number }).total;
}

afterAll(async () => {
  await Promise.all(running.map(stop));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh data directory', () => {
  let first: Started;
  let seededCount = 0;

  it('prints the URL, the engine, the data directory and the demo accounts', async () => {
    first = await start();
    expect(first.output).toMatch(/Engine: embedded/);
    expect(first.output).toContain(`Data directory: ${dataDir} — seed data loaded`);
    expect(first.output).toMatch(/Demo accounts: admin, planner, leader, manager — password: startup-test-password/);
  });

  it('answers health, serves the client app on every screen path, and has the seed data', async () => {
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toEqual({ status: 'ok' });
    for (const screen of ['/', '/map', '/dashboard/']) {
      const page = await fetch(first.url + screen);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    }
    const unknownApi = await fetch(`${first.url}/api/nothing-here`);
    expect(unknownApi.status).toBe(404);
    expect(((await unknownApi.json()) as { error: { id: string } }).error.id).toBe('route_not_found');
    seededCount = await loginAndCount(first.url);
    expect(seededCount).toBeGreaterThan(200);
  });

  it('refuses a second instance on the same data directory with a clear message', async () => {
    const second = start();
    await expect(second).rejects.toThrow(/locked|lock/i);
    const message = await second.catch((error: { output: string }) => error.output);
    expect(message).toContain(dataDir);
  });

  it('keeps data added in between across a restart, and does not seed again', async () => {
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'planner', password: 'startup-test-password' }),
    });
    const cookie = login.headers.getSetCookie().find((value) => value.startsWith('planner.sid='))!.split(';')[0]!;
    const session = (await (await fetch(`${first.url}/api/auth/session`, { headers: { Cookie: cookie } })).json()) as { csrfToken: string };
    const created = await fetch(`${first.url}/api/carriers`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
      body: JSON.stringify({
        name: '重启后仍在的孵化器',
        kind: 'incubator',
        region: 'taicang',
        phases: [{ label: '一期', incubationAreaM2: 5_000, status: 'open', openedOn: '2024-03-01' }],
      }),
    });
    expect(created.status).toBe(201);
    expect(await stop(first.child)).toBe(0);

    const again = await start();
    expect(again.output).not.toContain('seed data loaded');
    expect(await loginAndCount(again.url)).toBe(seededCount + 1);
  });
});
