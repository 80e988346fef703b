import { describe, expect, it } from 'vitest';
import { crashRound } from './support/crash-rounds';
import { newDataDir, removeDir } from './support/disk';

/**
 * Each round costs a process start (~3 s here, mostly loading tsx and the driver), so
 * `npm test` runs a few; `npx tsx bench/store/crash-soak.ts` runs hundreds.
 */
const ROUNDS = Number(process.env.STORE_CRASH_ROUNDS ?? 7);
const SEED = 20_261_204;

/** mulberry32: the same kill moments on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('kill -9 at seeded moments during a run of writes', () => {
  it('loses no acknowledged write and always reopens', async () => {
    const next = seeded(SEED);
    const dataDir = await newDataDir();
    try {
      let acknowledged = 0;
      let askedFor = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        // Counted in acknowledged writes, not in milliseconds, so a slow machine kills at the same point of the run.
        const moment = { acknowledged: 10 + Math.floor(next() * 90), thenMs: Math.floor(next() * 20) };
        const outcome = await crashRound(dataDir, round, moment);
        acknowledged += outcome.acknowledged;
        askedFor += moment.acknowledged;
        expect(outcome.acknowledgedAtKill, `round ${round}`).toBeGreaterThanOrEqual(moment.acknowledged);
        expect(outcome.missing, `round ${round} (killed after ${moment.acknowledged} acknowledged writes + ${moment.thenMs} ms)`).toEqual([]);
        expect(outcome.resurrected, `round ${round}`).toEqual([]);
        expect(outcome.counterStored).toBeGreaterThanOrEqual(outcome.counterAcked);
      }
      expect(acknowledged).toBeGreaterThanOrEqual(askedFor);
    } finally {
      await removeDir(dataDir);
    }
  }, 120_000);
});
