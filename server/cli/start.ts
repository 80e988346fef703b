import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlanner } from '../boot';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../http/logging';
import { StoreLockedError } from '@carrier-planner/store';
import { clientBuildIsStale } from './clientBuild';

/**
 * `npm start`: builds the client when it is missing or stale, starts the planner, prints
 * where it is, and shuts down gracefully on SIGINT/SIGTERM. `--no-build` (used by
 * `npm run dev`, where Vite serves the client) skips the build.
 */
async function main(): Promise<void> {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (!process.argv.includes('--no-build') && clientBuildIsStale(rootDir, config.clientDir)) {
    console.log('Building the client (first start, or sources changed)…');
    const { build } = await import('vite');
    await build({ configFile: path.join(rootDir, 'vite.config.ts'), root: path.join(rootDir, 'client'), logLevel: 'warn', build: { outDir: config.clientDir } });
  }

  const planner = await startPlanner(config, { logger });
  console.log(`Carrier planner 科创载体规划: ${planner.url}`);
  console.log(`Engine: ${planner.engine === 'embedded' ? 'embedded (MongoDB-compatible store in this process)' : 'mongodb'}`);
  console.log(`Data directory: ${planner.dataDir ?? '(in MongoDB)'}${planner.seeded ? ' — seed data loaded' : ''}`);
  console.log(
    planner.demo
      ? `Demo accounts: ${planner.demo.usernames.join(', ')} — password: ${planner.demo.password}`
      : 'Demo accounts: none (MONGODB_URI is set); create users with `npm run user:create`',
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    planner.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StoreLockedError || error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
