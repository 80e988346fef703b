import fc from 'fast-check';
import { ApiClient } from '../../support/api';
import { changedCollections, type DataChecksum, type DataInspector, type WriteWatch } from './checksum';
import { fuzzRequest, type Caller, type FuzzPools, type FuzzRequest } from './fuzzRequests';

type Role = Exclude<Caller, 'anonymous'>;
const ROLES: Role[] = ['admin', 'planner', 'leader', 'manager'];

export interface Violation {
  /** Replay: the same seed and `--runs index+1` regenerate this request after the same prefix. */
  seed: number;
  index: number;
  kind: 'server_error' | 'refusal_changed_data' | 'hang' | 'error_shape' | 'prototype_polluted' | 'unobserved_write';
  request: FuzzRequest;
  status: number | null;
  body: string;
  changed?: string[];
}

export interface FuzzReport {
  seed: number;
  runs: number;
  byStatus: Record<string, number>;
  byEndpoint: Record<string, Record<string, number>>;
  violations: Violation[];
  refusalsChecked: number;
  /** Refusals during which the app sent a write, so the full checksums were compared. */
  refusalsThatWrote: number;
  /** Full checksum computations (after every write, at every interval and at the end). */
  checksums: number;
  relogins: number;
  elapsedMs: number;
}

export interface FuzzTarget {
  url: string;
  inspector: DataInspector;
  password: string;
  /**
   * The app's writes, when it runs in this process: the checksum is then recomputed only
   * after a request that wrote (and compared in full every `verifyEvery` requests). Without
   * it, the checksum is recomputed after every request.
   */
  writes?: WriteWatch;
}

const LOGIN_USER = 'fuzz-login';
const LOGIN_PASSWORD = 'fuzz login passphrase 2025';

/**
 * The state a fuzz run starts from: one client per role, a throwaway account for login and
 * logout, and pools of real ids (seed carriers, pending changes, scenarios, targets).
 */
export async function prepareFuzz(target: FuzzTarget): Promise<{ clients: Record<Role, ApiClient>; pools: FuzzPools }> {
  const clients = {} as Record<Role, ApiClient>;
  for (const role of ROLES) clients[role] = await new ApiClient(target.url).login(role, target.password);
  const created = await clients.admin.post('/api/users', { username: LOGIN_USER, displayName: '模糊登录', role: 'leader', password: LOGIN_PASSWORD });
  if (created.status !== 201 && created.status !== 409) throw new Error(`could not create ${LOGIN_USER}: ${created.status}`);

  const carriers = (await clients.planner.get('/api/carriers?limit=500')).body.items.map((item: { id: string; version: number }) => ({ id: item.id, version: item.version }));
  const changes: string[] = [];
  for (let index = 0; index < 4; index++) {
    const reply = await clients.manager.post('/api/carriers', {
      name: `待审模糊载体 ${Date.now()}-${index}`,
      kind: 'makerspace',
      region: 'taicang',
      phases: [{ label: '一期', incubationAreaM2: 800, status: 'open', openedOn: '2024-01-01' }],
    });
    if (reply.status === 202) changes.push(reply.body.change.id);
  }
  const scenarios: FuzzPools['scenarios'] = [];
  for (const region of ['taicang', 'kunshan']) {
    const reply = await clients.planner.post('/api/scenarios', { scenario: { name: `基准方案 ${region}`, region, edits: [{ kind: 'slip', months: 3 }] } });
    if (reply.status === 201) scenarios.push({ id: reply.body.scenario.id, version: reply.body.scenario.version });
  }
  const targets: FuzzPools['targets'] = [];
  for (const region of ['taicang', 'kunshan']) {
    for (const item of (await clients.planner.get(`/api/regions/${region}/targets`)).body.items ?? []) {
      const { version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...definition } = item;
      targets.push({ id: item.id, version, definition });
    }
  }
  return { clients, pools: { carriers, changes, scenarios, targets, users: [], loginUsername: LOGIN_USER, loginPassword: LOGIN_PASSWORD, sequence: 0 } };
}

/** Generates request `index` of a run; the same seed, index and pools give the same request. */
export function generateRequest(pools: FuzzPools, seed: number, index: number): FuzzRequest {
  pools.sequence = index;
  return fc.sample(fuzzRequest(pools, `${seed}-${index}`), { seed: seed + index, numRuns: 1 })[0]!;
}

interface Sent {
  status: number | null;
  text: string;
  timedOut: boolean;
}

