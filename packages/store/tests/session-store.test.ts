import MongoStore from 'connect-mongo';
import type { SessionData } from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../src/testing';

let database: TestDatabase;
let sessions: MongoStore;

type Callback<T> = (err: unknown, value?: T | null) => void;
const promisify = <T>(fn: (cb: Callback<T>) => void): Promise<T | null | undefined> =>
  new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

const sessionFor = (user: string, ms = 60_000): SessionData =>
  ({ cookie: { originalMaxAge: ms, maxAge: ms, expires: new Date(Date.now() + ms) }, user }) as unknown as SessionData;

beforeAll(async () => {
  database = await startTestDatabase();
  sessions = MongoStore.create({ mongoUrl: database.uri, dbName: database.dbName });
});

afterAll(async () => {
  await sessions?.close();
  await database?.stop();
});

describe('connect-mongo session store', () => {
  it('stores, reads, touches, counts and destroys a session', async () => {
    await promisify<void>((cb) => sessions.set('sid-1', sessionFor('alice'), cb));
    expect(await promisify<SessionData>((cb) => sessions.get('sid-1', cb))).toMatchObject({ user: 'alice' });

    await promisify<void>((cb) => sessions.touch('sid-1', sessionFor('alice', 120_000), cb));
    expect(await promisify<number>((cb) => sessions.length(cb))).toBe(1);
    expect(await promisify<SessionData[] | Record<string, SessionData>>((cb) => sessions.all(cb))).toHaveLength(1);

    await promisify<void>((cb) => sessions.destroy('sid-1', cb));
    expect(await promisify<SessionData>((cb) => sessions.get('sid-1', cb))).toBeNull();
  });

  it('does not return a session whose expiry has passed', async () => {
    await promisify<void>((cb) => sessions.set('sid-old', sessionFor('bob', -1_000), cb));
    expect(await promisify<SessionData>((cb) => sessions.get('sid-old', cb))).toBeNull();
  });

  it('clears all sessions', async () => {
    await promisify<void>((cb) => sessions.set('sid-2', sessionFor('carol'), cb));
    await promisify<void>((cb) => sessions.clear(cb));
    expect(await promisify<number>((cb) => sessions.length(cb))).toBe(0);
  });
});
