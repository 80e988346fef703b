import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { startEmbeddedStore } from '../../src';
import { captureLogger } from './disk';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/**
 * When the writer is killed: a number of milliseconds after it is ready, or once it has
 * acknowledged a number of writes and then some milliseconds more (the same moments on any
 * machine, fast or slow).
 */
export type KillMoment = number | { acknowledged: number; thenMs: number };

export interface RoundOutcome {
  round: number;
  killedAfterMs: number;
  /** Writes acknowledged when the kill was sent. */
  acknowledgedAtKill: number;
  acknowledged: number;
  missing: string[];
  resurrected: string[];
  counterAcked: number;
  counterStored: number;
  /** Torn log tails cut on reopen (the lock takeover warning is not counted). */
  tornTails: number;
}

interface Acknowledged {
  inserted: Set<string>;
  /** Deletes sent: each may or may not have happened if the writer died before "d". */
  deleting: Set<string>;
  deleted: Set<string>;
  counter: number;
  acknowledgedAtKill: number;
  killedAfterMs: number;
}

/** Runs the writer, SIGKILLs it at the moment asked for, and returns every acknowledged write it printed. */
async function runWriter(dataDir: string, round: number, moment: KillMoment): Promise<Acknowledged> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const inserted = new Set<string>();
  const deleted = new Set<string>();
  const deleting = new Set<string>();
  let counter = 0;
  let buffered = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  let readyAt = 0;
  let killedAfterMs = -1;
  let acknowledgedAtKill = -1;
  const acknowledgedSoFar = () => inserted.size + deleted.size + counter;
  const kill = () => {
    if (killedAfterMs >= 0) return;
    killedAfterMs = Math.round(performance.now() - readyAt);
    acknowledgedAtKill = acknowledgedSoFar();
    child.kill('SIGKILL');
  };
  const killLater = (ms: number) => {
    if (timer === undefined) timer = setTimeout(kill, ms);
  };
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [kind, value = ''] = line.split(' ');
      if (kind === 'ready') {
        readyAt = performance.now();
        if (typeof moment === 'number') killLater(moment);
      } else if (kind === 'i') inserted.add(value);
      else if (kind === 'x') deleting.add(value);
      else if (kind === 'd') deleted.add(value);
      else if (kind === 'c') counter = Math.max(counter, Number(value));
    }
    if (typeof moment !== 'number' && readyAt && acknowledgedSoFar() >= moment.acknowledged) killLater(moment.thenMs);
  });
  // 'close', not 'exit': every line the writer printed before it died has been read by then.
  const exit = await new Promise<NodeJS.Signals | number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ?? code)));
  clearTimeout(timer);
  if (exit !== 'SIGKILL') throw new Error(`crash writer exited by itself (${String(exit)}): ${stderr}`);
  return { inserted, deleting, deleted, counter, acknowledgedAtKill, killedAfterMs };
}

/**
 * One round: write until killed at a random moment, reopen the store, and compare what
 * it holds with what was acknowledged.
 */
export async function crashRound(dataDir: string, round: number, moment: KillMoment): Promise<RoundOutcome> {
  const acked = await runWriter(dataDir, round, moment);
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
      killedAfterMs: acked.killedAfterMs,
      acknowledgedAtKill: acked.acknowledgedAtKill,
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
