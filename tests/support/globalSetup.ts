import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { clientBuildIsStale } from '../../server/cli/clientBuild';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { makeSeededSnapshot } from './seededSnapshot';

/**
 * The browser project's setup, run once before its files (`vitest run tests/e2e/map.test.ts`
 * included, whatever the filter): builds the client when it is missing or older than its
 * sources, seeds one database on disk with a signed-in session per role (each suite starts
 * on a copy of it), and starts one chromium that the suites connect to.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const rootDir = path.resolve(import.meta.dirname, '../..');
  const clientDir = path.join(rootDir, 'dist/client');
  if (clientBuildIsStale(rootDir, clientDir)) {
    const { build } = await import('vite');
    await build({ configFile: path.join(rootDir, 'vite.config.ts'), root: path.join(rootDir, 'client'), logLevel: 'warn' });
  }
  // A real MongoDB or memory-server run seeds per suite, as before.
  const embedded = !process.env.MONGODB_URI && !process.env.TEST_ENGINE;
  const snapshot = embedded ? await makeSeededSnapshot() : null;
  project.provide('seededSnapshot', snapshot);
  assertChromium();
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    if (snapshot) await rm(snapshot.dataDir, { recursive: true, force: true });
  };
}
