/**
 * Child process for the crash test: writes to the store on the directory given as the
 * first argument and prints one line per acknowledged write, until it is SIGKILLed.
 *   i <id>   insert acknowledged        d <id>   delete acknowledged
 *   x <id>   delete about to be sent (its outcome is unknown until "d")
 *   c <n>    counter incremented to n (findOneAndUpdate with upsert)
 * stdout is a pipe, which Node writes synchronously on Linux: a printed line was acked.
 */
import { MongoClient } from 'mongodb';
import { startEmbeddedStore } from '../../src';

const dataDir = process.argv[2];
const round = process.argv[3] ?? '0';
if (!dataDir) throw new Error('usage: crash-writer <dataDir> <round>');

const store = await startEmbeddedStore({ dataDir, compactAfterBytes: 48 * 1024 });
const client = new MongoClient(store.uri, { maxPoolSize: 8 });
await client.connect();
const coll = client.db('crash').collection<{ _id: string; n?: number; pad?: string }>('acks');
process.stdout.write('ready\n');

async function inserter(worker: number): Promise<never> {
  for (let i = 0; ; i++) {
    const id = `${round}-${worker}-${i}`;
    await coll.insertOne({ _id: id, pad: 'x'.repeat(50 + ((i * 37) % 400)) });
    process.stdout.write(`i ${id}\n`);
    if (i % 5 === 4) {
      const victim = `${round}-${worker}-${i - 2}`;
      process.stdout.write(`x ${victim}\n`);
      await coll.deleteOne({ _id: victim });
      process.stdout.write(`d ${victim}\n`);
    }
  }
}

async function counter(): Promise<never> {
  for (;;) {
    const doc = await coll.findOneAndUpdate({ _id: 'counter' }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' });
    process.stdout.write(`c ${doc?.n ?? 0}\n`);
  }
}

await Promise.all([inserter(0), inserter(1), inserter(2), inserter(3), counter()]);