async function send(target: FuzzTarget, client: ApiClient | null, request: FuzzRequest, timeoutMs: number): Promise<Sent> {
  const headers: Record<string, string> = { 'Accept-Language': request.language };
  if (client) headers.Cookie = client.cookieHeader;
  if (client?.csrfToken && request.csrf !== 'missing') headers['X-CSRF-Token'] = request.csrf === 'ok' ? client.csrfToken : `${client.csrfToken.slice(0, -2)}xx`;
  const mayHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
  let body: string | undefined;
  if (request.body && mayHaveBody) {
    body = 'json' in request.body ? JSON.stringify(request.body.json) ?? 'null' : request.body.raw;
    if (request.contentType) headers['Content-Type'] = request.contentType;
    if (request.contentEncoding) headers['Content-Encoding'] = request.contentEncoding;
  }
  try {
    const response = await fetch(target.url + request.path, { method: request.method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, text: await response.text(), timedOut: false };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { status: null, text: '', timedOut: true };
    // A reset connection (e.g. the server refusing a huge body mid-upload) is an answer, not a hang.
    return { status: 0, text: String((error as Error).cause ?? error), timedOut: false };
  }
}

function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Keeps the pools in step with what the server created, versioned or removed. */
function learn(pools: FuzzPools, request: FuzzRequest, status: number, body: any): void {
  if (!body || typeof body !== 'object') return;
  const idInPath = request.path.split('?')[0]!.split('/')[3];
  const bump = (list: { id: string; version: number }[], id: string | undefined, version: unknown) => {
    const entry = list.find((candidate) => candidate.id === id);
    if (entry && typeof version === 'number') entry.version = version;
  };
  if (status === 409 && typeof body.error?.currentVersion === 'number') {
    bump(pools.carriers, idInPath, body.error.currentVersion);
    bump(pools.scenarios, idInPath, body.error.currentVersion);
    bump(pools.targets, idInPath, body.error.currentVersion);
  }
  if (status < 200 || status >= 300) return;
  if (body.carrier?.id) {
    if (!pools.carriers.some((carrier) => carrier.id === body.carrier.id)) pools.carriers.push({ id: body.carrier.id, version: body.carrier.version });
    else bump(pools.carriers, body.carrier.id, body.carrier.version);
  }
  if (body.change?.id && body.change.status === 'pending' && !pools.changes.includes(body.change.id)) pools.changes.push(body.change.id);
  if (body.scenario?.id) {
    if (!pools.scenarios.some((scenario) => scenario.id === body.scenario.id)) pools.scenarios.push({ id: body.scenario.id, version: body.scenario.version });
    else bump(pools.scenarios, body.scenario.id, body.scenario.version);
  }
  if (body.target?.id) {
    const { version, updatedAt: _updatedAt, updatedBy: _updatedBy, ...definition } = body.target;
    const existing = pools.targets.find((candidate) => candidate.id === body.target.id);
    if (existing) existing.version = version;
    else pools.targets.push({ id: body.target.id, version, definition });
  }
  if (body.user?.id && !pools.users.includes(body.user.id) && body.user.username !== 'admin') pools.users.push(body.user.id);
}

function isApiPath(url: string, path: string): boolean {
  const pathname = new URL(path, url).pathname;
  return pathname === '/api' || pathname.startsWith('/api/');
}

function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && probe.isAdmin === undefined && Object.keys(Object.prototype).length === 0;
}

export interface RunOptions {
  seed: number;
  runs: number;
  /** The server runs in this process, so Object.prototype can be checked after each request. */
  checkPrototype?: boolean;
  timeoutMs?: number;
  /** Called every `progressEvery` requests. */
  onProgress?: (done: number, report: FuzzReport) => void;
  progressEvery?: number;
  /** With a WriteWatch: compare a fresh full checksum with the kept one this often. */
  verifyEvery?: number;
  /** Stop at the first violation (the test) or keep going and collect them (the bench). */
  stopAtFirstViolation?: boolean;
}

/**
 * Sends `runs` generated requests one at a time and checks after each: no 5xx, no hang, an
 * error body of the one shape under /api, and — for every 4xx — the same data checksum as
 * before the request.
 */
