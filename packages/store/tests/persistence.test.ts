import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Double, Int32, Long, ObjectId } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedStore, StoreLockedError } from '../src';
import { captureLogger, dataFiles, newDataDir, removeDir, withStore } from './support/disk';

let dataDir: string;

beforeEach(async () => {
  dataDir = await newDataDir();
});

afterEach(async () => {
  await removeDir(dataDir);
});

describe('persistence across restarts', () => {
  it('keeps inserts, updates, deletes, indexes and catalog changes', async () => {
    await withStore(dataDir, async (client) => {
      const db = client.db('app');
      await db.collection('carriers').createIndex({ code: 1 }, { unique: true });
      await db.collection('carriers').insertMany([{ code: 'A', n: 1 }, { code: 'B', n: 2 }, { code: 'C', n: 3 }]);
      await db.collection('carriers').updateOne({ code: 'A' }, { $inc: { n: 10 } });
      await db.collection('carriers').deleteOne({ code: 'B' });
      await db.collection('scratch').insertOne({ x: 1 });
      await db.collection('scratch').drop();
      await db.collection('old').insertOne({ y: 1 });
      await db.collection('old').rename('renamed');
      await client.db('gone').collection('c').insertOne({ z: 1 });
      await client.db('gone').dropDatabase();
    });

    await withStore(dataDir, async (client) => {
      const db = client.db('app');
      const carriers = await db.collection('carriers').find({}, { projection: { _id: 0 } }).sort({ code: 1 }).toArray();
      expect(carriers).toEqual([{ code: 'A', n: 11 }, { code: 'C', n: 3 }]);
      expect((await db.listCollections().toArray()).map((c) => c.name).sort()).toEqual(['carriers', 'renamed']);
      expect((await client.db('admin').admin().listDatabases()).databases.map((d) => d.name)).not.toContain('gone');
      const duplicate = await db.collection('carriers').insertOne({ code: 'A' }).catch((err: unknown) => err);
      expect(duplicate).toMatchObject({ code: 11000 });
    });
  });

  it('keeps BSON types exactly: int32, int64, integral doubles, dates, ObjectIds, nesting', async () => {
    const id = new ObjectId();
    const when = new Date('2024-05-06T07:08:09.123Z');
    await withStore(dataDir, async (client) => {
      await client.db('app').collection('types').insertOne({
        _id: id, i: new Int32(5), l: Long.fromNumber(9_007_199_254_740_991), d: new Double(5), f: 2.5, when,
        nested: { list: [new Double(1), 2, { deep: Long.fromNumber(3) }] },
      });
    });
    await withStore(dataDir, async (client) => {
      const doc = await client.db('app').collection('types').findOne({ _id: id }, { promoteValues: false, promoteLongs: false });
      expect(doc?.i).toEqual(new Int32(5));
      expect(doc?.l).toEqual(Long.fromNumber(9_007_199_254_740_991));
      expect(doc?.d).toEqual(new Double(5));
      expect(doc?.f).toEqual(new Double(2.5));
      expect(doc?.when).toEqual(when);
      expect(doc?.nested).toEqual({ list: [new Double(1), new Int32(2), { deep: Long.fromNumber(3) }] });
    });
  });

  it('compacts the log into a snapshot and loses nothing', async () => {
    await withStore(dataDir, async (client) => {
      const coll = client.db('app').collection('bulk');
      await coll.createIndex({ k: 1 }, { unique: true });
      for (let batch = 0; batch < 20; batch++) {
        await coll.insertMany(Array.from({ length: 50 }, (_, i) => ({ k: batch * 50 + i, text: 'x'.repeat(200) })));
        await coll.updateMany({ k: { $lt: batch * 50 } }, { $inc: { touched: 1 } });
      }
      await coll.deleteMany({ k: { $gte: 990 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }, { compactAfterBytes: 64 * 1024 });
    const files = await dataFiles(dataDir);
    expect(files.snapshots).toHaveLength(1);

    await withStore(dataDir, async (client) => {
      const coll = client.db('app').collection('bulk');
      expect(await coll.countDocuments()).toBe(990);
      expect(await coll.findOne({ k: 0 }, { projection: { _id: 0, k: 1, touched: 1 } })).toEqual({ k: 0, touched: 19 });
      expect(await coll.findOne({ k: 989 }, { projection: { _id: 0, k: 1, touched: 1 } })).toEqual({ k: 989 });
      expect(await coll.insertOne({ k: 5 }).catch((err: unknown) => err)).toMatchObject({ code: 11000 });
    });
  });
});

describe('the data directory lock', () => {
  it('refuses a second store on the same directory, naming the directory and the holding pid', async () => {
    const first = await startEmbeddedStore({ dataDir });
    try {
      const second = await startEmbeddedStore({ dataDir }).catch((err: unknown) => err);
      expect(second).toBeInstanceOf(StoreLockedError);
      expect((second as Error).message).toContain(dataDir);
      expect((second as Error).message).toContain(`process ${process.pid}`);
    } finally {
      await first.close();
    }
  });

  it('refuses a directory locked by another live process', async () => {
    await writeFile(join(dataDir, 'store.lock'), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    const error = await startEmbeddedStore({ dataDir }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(`process ${process.ppid}`);
  });

  it('takes over a lock left by a process that no longer exists, with a warning', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stalePid = Number(gone.stdout);
    await writeFile(join(dataDir, 'store.lock'), JSON.stringify({ pid: stalePid, host: (await import('node:os')).hostname(), since: 'then' }));
    const logger = captureLogger();
    const store = await startEmbeddedStore({ dataDir, logger });
    await store.close();
    expect(logger.warnings.some((w) => JSON.stringify(w.obj).includes(String(stalePid)))).toBe(true);
  });

  it('releases the lock on close so the directory can be reopened', async () => {
    const first = await startEmbeddedStore({ dataDir });
    await first.close();
    const second = await startEmbeddedStore({ dataDir });
    await second.close();
  });
});
