import pino from 'pino';
import { inject } from 'vitest';
import { startEmbeddedStore } from '@carrier-planner/store';
import { startPlanner, type RunningPlanner } from '../../server/boot';
import type { Config } from '../../server/config';
import { startTestDatabase } from './engine';
import { copySnapshot, TEST_PASSWORD, testConfig, type SeededSnapshot } from './seededSnapshot';

export { TEST_PASSWORD };

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like API caller: keeps its session cookie and sends the CSRF token back. */
export class ApiClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  language = 'en';

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** The session cookie's value, to compare before and after login. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit & { headers: Record<string, string> } = {
      method,
      headers: { 'Accept-Language': this.language, ...headers },
      redirect: 'manual',
    };
    if (this.cookies.size) init.headers.Cookie = this.cookieHeader;
    if (this.csrfToken && method !== 'GET' && !('X-CSRF-Token' in headers)) init.headers['X-CSRF-Token'] = this.csrfToken;
    if (body !== undefined) {
      if (typeof body === 'string' || body instanceof Uint8Array) {
        init.body = body as BodyInit;
      } else {
        init.headers['Content-Type'] ??= 'application/json';
        init.body = JSON.stringify(body);
      }
    }
    const response = await fetch(this.baseUrl + path, init);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (CSV, HTML): keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }

  /** Fetches a file as bytes (exports, templates), keeping a BOM or a zip intact. */
  async download(path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const response = await fetch(this.baseUrl + path, { headers: { Cookie: this.cookieHeader, 'Accept-Language': this.language } });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  /** Logs in and picks up the CSRF token, as the client app does. */
  async login(username: string, password = TEST_PASSWORD): Promise<this> {
    const reply = await this.post('/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`login as ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    const session = await this.get('/api/auth/session');
    this.csrfToken = session.body.csrfToken;
    return this;
  }
}

export interface TestApp {
  url: string;
  planner: RunningPlanner;
  /** A fresh, logged-out client. */
  client(): ApiClient;
  /** A client logged in as one of the demo accounts (admin, planner, leader, manager). */
  as(role: 'admin' | 'planner' | 'leader' | 'manager'): Promise<ApiClient>;
  /** Moves the app's clock forward (sessions, timestamps). */
  advanceClock(ms: number): void;
  /** Session cookies of each role, already signed in (a copy of the run's seeded snapshot), or null. */
  signedIn: SeededSnapshot['sessions'] | null;
  close(): Promise<void>;
}

/**
 * A real server on a fresh database (embedded store unless MONGODB_URI/TEST_ENGINE say
 * otherwise), with demo accounts whose password is TEST_PASSWORD. Seed data is loaded
 * only when asked for.
 */
export async function startTestApp(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  // The browser project's global setup seeds once; a seeded suite starts on its own copy.
  const snapshot = options.seed ? seededSnapshot() : null;
  const database = snapshot ? await startOnCopy(snapshot) : await startTestDatabase();
  let offsetMs = 0;
  const config: Config = testConfig({ seedOnFirstStart: options.seed ?? false, ...options.config });
  const planner = await startPlanner(config, {
    logger: pino({ level: 'silent' }),
    now: () => Date.now() + offsetMs,
    database: { uri: database.uri, dbName: database.dbName, engine: 'embedded' },
  });
  const url = `http://127.0.0.1:${planner.port}`;
  return {
    url,
    planner,
    client: () => new ApiClient(url),
    as: (role) => new ApiClient(url).login(role),
    advanceClock: (ms) => {
      offsetMs += ms;
    },
    signedIn: snapshot?.sessions ?? null,
    close: async () => {
      await planner.close();
      await database.stop();
    },
  };
}

function seededSnapshot(): SeededSnapshot | null {
  try {
    return inject('seededSnapshot') ?? null;
  } catch {
    return null;
  }
}

/** The embedded store on a copy of the seeded snapshot: seeded and signed in, nothing to redo. */
async function startOnCopy(snapshot: SeededSnapshot) {
  const copy = await copySnapshot(snapshot);
  const store = await startEmbeddedStore({ dataDir: copy.dataDir });
  return {
    uri: store.uri,
    dbName: snapshot.dbName,
    async stop() {
      await store.close();
      await copy.remove();
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    seededSnapshot: SeededSnapshot | null;
    browserEndpoint: string | null;
  }
}
