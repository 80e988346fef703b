import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedStore, StoreCorruptedError } from '../src';
import { captureLogger, dataFiles, newDataDir, removeDir, withStore } from './support/disk';

let dataDir: string;

beforeEach(async () => {
  dataDir = await newDataDir();
});

afterEach(async () => {
  await removeDir(dataDir);
});

/** Ten documents, each written by its own acknowledged insert (one log record each). */
async function writeTen(): Promise<void> {
  await withStore(dataDir, async (client) => {
    const coll = client.db('app').collection('items');
    for (let i = 0; i < 10; i++) await coll.insertOne({ _id: i as never, text: `item ${i}` });
  });
}

async function storedIds(logger = captureLogger()): Promise<number[]> {
  return withStore(dataDir, async (client) => {
    const docs = await client.db('app').collection('items').find({}).sort({ _id: 1 }).toArray();
    return docs.map((d) => d._id as unknown as number);
  }, { logger });
}

async function onlyLog(): Promise<string> {
  const { logs } = await dataFiles(dataDir);
  expect(logs).toHaveLength(1);
  return logs[0] as string;
}

async function flipByte(path: string, offset: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[offset] = (bytes[offset] as number) ^ 0x5a;
  await writeFile(path, bytes);
}

describe('recovery from a damaged log tail', () => {
  it('cuts a truncated last record with a warning and keeps every earlier one', async () => {
    await writeTen();
    const log = await onlyLog();
    const { size } = await stat(log);
    await truncate(log, size - 7);
    const logger = captureLogger();
    expect(await storedIds(logger)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(logger.warnings.map((w) => JSON.stringify(w.obj))).toEqual([expect.stringContaining(log)]);
  });

  it('cuts a bit-flipped last record with a warning', async () => {
    await writeTen();
    const log = await onlyLog();
    const { size } = await stat(log);
    await flipByte(log, size - 10);
    const logger = captureLogger();
    expect(await storedIds(logger)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(logger.warnings).toHaveLength(1);
    expect(JSON.stringify(logger.warnings[0]?.obj)).toContain('checksum mismatch');
  });

  it('cuts zeros left after the last record', async () => {
    await writeTen();
    await appendFile(await onlyLog(), Buffer.alloc(4096));
    const logger = captureLogger();
    expect(await storedIds(logger)).toHaveLength(10);
    expect(logger.warnings).toHaveLength(1);
  });

  it('keeps accepting writes after a cut, and the next restart is clean', async () => {
    await writeTen();
    const log = await onlyLog();
    await truncate(log, (await stat(log)).size - 3);
    await withStore(dataDir, async (client) => {
      await client.db('app').collection('items').insertOne({ _id: 100 as never });
    });
    const logger = captureLogger();
    expect(await storedIds(logger)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 100]);
    expect(logger.warnings).toEqual([]);
  });
});

describe('damage in the middle of the data', () => {
  it('refuses to open, naming the file and the offset, and changes nothing', async () => {
    await writeTen();
    const log = await onlyLog();
    const before = await readFile(log);
    // Offset 40 lies inside an early record: valid records follow the damage.
    await flipByte(log, 40);
    const damaged = await readFile(log);
    const error = await startEmbeddedStore({ dataDir }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StoreCorruptedError);
    const message = (error as Error).message;
    expect(message).toContain(log);
    expect(message).toMatch(/offset \d+/);
    expect(await readFile(log)).toEqual(damaged);
    expect(damaged).not.toEqual(before);
  });

  it('names the offset of the first damaged record', async () => {
    await writeTen();
    const log = await onlyLog();
    const bytes = await readFile(log);
    const firstRecordLength = 12 + bytes.readUInt32LE(4);
    await flipByte(log, firstRecordLength + 20);
    const error = await startEmbeddedStore({ dataDir }).catch((err: unknown) => err);
    expect((error as Error).message).toContain(`offset ${firstRecordLength}`);
  });

  it('refuses a damaged snapshot', async () => {
    await withStore(dataDir, async (client) => {
      const coll = client.db('app').collection('items');
      for (let i = 0; i < 30; i++) await coll.insertOne({ _id: i as never, text: 'y'.repeat(100) });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }, { compactAfterBytes: 1024 });
    const { snapshots } = await dataFiles(dataDir);
    expect(snapshots).toHaveLength(1);
    await flipByte(snapshots[0] as string, 60);
    const error = await startEmbeddedStore({ dataDir }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StoreCorruptedError);
    expect((error as Error).message).toContain(snapshots[0] as string);
  });
});
