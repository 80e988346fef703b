import fs from 'node:fs';
import path from 'node:path';

/** What the client bundle is built from; a newer file here means the build is stale. */
const CLIENT_SOURCES = ['client', 'shared', 'vite.config.ts', 'package-lock.json'];

function newestMtimeMs(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtimeMs(path.join(target, entry.name)));
  }
  return newest;
}

/** True when the built index.html is missing or older than any client source. */
export function clientBuildIsStale(rootDir: string, clientDir: string): boolean {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const builtAt = fs.statSync(index).mtimeMs;
  return CLIENT_SOURCES.some((source) => newestMtimeMs(path.join(rootDir, source)) > builtAt);
}
