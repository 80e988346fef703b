import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspectedApp, type InspectedApp } from './support/app';
import { describeViolation, prepareFuzz, runFuzz, type FuzzReport } from './support/fuzzRunner';

/**
 * A fixed-seed slice of the fuzzer in bench/fuzz (which sends ≥ 10,000 per run): every
 * endpoint, random and adversarial requests, against the seed data. Never a 5xx or a hang,
 * errors in the one shape, and a 4xx leaves the data exactly as it was.
 */
const SEED = 20_250_901;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let target: InspectedApp;
let report: FuzzReport;

beforeAll(async () => {
  target = await startInspectedApp({ seed: true });
  const fuzzTarget = { url: target.app.url, inspector: target.inspector, writes: target.writes, password: target.password };
  report = await runFuzz(fuzzTarget, await prepareFuzz(fuzzTarget), { seed: SEED, runs: RUNS, checkPrototype: true });
}, 120_000);

afterAll(async () => {
  await target?.close();
});

describe(`${RUNS} fuzzed requests (seed ${SEED})`, () => {
  it('reach every endpoint and get refusals as well as successes', () => {
    expect(Object.keys(report.byEndpoint).length).toBeGreaterThanOrEqual(30);
    const statuses = Object.keys(report.byStatus).map(Number);
    expect(statuses.some((status) => status >= 200 && status < 300)).toBe(true);
    expect(statuses.filter((status) => status >= 400 && status < 500).length).toBeGreaterThanOrEqual(5);
  });

  it('never answer 5xx, never hang, keep the error shape and leave Object.prototype alone', () => {
    const problems = report.violations.map((violation) => describeViolation(violation, target.app.url));
    expect(problems.join('\n\n')).toBe('');
  });

  it('change nothing when refused (checksum over every collection but sessions, rate limits and audited refusals)', () => {
    expect(report.refusalsChecked).toBeGreaterThan(RUNS / 3);
    const changed = report.violations.filter((violation) => violation.kind === 'refusal_changed_data' || violation.kind === 'unobserved_write');
    expect(changed.map((violation) => describeViolation(violation, target.app.url)).join('\n\n')).toBe('');
  });

  it('never lose a logged-in session', () => {
    expect(report.relogins).toBe(0);
  });
});