export async function runFuzz(target: FuzzTarget, setup: { clients: Record<Role, ApiClient>; pools: FuzzPools }, options: RunOptions): Promise<FuzzReport> {
  const { clients, pools } = setup;
  const started = Date.now();
  const report: FuzzReport = { seed: options.seed, runs: 0, byStatus: {}, byEndpoint: {}, violations: [], refusalsChecked: 0, refusalsThatWrote: 0, checksums: 0, relogins: 0, elapsedMs: 0 };
  const checksum = async () => {
    report.checksums += 1;
    return target.inspector.checksum();
  };
  const watch = target.writes;
  const verifyEvery = options.verifyEvery ?? 25;
  watch?.take();
  let before: DataChecksum = await checksum();
  for (let index = 0; index < options.runs; index++) {
    const request = generateRequest(pools, options.seed, index);
    let client: ApiClient | null = null;
    if (request.as === 'fresh-login') client = await new ApiClient(target.url).login(LOGIN_USER, LOGIN_PASSWORD);
    else if (request.as !== 'anonymous') client = clients[request.as];
    // The harness's own login (audited) is not the request's doing.
    if (!watch || watch.take().length) before = await checksum();

    const sent = await send(target, client, request, options.timeoutMs ?? 20_000);
    const wrote = watch ? watch.take() : null;
    const after = !wrote || wrote.length ? await checksum() : before;
    const statusKey = sent.timedOut ? 'timeout' : String(sent.status);
    report.runs += 1;
    report.byStatus[statusKey] = (report.byStatus[statusKey] ?? 0) + 1;
    const perEndpoint = (report.byEndpoint[request.endpoint] ??= {});
    perEndpoint[statusKey] = (perEndpoint[statusKey] ?? 0) + 1;
    const violation = (kind: Violation['kind'], changed?: string[]) =>
      report.violations.push({ seed: options.seed, index, kind, request, status: sent.status, body: sent.text.slice(0, 1_000), ...(changed ? { changed } : {}) });

    const status = sent.status ?? 0;
    const body = parse(sent.text);
    if (sent.timedOut) violation('hang');
    else if (status >= 500) violation('server_error');
    if (status >= 400 && status < 500) {
      report.refusalsChecked += 1;
      if (wrote?.length) report.refusalsThatWrote += 1;
      if (after.digest !== before.digest) violation('refusal_changed_data', changedCollections(before, after));
    }
    // 414/431 come from Node's HTTP parser, before any of our code: no JSON body to check.
    if (status >= 400 && status !== 414 && status !== 431 && request.method !== 'HEAD' && isApiPath(target.url, request.path)) {
      const error = body?.error;
      if (typeof error?.id !== 'string' || typeof error?.message !== 'string' || !error.message) violation('error_shape');
    }
    if (options.checkPrototype && !prototypeIsClean()) violation('prototype_polluted');
    learn(pools, request, status, body);
    before = after;

    // Cross-check the write watch: nothing may have changed that it did not see.
    if (watch && ((index + 1) % verifyEvery === 0 || index + 1 === options.runs)) {
      const fresh = await checksum();
      const late = watch.take();
      if (fresh.digest !== before.digest) {
        if (!late.length) violation('unobserved_write', changedCollections(before, fresh));
        else if (status >= 400 && status < 500) violation('refusal_changed_data', changedCollections(before, fresh));
      }
      before = fresh;
    }

    // A session the request ended (it should not have) is logged in again and counted.
    if (status === 401 && request.as !== 'anonymous' && request.as !== 'fresh-login') {
      clients[request.as] = await new ApiClient(target.url).login(request.as, target.password);
      report.relogins += 1;
    }
    if (options.onProgress && (index + 1) % (options.progressEvery ?? 500) === 0) options.onProgress(index + 1, report);
    if (options.stopAtFirstViolation && report.violations.length) break;
  }
  report.elapsedMs = Date.now() - started;
  return report;
}

/** A violation as a line to paste into a terminal: the request, as curl would send it. */
export function describeViolation(violation: Violation, url: string): string {
  const { request } = violation;
  const body = request.body ? ('json' in request.body ? JSON.stringify(request.body.json) : request.body.raw) : undefined;
  const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  const shownBody = body === undefined ? undefined : shorten(body);
  return [
    `${violation.kind}: ${request.method} ${shorten(request.path)} as ${request.as} → ${violation.status ?? 'no answer'}${violation.changed ? ` (changed: ${violation.changed.join(', ')})` : ''}`,
    `  replay: --seed ${violation.seed} --runs ${violation.index + 1}   (request #${violation.index})`,
    `  headers: content-type=${request.contentType ?? '(none)'}${request.contentEncoding ? ` content-encoding=${request.contentEncoding}` : ''} csrf=${request.csrf} accept-language=${JSON.stringify(request.language)}`,
    ...(shownBody !== undefined ? [`  body: ${shownBody}`] : []),
    `  answer: ${violation.body.slice(0, 300)}`,
    `  curl -X ${request.method} '${url}${shorten(request.path)}'`,
  ].join('\n');
}
