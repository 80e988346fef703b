/**
 * Map benchmark (issue #7): in headless chromium, 20,000 synthetic carriers — time to first
 * render and to apply a filter with the map screen's carrier layer, beside bare Leaflet canvas
 * circleMarkers of the same points in the same run. Medians of several runs.
 * Targets: first render ≤ 1 s and ≤ 1.5× the bare baseline.
 *
 *   npx tsx bench/map/run.ts [carriers] [runs]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from '../../tests/support/browser';
import type { Timing } from './page';

const CARRIERS = Number(process.argv[2] ?? 20_000);
const RUNS = Number(process.argv[3] ?? 5);
const FIRST_RENDER_LIMIT_MS = 1_000;
const BASELINE_FACTOR_LIMIT = 1.5;
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Bundles the page with esbuild (tsconfig paths resolve @shared) into a temporary folder. */
async function buildPage(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-bench-'));
  await build({
    entryPoints: [path.join(HERE, 'page.ts')],
    bundle: true,
    format: 'esm',
    outdir: outDir,
    minify: true,
    target: 'es2022',
    loader: { '.png': 'dataurl', '.json': 'json' },
    logLevel: 'warning',
    tsconfig: path.join(HERE, '../../tsconfig.json'),
  });
  fs.writeFileSync(
    path.join(outDir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="page.css">
<style>html,body{margin:0}#map{width:1280px;height:800px}</style><script type="module" src="page.js"></script>`,
  );
  return outDir;
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((request, response) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const dir = await buildPage();
const server = await serve(dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { port } = server.address() as { port: number };
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const results = await page.evaluate(([count, runs]) => window.runBench(count!, runs!), [CARRIERS, RUNS]);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

  const row = (name: string, timings: Timing[]) => ({
    layer: name,
    'first render (ms)': Math.round(median(timings.map((timing) => timing.firstRenderMs))),
    'apply filter (ms)': Math.round(median(timings.map((timing) => timing.filterMs))),
    'pan or zoom redraw (ms)': Math.round(median(timings.map((timing) => timing.panZoomMs))),
    'after filter': timings[0]!.afterFilter,
  });
  const rows = [
    row('bare Leaflet canvas circleMarkers', results.bare),
    row('carrier layer (clustered, as shipped)', results.layer),
    row('carrier layer (clustering off)', results.layerUnclustered),
  ];
  console.log(`\n${CARRIERS.toLocaleString('en-US')} carriers, 1280×800 view of Suzhou, median of ${RUNS} runs, headless chromium (${os.cpus().length} cores)\n`);
  console.table(rows);

  // The targets judge the layer as shipped (clustered); clustering off is printed for reference.
  const bare = rows[0]!['first render (ms)'];
  const shipped = rows[1]!['first render (ms)'];
  const factor = shipped / bare;
  const passed = shipped <= FIRST_RENDER_LIMIT_MS && factor <= BASELINE_FACTOR_LIMIT;
  console.log(`${passed ? 'PASS' : 'FAIL'}  first render ${shipped} ms (target ≤ ${FIRST_RENDER_LIMIT_MS}), ${factor.toFixed(2)}× bare Leaflet (target ≤ ${BASELINE_FACTOR_LIMIT}×)`);
  console.log(`      reference, clustering off: ${rows[2]!['first render (ms)']} ms, ${(rows[2]!['first render (ms)'] / bare).toFixed(2)}× bare Leaflet`);
  if (rows.some((candidate) => candidate['after filter'] !== rows[0]!['after filter'])) throw new Error('the layers disagree on how many carriers pass the filter');
  process.exitCode = passed ? 0 : 1;
} finally {
  await browser.close();
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
