/**
 * The long crash drill: `npx tsx bench/crash/run.ts [--rounds 20] [--seed N] [--writers 6]`.
 *
 * Runs the planner (the real startPlanner, embedded store on a temp DATA_DIR) in a child
 * process; each round bursts acknowledged creates and edits from several clients, SIGKILLs
 * the process at a random moment, restarts it on the same directory and checks every
 * acknowledged write of every round so far: present, whole (every phase and field as sent),
 * at its acknowledged version; no half-written or invented carrier; the session made before
 * the crash still valid; history and region figures in step. Exit code 1 on any problem.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashRounds } from '../../tests/reliability/support/crashRounds';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    seed: { type: 'string' },
    writers: { type: 'string', default: '6' },
    'kill-min-ms': { type: 'string', default: '150' },
    'kill-max-ms': { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1_000) throw new Error('--rounds must be between 1 and 1,000');
const dataDir = await mkdtemp(path.join(tmpdir(), 'planner-crash-bench-'));
console.log(`crash drill: ${rounds} rounds, seed ${seed}, ${values.writers} writers, kill ${values['kill-min-ms']}–${values['kill-max-ms']} ms into each burst, data ${dataDir}`);

const started = Date.now();
let failed = false;
try {
  const outcomes = await runCrashRounds({
    dataDir,
    rounds,
    seed,
    writers: Number(values.writers),
    killWindowMs: [Number(values['kill-min-ms']), Number(values['kill-max-ms'])],
    onRound: (outcome) => {
      console.log(
        `round ${String(outcome.round).padStart(3)}: killed at ${outcome.killAfterMs} ms, ${outcome.createsAcknowledged} creates + ${outcome.editsAcknowledged} edits acknowledged, ` +
          `${outcome.inFlight} in flight, ${outcome.unacknowledgedPresent} unacknowledged found whole (${outcome.unauditedUnacknowledged} without audit entry), ` +
          `restart ${outcome.restartMs} ms, ${outcome.checked} carriers checked in ${outcome.checkMs} ms — ${outcome.problems.length ? 'FAILED' : 'ok'}`,
      );
      for (const problem of outcome.problems) console.log(`    ${problem}`);
      if (outcome.problems.length) failed = true;
    },
  });
  const total = (key: 'createsAcknowledged' | 'editsAcknowledged' | 'unacknowledgedPresent' | 'unauditedUnacknowledged' | 'inFlight') => outcomes.reduce((sum, outcome) => sum + outcome[key], 0);
  const restarts = outcomes.map((outcome) => outcome.restartMs).sort((a, b) => a - b);
  console.log(
    `\n${outcomes.length} rounds in ${Math.round((Date.now() - started) / 1000)} s: ${total('createsAcknowledged')} creates and ${total('editsAcknowledged')} edits acknowledged, ` +
      `${total('inFlight')} requests cut off, ${total('unacknowledgedPresent')} unacknowledged carriers found whole (${total('unauditedUnacknowledged')} of them without their audit entry), ` +
      `${outcomes.at(-1)?.checked ?? 0} carriers checked after the last restart; restart p50 ${restarts[Math.floor(restarts.length / 2)]} ms, max ${restarts.at(-1)} ms`,
  );
  console.log(failed ? 'FAILED: see the problems above' : 'no acknowledged write lost, nothing half written, every restart served');
} finally {
  if (!values.keep && !failed) await rm(dataDir, { recursive: true, force: true });
  else console.log(`data kept in ${dataDir}`);
}
process.exitCode = failed ? 1 : 0;
