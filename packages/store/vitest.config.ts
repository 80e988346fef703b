import { defineConfig } from 'vitest/config';

/** The store's own tests, run on their own (`npm test` here) or by the app's suite. */
export default defineConfig({
  test: {
    include: ['{src,tests}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
