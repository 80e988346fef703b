import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDataDir, removeDir } from './support/disk';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
let dataDir: string;

beforeEach(async () => {
  dataDir = await newDataDir();
});

afterEach(async () => {
  await removeDir(dataDir);
});

/** Starts the CLI as `npm run db` does and waits for its one-line announcement. */
function startCli(): Promise<{ uri: string; stop(signal: NodeJS.Signals): Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /mongodb:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) {
        resolve({ uri: match[0], stop: (signal) => (child.kill(signal), exited) });
      }
    });
    void exited.then((code) => reject(new Error(`cli exited early with ${code}`)));
  });
}

describe('npm run db', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves a plain driver and closes cleanly on %s', async (signal) => {
    const cli = await startCli();
    const client = await new MongoClient(cli.uri).connect();
    await client.db('app').collection('c').insertOne({ v: 1 });
    await client.close();
    expect(await cli.stop(signal)).toBe(0);
    expect(existsSync(join(dataDir, 'store.lock'))).toBe(false);

    const again = await startCli();
    const reader = await new MongoClient(again.uri).connect();
    expect(await reader.db('app').collection('c').countDocuments()).toBe(1);
    await reader.close();
    expect(await again.stop('SIGTERM')).toBe(0);
  }, 60_000);
});
