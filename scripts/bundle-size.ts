import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Prints every built asset with its gzip size and checks the initial JavaScript — the entry
 * script and the chunks index.html preloads — against the budget of issue #8.
 */
const BUDGET_KB = 200;
const clientDir = path.resolve(process.argv[2] ?? 'dist/client');
const assetsDir = path.join(clientDir, 'assets');

const gzipKb = (file: string) => gzipSync(fs.readFileSync(file)).length / 1024;
const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!));

const rows = fs
  .readdirSync(assetsDir)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const file = path.join(assetsDir, name);
    return { name, rawKb: fs.statSync(file).size / 1024, gzipKb: gzipKb(file), initial: initial.has(name) };
  })
  .sort((a, b) => b.gzipKb - a.gzipKb);

console.log('asset'.padEnd(44), 'raw kB'.padStart(9), 'gzip kB'.padStart(9), ' loaded');
for (const row of rows) {
  console.log(row.name.padEnd(44), row.rawKb.toFixed(1).padStart(9), row.gzipKb.toFixed(1).padStart(9), row.initial ? ' initial' : ' on demand');
}
const initialKb = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.gzipKb, 0);
console.log(`\nInitial JavaScript: ${initialKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (initialKb > BUDGET_KB) {
  console.error(`Initial JavaScript exceeds the ${BUDGET_KB} kB budget: split heavy screens into their own chunks.`);
  process.exit(1);
}
