/**
 * Long crash test: `npx tsx bench/store/crash-soak.ts [rounds]` (default 200).
 * Each round SIGKILLs a writer at a random instant, reopens the store and checks that
 * every acknowledged write is there. Stops at the first failure.
 */
import { crashRound } from '../../packages/store/tests/support/crash-rounds';
import { newDataDir, removeDir } from '../../packages/store/tests/support/disk';

const rounds = Number(process.argv[2] ?? 200);
const dataDir = await newDataDir();
let acknowledged = 0;
let cuts = 0;
const started = Date.now();
try {
  for (let round = 1; round <= rounds; round++) {
    const killAfterMs = 5 + Math.floor(Math.random() * 1500);
    const outcome = await crashRound(dataDir, round, killAfterMs);
    acknowledged += outcome.acknowledged;
    cuts += outcome.tornTails;
    const ok = outcome.missing.length === 0 && outcome.resurrected.length === 0 && outcome.counterStored >= outcome.counterAcked;
    process.stdout.write(`round ${round}: killed after ${killAfterMs} ms, ${outcome.acknowledged} acknowledged, ${ok ? 'ok' : 'FAILED'}\n`);
    if (!ok) {
      process.stdout.write(`${JSON.stringify(outcome)}\ndata kept in ${dataDir}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(`${rounds} rounds, ${acknowledged} acknowledged writes, ${cuts} torn tails cut, none lost (${Math.round((Date.now() - started) / 1000)} s)\n`);
} finally {
  await removeDir(dataDir);
}
