import { readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE_NAME } from './files';

/** Thrown when another process (or another store in this one) holds the data directory. */
export class StoreLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number, readonly lockFile: string) {
    super(
      `The data directory ${dataDir} is locked by process ${holderPid} (lock file ${lockFile}). ` +
      'Stop that process first, or point DATA_DIR at another directory. ' +
      'If no such process is running, delete the lock file and start again.',
    );
    this.name = 'StoreLockedError';
  }
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

/** Directories locked by stores in this process (a pid check cannot tell them apart). */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host), since: String(parsed.since) } : null;
  } catch {
    return null;
  }
}

export interface DirectoryLock {
  release(): void;
}

/**
 * Takes the directory's lock file (created exclusively). A lock left by a process that
 * no longer exists on this host is taken over with a warning; one whose holder is alive,
 * or on another host, is refused with StoreLockedError.
 */
export function lockDirectory(dataDir: string, warn: (obj: object, msg: string) => void): DirectoryLock {
  const real = realpathSync(dataDir);
  const path = join(real, LOCK_FILE_NAME);
  if (heldHere.has(real)) throw new StoreLockedError(dataDir, process.pid, path);
  const mine: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
    }
    const holder = readLock(path);
    const stale = holder !== null && holder.host === mine.host && (holder.pid === process.pid || !isAlive(holder.pid));
    if (!stale) throw new StoreLockedError(dataDir, holder?.pid ?? -1, path);
    warn({ lockFile: path, stalePid: holder.pid }, 'embedded store: taking over a lock left by a process that is gone');
    unlinkSync(path);
  }
  heldHere.add(real);
  return {
    release() {
      heldHere.delete(real);
      if (readLock(path)?.pid === process.pid) unlinkSync(path);
    },
  };
}
