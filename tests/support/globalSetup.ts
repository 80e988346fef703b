import path from 'node:path';
import { clientBuildIsStale } from '../../server/cli/clientBuild';

/**
 * Browser tests run against the built client, served by the real server. Build it once
 * before the run when it is missing or older than its sources.
 */
export default async function setup(): Promise<void> {
  if (!runIncludesBrowserTests()) return;
  const rootDir = path.resolve(import.meta.dirname, '../..');
  const clientDir = path.join(rootDir, 'dist/client');
  if (!clientBuildIsStale(rootDir, clientDir)) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(rootDir, 'vite.config.ts'), root: path.join(rootDir, 'client'), logLevel: 'warn' });
}

/** `vitest run shared/planner` needs no client; `vitest run` and `vitest run tests/e2e` do. */
function runIncludesBrowserTests(): boolean {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && !arg.includes('vitest'));
  return filters.length === 0 || filters.some((filter) => /e2e|^tests\/?$/.test(filter));
}
