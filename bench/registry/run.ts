/**
 * Registry bench (issue #4): `npx tsx bench/registry/run.ts [--carriers 20000] [--runs 200]`.
 *
 * The planner as `npm start` runs it (child process, embedded store, demo seed) with
 * `carriers` synthetic carriers inserted beforehand, logged in as a planner. For each list and
 * GeoJSON request below: the planner's answer is fetched once and handed to a bare Express
 * app in another child process, which returns those same bytes; then both are timed with
 * `runs` sequential requests on one keep-alive connection, in the same run. Prints p50/p99
 * of each, the bytes, and the ratio. Target: p50 ≤ 20 ms for a 50-item page.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, startBenchPlanner } from '../load/setup';

const { values } = parseArgs({
  options: {
    carriers: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '200' },
  },
});
const carriers = Number(values.carriers);
const runs = Number(values.runs);
if (!(runs >= 10 && runs <= 10_000)) throw new Error('--runs must be 10–10,000');

const REQUESTS = [
  { name: 'list, first page of 50', path: '/api/carriers?limit=50', page: true },
  { name: 'list, page 100 by open area', path: '/api/carriers?limit=50&page=100&sort=-openArea', page: true },
  { name: 'list, search + filters', path: `/api/carriers?q=${encodeURIComponent('孵化')}&region=taicang&kind=incubator&limit=50`, page: true },
  { name: 'geojson, every carrier', path: '/api/carriers.geojson', page: false },
  { name: 'geojson, Taicang incubators', path: '/api/carriers.geojson?region=taicang&kind=incubator', page: false },
];

const planner = await startBenchPlanner(carriers);
const baseline = fork(path.join(import.meta.dirname, 'baseline.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const rows: string[] = [];
let pageTargetMet = true;
try {
  const payloads: { path: string; contentType: string; body: string }[] = [];
  for (const request of REQUESTS) {
    const response = await fetch(planner.url + request.path, { headers: { Cookie: planner.cookie, 'Accept-Encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`${request.path} answered ${response.status}`);
    payloads.push({ path: request.path, contentType: response.headers.get('content-type') ?? 'application/json', body: await response.text() });
  }
  const port = await new Promise<number>((resolve) => {
    baseline.once('message', (message: { port: number }) => resolve(message.port));
    baseline.send({ payloads });
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const total = (JSON.parse(payloads[0]!.body) as { total: number }).total;
  console.log(`${total} carriers; ${runs} sequential requests per line (a tenth for the GeoJSON), each after 5 warm-up requests`);

  const time = async (url: string, count: number, headers: Record<string, string>) => {
    for (let index = 0; index < 5; index++) await (await fetch(url, { headers })).arrayBuffer();
    const times: number[] = [];
    for (let index = 0; index < count; index++) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    }
    return times.sort((a, b) => a - b);
  };
  for (const [index, request] of REQUESTS.entries()) {
    const count = request.page ? runs : Math.max(10, Math.round(runs / 10));
    // Uncompressed on both sides: this compares the work behind the answer (bench/load asks as a browser, gzip accepted).
    const app = await time(planner.url + request.path, count, { Cookie: planner.cookie, 'Accept-Encoding': 'identity' });
    const bare = await time(baseUrl + request.path, count, { 'Accept-Encoding': 'identity' });
    const bytes = Buffer.byteLength(payloads[index]!.body);
    const appP50 = percentile(app, 50);
    if (request.page && request.path === '/api/carriers?limit=50' && appP50 > 20) pageTargetMet = false;
    const row =
      `${request.name.padEnd(30)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  planner p50 ${appP50.toFixed(1).padStart(7)} ms p99 ${percentile(app, 99).toFixed(1).padStart(7)} ms` +
      `  | bare Express p50 ${percentile(bare, 50).toFixed(1).padStart(6)} ms p99 ${percentile(bare, 99).toFixed(1).padStart(6)} ms  | ×${(appP50 / percentile(bare, 50)).toFixed(1)}`;
    rows.push(row);
    console.log(row);
  }
} finally {
  baseline.kill('SIGTERM');
  await planner.stop();
}
console.log(`\nsummary (${carriers} synthetic carriers + the seed):\n${rows.join('\n')}`);
console.log(pageTargetMet ? 'target met: p50 ≤ 20 ms for the first 50-item page' : 'TARGET MISSED: p50 > 20 ms for the first 50-item page');
process.exitCode = pageTargetMet ? 0 : 1;
