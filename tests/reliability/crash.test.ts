import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashRounds, type RoundOutcome } from './support/crashRounds';

/**
 * The short crash drill (bench/crash/run.ts runs ≥ 20 rounds): the real planner in a child
 * process on a temp DATA_DIR, bursts of acknowledged creates and edits from six clients,
 * SIGKILL at a seeded point of the burst, restart on the same directory. After each restart every
 * acknowledged write of every round is there, whole and at its version, nothing half written
 * or invented appears, the pre-crash session still works, and history and region figures agree.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
let dataDir: string | null = null;

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe(`kill -9 during a burst of writes, ${ROUNDS} rounds`, () => {
  it('loses no acknowledged write and leaves no carrier half written', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'planner-crash-'));
    // Killed once a seeded number of writes is acknowledged, not after a time: the same drill on a fast or a slow machine.
    const outcomes: RoundOutcome[] = await runCrashRounds({ dataDir, rounds: ROUNDS, seed: 4_242, killAfterAcknowledged: [5, 40], seedData: false });
    expect(outcomes).toHaveLength(ROUNDS);
    for (const outcome of outcomes) expect({ round: outcome.round, problems: outcome.problems }).toEqual({ round: outcome.round, problems: [] });
    for (const outcome of outcomes) expect(outcome.createsAcknowledged + outcome.editsAcknowledged).toBeGreaterThanOrEqual(outcome.killAfterWrites);
    const acknowledged = outcomes.reduce((sum, outcome) => sum + outcome.createsAcknowledged + outcome.editsAcknowledged, 0);
    expect(acknowledged).toBeGreaterThanOrEqual(outcomes.reduce((sum, outcome) => sum + outcome.killAfterWrites, 0));
    expect(outcomes.at(-1)!.checked).toBeGreaterThan(ROUNDS);
  }, 180_000);
});
