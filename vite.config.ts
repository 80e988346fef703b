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
    include: ['{shared,server,client,seeds,scripts}/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'packages/*/{src,tests}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on two cores: browser tests spend much of their time waiting on chromium.
    maxWorkers: 2,
    globalSetup: ['tests/support/globalSetup.ts'],
  },
});
