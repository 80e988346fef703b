/**
 * Soak: `npx tsx bench/load/soak.ts [--minutes 5] [--connections 10] [--warmup 60] [--carriers 0]`.
 *
 * The planner as `npm start` runs it (child process, embedded store, demo seed) under steady
 * traffic from 127.0.0.1 — list pages, the GeoJSON, progress, a carrier, the session and
 * an occasional edit — for `minutes`, sampling the server process's resident memory
 * (/proc/PID/status VmRSS) every 10 s. After the warm-up, RSS may grow at most 10% over the
 * first post-warm-up sample. Prints every sample; exit code 1 on growth > 10% or any error.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { residentBytes } from '../../tests/reliability/support/processes';
import { startBenchPlanner } from './setup';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '60' },
    carriers: { type: 'string', default: '0' },
    'sample-every': { type: 'string', default: '10' },
  },
});
const minutes = Number(values.minutes);
const connections = Number(values.connections);
const warmupS = Number(values.warmup);
const sampleEveryS = Number(values['sample-every']);
if (!(minutes > 0 && minutes <= 60)) throw new Error('--minutes must be within (0, 60]');
if (!(warmupS >= 0 && warmupS < minutes * 60)) throw new Error('--warmup must be shorter than the run');

const planner = await startBenchPlanner(Number(values.carriers));
const headers = { cookie: planner.cookie };
const get = async (path: string) => (await fetch(planner.url + path, { headers: { Cookie: planner.cookie } })).json() as Promise<any>;
const session = await get('/api/auth/session');
const firstPage = await get('/api/carriers?limit=50');
const carrierIds: string[] = firstPage.items.map((item: { id: string }) => item.id);

const samples: { atS: number; rssMb: number }[] = [];
const started = Date.now();
const sample = () => {
  const rssMb = residentBytes(planner.pid) / 1024 / 1024;
  const atS = Math.round((Date.now() - started) / 1000);
  samples.push({ atS, rssMb });
  console.log(`  t=${String(atS).padStart(4)} s  RSS ${rssMb.toFixed(1)} MB${atS < warmupS ? '  (warm-up)' : ''}`);
};
console.log(`soak: ${minutes} min, ${connections} connections, RSS every ${sampleEveryS} s, warm-up ${warmupS} s — ${planner.url}`);
sample();
const sampler = setInterval(sample, sampleEveryS * 1000);

let result;
try {
  result = await autocannon({
    url: planner.url,
    connections,
    duration: minutes * 60,
    timeout: 30,
    headers,
    requests: [
      { method: 'GET', path: '/api/carriers?limit=50' },
      { method: 'GET', path: '/api/carriers?limit=50&page=3&sort=-openArea' },
      { method: 'GET', path: '/api/carriers?q=%E5%AD%B5%E5%8C%96&kind=incubator' },
      { method: 'GET', path: '/api/carriers.geojson' },
      { method: 'GET', path: '/api/regions/taicang/progress' },
      { method: 'GET', path: '/api/regions/kunshan/progress?basis=reported' },
      { method: 'GET', path: `/api/carriers/${carrierIds[0]}` },
      { method: 'GET', path: `/api/carriers/${carrierIds[1]}/history` },
      { method: 'GET', path: '/api/auth/session' },
      { method: 'POST', path: '/api/regions/taicang/scenarios/evaluate', headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ scenario: { name: 'soak', region: 'taicang', edits: [{ kind: 'slip', months: 6 }] } }) },
    ],
  });
} finally {
  clearInterval(sampler);
  sample();
  await planner.stop();
}

const after = samples.filter((entry) => entry.atS >= warmupS);
const baseline = after[0]?.rssMb ?? Number.NaN;
const peak = Math.max(...after.map((entry) => entry.rssMb));
const last = after.at(-1)?.rssMb ?? Number.NaN;
const growth = (peak / baseline - 1) * 100;
console.log(
  `\n${result.requests.total} requests (${result.requests.average.toFixed(1)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
);
console.log(`RSS after warm-up: first ${baseline.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, last ${last.toFixed(1)} MB → peak growth ${growth.toFixed(1)}% (limit 10%)`);
console.log(`samples (s:MB): ${samples.map((entry) => `${entry.atS}:${entry.rssMb.toFixed(0)}`).join(' ')}`);
const failed = growth > 10 || result.errors + result.timeouts + result.non2xx > 0;
console.log(failed ? 'FAILED' : 'ok: memory flat after warm-up, no errors');
process.exitCode = failed ? 1 : 0;
