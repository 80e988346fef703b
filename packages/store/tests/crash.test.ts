import { describe, expect, it } from 'vitest';
import { crashRound } from './support/crash-rounds';
import { newDataDir, removeDir } from './support/disk';

/**
 * Each round costs a process start (~3 s here, mostly loading tsx and the driver), so
 * `npm test` runs a few; `npx tsx bench/store/crash-soak.ts` runs hundreds.
 */
const ROUNDS = Number(process.env.STORE_CRASH_ROUNDS ?? 7);

describe('kill -9 at random moments', () => {
  it('loses no acknowledged write and always reopens', async () => {
    const dataDir = await newDataDir();
    try {
      let acknowledged = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        const killAfterMs = 30 + Math.floor(Math.random() * 900);
        const outcome = await crashRound(dataDir, round, killAfterMs);
        acknowledged += outcome.acknowledged;
        expect(outcome.missing, `round ${round} (killed after ${killAfterMs} ms)`).toEqual([]);
        expect(outcome.resurrected, `round ${round}`).toEqual([]);
        expect(outcome.counterStored).toBeGreaterThanOrEqual(outcome.counterAcked);
      }
      expect(acknowledged).toBeGreaterThan(ROUNDS * 10);
    } finally {
      await removeDir(dataDir);
    }
  }, 120_000);
});
