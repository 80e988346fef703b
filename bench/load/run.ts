/**
 * Load test: `npx tsx bench/load/run.ts [--carriers 0|20000] [--connections 50] [--duration 60]`.
 *
 * Starts the planner as `npm start` does (child process, embedded store on a temp DATA_DIR,
 * demo seed), optionally with extra synthetic carriers inserted beforehand, logs in as a
 * planner and runs autocannon against 127.0.0.1 only — `connections` connections for
 * `duration` seconds on each of the list, GeoJSON and progress endpoints. Prints requests/s,
 * p50/p99 latency, errors, timeouts and non-2xx answers (all must be 0), and the server's
 * resident memory before and after. `--baseline` also runs the same autocannon against a bare
 * Express app (another child process) returning the planner's bytes for that endpoint: the
 * ceiling this machine allows for that payload size. Exit code 1 when any request failed.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { residentBytes } from '../../tests/reliability/support/processes';
import { startBenchPlanner } from './setup';
import { rawGet } from '../../tests/support/rawGet';

const { values } = parseArgs({
  options: {
    carriers: { type: 'string', default: '0' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    only: { type: 'string' },
    baseline: { type: 'boolean', default: false },
  },
});
const carriers = Number(values.carriers);
const connections = Number(values.connections);
const duration = Number(values.duration);
if (!(carriers >= 0 && carriers <= 200_000)) throw new Error('--carriers must be 0–200,000');
if (!(connections >= 1 && connections <= 200)) throw new Error('--connections must be 1–200');
if (!(duration >= 1 && duration <= 600)) throw new Error('--duration must be 1–600 seconds');

const ENDPOINTS = [
  { name: 'list', path: '/api/carriers?limit=50' },
  { name: 'geojson', path: '/api/carriers.geojson' },
  { name: 'progress', path: '/api/regions/taicang/progress' },
].filter((endpoint) => !values.only || values.only.split(',').includes(endpoint.name));

/** The same autocannon run against bench/registry/baseline.ts serving the planner's answer verbatim. */
async function bareExpressRun(url: string, pathname: string) {
  const { headers, body: bytes } = await rawGet(url, { Cookie: planner.cookie, ...BROWSER_HEADERS });
  const contentEncoding = typeof headers['content-encoding'] === 'string' ? headers['content-encoding'] : undefined;
  const body = contentEncoding ? bytes.toString('base64') : bytes.toString('utf8');
  const child = fork(path.join(import.meta.dirname, '../registry/baseline.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolve) => {
      child.once('message', (message: { port: number }) => resolve(message.port));
      child.send({ payloads: [{ path: pathname, contentType: headers['content-type'] ?? 'application/json', body, contentEncoding }] });
    });
    const result = await autocannon({ url: `http://127.0.0.1:${port}${pathname}`, connections, duration, timeout: 30, headers: BROWSER_HEADERS });
    return { bytes: bytes.length, result };
  } finally {
    child.kill('SIGTERM');
  }
}

/** What a browser sends with every request: compressed answers are accepted. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

const planner = await startBenchPlanner(carriers);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let failed = false;
const rows: string[] = [];
try {
  const total = ((await (await fetch(`${planner.url}/api/carriers?limit=1`, { headers: { Cookie: planner.cookie } })).json()) as { total: number }).total;
  console.log(`${total} carriers in the registry; ${connections} connections × ${duration} s per endpoint; server RSS ${mb(residentBytes(planner.pid))}`);
  for (const endpoint of ENDPOINTS) {
    const url = planner.url + endpoint.path;
    // Warm-up: caches (registry snapshot), JIT.
    for (let index = 0; index < 5; index++) await (await fetch(url, { headers: { Cookie: planner.cookie } })).arrayBuffer();
    const result = await autocannon({ url, connections, duration, headers: { cookie: planner.cookie, ...BROWSER_HEADERS }, timeout: 30 });
    const bad = result.errors + result.timeouts + result.non2xx;
    if (bad > 0) failed = true;
    const row =
      `${endpoint.name.padEnd(9)} ${endpoint.path.padEnd(32)} ${result.requests.average.toFixed(1).padStart(8)} req/s  ` +
      `p50 ${String(result.latency.p50).padStart(5)} ms  p99 ${String(result.latency.p99).padStart(5)} ms  max ${result.latency.max} ms  ` +
      `${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s  requests ${result.requests.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  ` +
      `RSS after ${mb(residentBytes(planner.pid))}`;
    rows.push(row);
    console.log(row);
    if (values.baseline) {
      const bare = await bareExpressRun(url, endpoint.path);
      const line =
        `  └ bare Express, same ${(bare.bytes / 1024).toFixed(0)} KiB: ${bare.result.requests.average.toFixed(1).padStart(8)} req/s  ` +
        `p50 ${String(bare.result.latency.p50).padStart(5)} ms  p99 ${String(bare.result.latency.p99).padStart(5)} ms  timeouts ${bare.result.timeouts}`;
      rows.push(line);
      console.log(line);
    }
  }
} finally {
  await planner.stop();
}
console.log(`\nsummary (${carriers} extra carriers):\n${rows.join('\n')}`);
console.log(failed ? 'FAILED: some requests errored, timed out or were not 2xx' : 'no errors, no timeouts, every answer 2xx');
process.exitCode = failed ? 1 : 0;
