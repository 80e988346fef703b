import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));
const apiPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: {
    alias: { '@shared': sharedDir },
  },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  test: {
    root: '.',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two files at a time on two cores: browser tests spend much of their time waiting on chromium.
    maxWorkers: 2,
    projects: [
      {
        // Pure functions (shared, client, server helpers, the store's value code): threads, one
        // module graph per worker, no React transform.
        resolve: { alias: { '@shared': sharedDir } },
        test: {
          name: 'unit',
          root: '.',
          include: ['{shared,client,seeds,scripts}/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          isolate: false,
          setupFiles: ['tests/support/propertySeed.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Real servers, stores and child processes: a process per file.
        resolve: { alias: { '@shared': sharedDir } },
        test: {
          name: 'server',
          root: '.',
          include: ['tests/{api,reliability,lint}/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          setupFiles: ['tests/support/propertySeed.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Screens in chromium: one built client, one seeded database copied per file, one browser.
        resolve: { alias: { '@shared': sharedDir } },
        test: {
          name: 'browser',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
