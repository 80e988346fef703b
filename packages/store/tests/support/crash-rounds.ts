import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { startEmbeddedStore } from '../../src';
import { captureLogger } from './disk';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

export interface RoundOutcome {
  round: number;
  killedAfterMs: number;
  acknowledged: number;
  missing: string[];
  resurrected: string[];
  counterAcked: number;
  counterStored: number;
  /** Torn log tails cut on reopen (the lock takeover warning is not counted). */
  tornTails: number;
}

/** Runs the writer, SIGKILLs it after `killAfterMs`, and returns every acknowledged write it printed. */
interface Acknowledged {
  inserted: Set<string>;
  /** Deletes sent: each may or may not have happened if the writer died before "d". */
  deleting: Set<string>;
  deleted: Set<string>;
  counter: number;
}

async function runWriter(dataDir: string, round: number, killAfterMs: number): Promise<Acknowledged> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const inserted = new Set<string>();
  const deleted = new Set<string>();
  const deleting = new Set<string>();
  let counter = 0;
  let buffered = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [kind, value = ''] = line.split(' ');
      if (kind === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      else if (kind === 'i') inserted.add(value);
      else if (kind === 'x') deleting.add(value);
      else if (kind === 'd') deleted.add(value);
      else if (kind === 'c') counter = Math.max(counter, Number(value));
    }
  });
  const exit = await new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  clearTimeout(timer);
  if (exit !== 'SIGKILL') throw new Error(`crash writer exited by itself (${String(exit)}): ${stderr}`);
  return { inserted, deleting, deleted, counter };
}

/**
 * One round: write until killed at a random moment, reopen the store, and compare what
 * it holds with what was acknowledged.
 */
export async function crashRound(dataDir: string, round: number, killAfterMs: number): Promise<RoundOutcome> {
  const acked = await runWriter(dataDir, round, killAfterMs);
  const logger = captureLogger();
  const store = await startEmbeddedStore({ dataDir, logger });
  const client = new MongoClient(store.uri);
  try {
    const coll = client.db('crash').collection<{ _id: string; n?: number }>('acks');
    const present = new Set((await coll.find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id));
    const missing = [...acked.inserted].filter((id) => !acked.deleting.has(id) && !present.has(id));
    const resurrected = [...acked.deleted].filter((id) => present.has(id));
    const counterStored = (await coll.findOne({ _id: 'counter' }))?.n ?? 0;
    return {
      round,
      killedAfterMs: killAfterMs,
      acknowledged: acked.inserted.size + acked.deleted.size + acked.counter,
      missing,
      resurrected,
      counterAcked: acked.counter,
      counterStored,
      tornTails: logger.warnings.filter((w) => w.msg?.includes('tail')).length,
    };
  } finally {
    await client.close();
    await store.close();
  }
}
