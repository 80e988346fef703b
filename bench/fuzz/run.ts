/**
 * The long fuzz run: `npx tsx bench/fuzz/run.ts [--runs 10000] [--seed N] [--full-checksum]`.
 *
 * Starts the planner on a fresh in-memory embedded store with the seed data, sends `runs`
 * generated requests (every endpoint, random and adversarial) one at a time, and checks after
 * each: no 5xx, no hang, the one error shape under /api, Object.prototype untouched, and for
 * every 4xx the data checksum unchanged. Prints counts by status and by endpoint, and each
 * violation with the seed and run count that replay it (`--seed S --runs INDEX+1`).
 *
 * By default the checksum is recomputed after every request that wrote (seen on the app's
 * mongoose connection) and compared in full every 25 requests; `--full-checksum` recomputes
 * it after every request (slower, independent of the write watch). Exit code 1 on any violation.
 */
import { parseArgs } from 'node:util';
import { startInspectedApp } from '../../tests/reliability/support/app';
import { describeViolation, prepareFuzz, runFuzz, type FuzzReport } from '../../tests/reliability/support/fuzzRunner';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    'full-checksum': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: true },
  },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) throw new Error('--runs must be between 1 and 1,000,000');

const target = await startInspectedApp({ seed: true });
const fuzzTarget = { url: target.app.url, inspector: target.inspector, password: target.password, ...(values['full-checksum'] ? {} : { writes: target.writes }) };
console.log(`fuzz: ${runs} requests, seed ${seed}, ${values['full-checksum'] ? 'full checksum after every request' : 'checksum after every write, full comparison every 25'} — ${target.app.url}`);

const printProgress = (done: number, report: FuzzReport) => {
  const rate = (done / (Date.now() - startedAt)) * 1000;
  console.log(`  ${done}/${runs} (${rate.toFixed(1)} req/s) statuses ${JSON.stringify(report.byStatus)} violations ${report.violations.length}`);
};
const startedAt = Date.now();
let report: FuzzReport;
try {
  report = await runFuzz(fuzzTarget, await prepareFuzz(fuzzTarget), { seed, runs, checkPrototype: true, onProgress: printProgress, progressEvery: 500 });
} finally {
  await target.close();
}

console.log(`\n${report.runs} requests in ${(report.elapsedMs / 1000).toFixed(1)} s, seed ${seed}`);
console.log(`by status: ${Object.entries(report.byStatus).sort().map(([status, count]) => `${status}: ${count}`).join(', ')}`);
console.log(`refusals (4xx) checked against the checksum: ${report.refusalsChecked} (of which the app sent a write during ${report.refusalsThatWrote}); full checksums computed: ${report.checksums}; re-logins: ${report.relogins}`);
console.log('by endpoint:');
for (const [endpoint, statuses] of Object.entries(report.byEndpoint).sort()) {
  console.log(`  ${endpoint.padEnd(56)} ${Object.entries(statuses).sort().map(([status, count]) => `${status}×${count}`).join(' ')}`);
}
if (report.violations.length) {
  console.log(`\n${report.violations.length} VIOLATION(S):`);
  for (const violation of report.violations) console.log(`\n${describeViolation(violation, target.app.url)}`);
  process.exitCode = 1;
} else {
  console.log('\nno violations: no 5xx, no hang, every error in the one shape, no 4xx changed data, Object.prototype clean');
}
