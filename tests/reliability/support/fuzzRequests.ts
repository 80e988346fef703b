import fc from 'fast-check';
import { REGION_IDS } from '@shared/regions';
import { adversarialValue, mutatedBody, rawBody, specialString } from './adversarial';

export type Caller = 'anonymous' | 'admin' | 'planner' | 'leader' | 'manager';

/** One HTTP request, plain data, so a violation can be printed and replayed with curl. */
export interface FuzzRequest {
  /** Which logged-in client sends it; `fresh-login` logs a throwaway account in first (for logout). */
  as: Caller | 'fresh-login';
  method: string;
  /** Path and query string, already encoded. */
  path: string;
  /** Template name of the endpoint, for the tallies. */
  endpoint: string;
  body?: { json: unknown } | { raw: string };
  /** null sends no Content-Type header. */
  contentType: string | null;
  contentEncoding?: string;
  csrf: 'ok' | 'missing' | 'wrong';
  language: string;
}

/** Ids the server knows right now; requests mostly aim at real records, sometimes at nothing. */
export interface FuzzPools {
  carriers: { id: string; version: number }[];
  changes: string[];
  scenarios: { id: string; version: number }[];
  targets: { id: string; version: number; definition: Record<string, unknown> }[];
  /** Only accounts the fuzzer created: demo accounts keep their passwords and roles. */
  users: string[];
  /** A throwaway account for login bodies. */
  loginUsername: string;
  loginPassword: string;
  sequence: number;
}

const hex24 = fc.stringMatching(/^[0-9a-f]{24}$/);

const MALFORMED_IDS = [
  '0',
  'null',
  'undefined',
  '%00',
  '%zz',
  '..',
  '%2e%2e',
  'ZZZZZZZZZZZZZZZZZZZZZZZZ',
  '0123456789abcdef0123456',
  '0123456789ABCDEF01234567',
  '0123456789abcdef012345678',
  '0123456789abcdef01234567%00',
  '%7B%22%24gt%22%3A%22%22%7D',
  '$where',
  '__proto__',
  'constructor',
  encodeURIComponent('ａｂｃ'),
  encodeURIComponent('😀'.repeat(12)),
  'a'.repeat(5_000),
];

/** A path segment: a known id most of the time, else a random hex id or garbage. */
function idSegment(known: string[]): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 1, arbitrary: hex24 },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_IDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(safeEncode) },
  ];
  if (known.length) options.push({ weight: 5, arbitrary: fc.constantFrom(...known) });
  return fc.oneof(...options);
}

function nameSegment(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_IDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(safeEncode) },
  );
}

const QUERY_VALUES = [
  'taicang', 'kunshan', 'suzhou', 'incubator', 'incubator,makerspace', 'national', 'prefecture', 'open', 'planned,open', 'hitech',
  'biomedicine', '120,31,122,32', '122,32,120,31', '2020-01-01', '2030-12-31', 'true', 'false', 'name', '-openArea', '1', '50', '500',
  '501', '0', '-1', '1.5', '1e3', '99999999999999999999', 'verified', 'reported', 'csv', 'xlsx', 'geojson', 'pending', 'approved',
  'carrier', 'carrier:update', 'admin', 'kind', 'tier', '2024',
];

const QUERY_KEYS = [
  'region', 'kind', 'minTier', 'status', 'district', 'industry', 'q', 'bbox', 'openedFrom', 'openedTo', 'mine', 'sort', 'page', 'limit',
  'format', 'basis', 'asOf', 'year', 'dimension', 'key', 'version', 'dryRun', 'user', 'action', 'from', 'to',
];

const ADVERSARIAL_KEYS = ['q[$ne]', 'region[$regex]', 'region[]', '__proto__', '__proto__[polluted]', 'constructor[prototype][polluted]', '$where', 'limit[$gt]', 'a.b', ''];

/** encodeURIComponent throws on a lone surrogate; a URL cannot carry one anyway. */
export function safeEncode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

function encodeMaybe(text: string, encode: boolean): string {
  return encode ? safeEncode(text) : text.replace(/[#\s]/g, safeEncode);
}

/** `?a=b&…`: known keys with good and bad values, operator-shaped keys, repeated keys, garbage. */
function queryString(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...(keys.length ? keys : QUERY_KEYS)) },
    { weight: 1, arbitrary: fc.constantFrom(...QUERY_KEYS) },
    { weight: 2, arbitrary: fc.constantFrom(...ADVERSARIAL_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const value = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...QUERY_VALUES) },
    { weight: 2, arbitrary: specialString.map((text) => text.slice(0, 3_000)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
  return fc
    .array(fc.tuple(key, value, fc.boolean()), { maxLength: 5 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v, encode]) => `${encodeMaybe(k, encode)}=${encodeMaybe(v, encode)}`).join('&')}` : ''));
}

const FILTER_KEYS = ['region', 'kind', 'minTier', 'status', 'district', 'industry', 'q', 'bbox', 'openedFrom', 'openedTo', 'mine'];

/** A valid new carrier, unique by a sequence number and a random suffix. */
export function carrierTemplate(tag: string): Record<string, unknown> {
  return {
    name: `模糊测试孵化器 ${tag}`,
    kind: 'incubator',
    region: 'taicang',
    district: 'hitech',
    address: '太仓市科教新城',
    location: { type: 'Point', coordinates: [121.13, 31.46] },
    locationDatum: 'wgs84',
    operator: '运营方',
    industries: ['biomedicine'],
    phases: [{ label: '一期', incubationAreaM2: 10_000, floorAreaM2: 12_000, status: 'open', constructionStartedOn: '2021-03-01', openedOn: '2023-06-01' }],
    recognitions: [{ tier: 'prefecture', year: 2022 }],
    ratings: [{ year: 2023, grade: 'A' }],
    contact: { person: '张三', phone: '0512-00000000' },
  };
}

function scenarioTemplate(tag: string, region = 'taicang'): Record<string, unknown> {
  return {
    name: `模糊方案 ${tag}`,
    region,
    edits: [
      { kind: 'slip', months: 6 },
      { kind: 'add', carrier: { name: `假想载体 ${tag}`, kind: 'incubator', location: { type: 'Point', coordinates: [121.1, 31.5] }, phases: [{ label: '一期', incubationAreaM2: 5_000, status: 'planned', plannedOpeningOn: '2026-06-01' }] } },
    ],
  };
}

function userTemplate(tag: string): Record<string, unknown> {
  return { username: `fz-${tag}`.toLowerCase().replace(/[^a-z0-9._-]/g, '').slice(0, 32), displayName: `模糊用户 ${tag}`, role: 'leader', password: 'a long enough fuzz passphrase' };
}

const CONTENT_TYPES: (string | null)[] = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'multipart/form-data; boundary=x',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  null,
];

interface Shape {
  endpoint: string;
  method: string;
  path: fc.Arbitrary<string>;
  query?: readonly string[];
  body?: fc.Arbitrary<unknown>;
  /** Forces the caller (auth endpoints). */
  as?: fc.Arbitrary<FuzzRequest['as']>;
  weight?: number;
}

/** Every endpoint of the API, each with its paths, query keys and a valid body to start from. */
function shapes(pools: FuzzPools, tag: string): Shape[] {
  const carrierIds = pools.carriers.map((carrier) => carrier.id);
  const versionOf = (list: { version: number }[]) => (list.length ? list[pools.sequence % list.length]!.version : 1);
  const targetIds = pools.targets.map((target) => target.id);
  const someTarget = pools.targets.length ? pools.targets[pools.sequence % pools.targets.length]! : null;
  const region = nameSegment(REGION_IDS);
  const target = nameSegment(targetIds.length ? targetIds : ['A1']);
  const p = (strings: TemplateStringsArray, ...parts: fc.Arbitrary<string>[]) =>
    fc.tuple(...parts).map((values) => strings.reduce((path, text, index) => path + text + (index < values.length ? values[index] : ''), ''));
  const carrier = idSegment(carrierIds);
  const newTarget = someTarget ? { ...someTarget.definition, id: `F${tag.replace(/[^A-Za-z0-9]/g, '').slice(0, 18)}` } : {};
  return [
    { endpoint: 'GET /api/health', method: 'GET', path: fc.constant('/api/health'), weight: 1 },
    { endpoint: 'POST /api/auth/login', method: 'POST', path: fc.constant('/api/auth/login'), as: fc.constant('anonymous'), body: mutatedBody({ username: pools.loginUsername, password: pools.loginPassword }) },
    { endpoint: 'POST /api/auth/logout', method: 'POST', path: fc.constant('/api/auth/logout'), as: fc.constantFrom('anonymous', 'fresh-login'), weight: 1 },
    { endpoint: 'GET /api/auth/session', method: 'GET', path: fc.constant('/api/auth/session'), weight: 1 },
    { endpoint: 'GET /api/carriers', method: 'GET', path: fc.constant('/api/carriers'), query: [...FILTER_KEYS, 'sort', 'page', 'limit'], weight: 4 },
    { endpoint: 'POST /api/carriers', method: 'POST', path: fc.constant('/api/carriers'), body: mutatedBody(carrierTemplate(tag)), weight: 6 },
    { endpoint: 'GET /api/carriers/:id', method: 'GET', path: p`/api/carriers/${carrier}`, weight: 2 },
    { endpoint: 'PATCH /api/carriers/:id', method: 'PATCH', path: p`/api/carriers/${carrier}`, body: mutatedBody({ version: versionOf(pools.carriers), operator: `新运营方 ${tag}`, phases: carrierTemplate(tag).phases }), weight: 6 },
    { endpoint: 'DELETE /api/carriers/:id', method: 'DELETE', path: p`/api/carriers/${carrier}`, query: ['version'], weight: 2 },
    { endpoint: 'GET /api/carriers/:id/history', method: 'GET', path: p`/api/carriers/${carrier}/history`, weight: 1 },
    { endpoint: 'GET /api/carriers.geojson', method: 'GET', path: fc.constant('/api/carriers.geojson'), query: FILTER_KEYS, weight: 2 },
    { endpoint: 'GET /api/carriers/export', method: 'GET', path: fc.constant('/api/carriers/export'), query: [...FILTER_KEYS, 'format'], weight: 1 },
    { endpoint: 'GET /api/carriers/import/template', method: 'GET', path: fc.constant('/api/carriers/import/template'), query: ['format'], weight: 1 },
    {
      endpoint: 'POST /api/carriers/import',
      method: 'POST',
      path: fc.constant('/api/carriers/import'),
      query: ['dryRun', 'region'],
      body: fc.oneof(fc.constant(`载体名称,类型,地区,区镇,孵化面积(㎡),状态,投用日期\n模糊导入 ${tag},孵化器,太仓,太仓高新区,5000,已投用,2023-01-01\n`), rawBody, adversarialValue),
      weight: 2,
    },
    { endpoint: 'GET /api/changes', method: 'GET', path: fc.constant('/api/changes'), query: ['status', 'mine'], weight: 1 },
    { endpoint: 'POST /api/changes/:id/approve', method: 'POST', path: p`/api/changes/${idSegment(pools.changes)}/approve`, weight: 2 },
    { endpoint: 'POST /api/changes/:id/reject', method: 'POST', path: p`/api/changes/${idSegment(pools.changes)}/reject`, body: mutatedBody({ reason: '材料不全，请补充' }), weight: 2 },
    { endpoint: 'GET /api/regions', method: 'GET', path: fc.constant('/api/regions'), weight: 1 },
    { endpoint: 'GET /api/regions/:id/targets', method: 'GET', path: p`/api/regions/${region}/targets`, weight: 1 },
    { endpoint: 'POST /api/regions/:id/targets', method: 'POST', path: p`/api/regions/${region}/targets`, body: mutatedBody(newTarget), weight: 2 },
    { endpoint: 'GET /api/regions/:id/progress', method: 'GET', path: p`/api/regions/${region}/progress`, query: ['basis', 'asOf'], weight: 2 },
    { endpoint: 'GET /api/regions/:id/carriers', method: 'GET', path: p`/api/regions/${region}/carriers`, query: ['basis'], weight: 1 },
    {
      endpoint: 'GET /api/regions/:id/progress/:targetId/contributors',
      method: 'GET',
      path: p`/api/regions/${region}/progress/${target}/contributors`,
      query: ['basis', 'asOf', 'year', 'dimension', 'key'],
      weight: 2,
    },
    { endpoint: 'POST /api/regions/:id/scenarios/evaluate', method: 'POST', path: p`/api/regions/${region}/scenarios/evaluate`, body: mutatedBody({ scenario: scenarioTemplate(tag), basis: 'verified' }), weight: 2 },
    { endpoint: 'GET /api/targets/:id', method: 'GET', path: p`/api/targets/${target}`, weight: 1 },
    {
      endpoint: 'PUT /api/targets/:id',
      method: 'PUT',
      path: someTarget ? fc.oneof(fc.constant(`/api/targets/${someTarget.id}`), p`/api/targets/${target}`) : p`/api/targets/${target}`,
      body: mutatedBody({ target: someTarget?.definition ?? {}, version: someTarget?.version ?? 1 }),
      weight: 2,
    },
    { endpoint: 'DELETE /api/targets/:id', method: 'DELETE', path: p`/api/targets/${target}`, weight: 1 },
    { endpoint: 'GET /api/scenarios', method: 'GET', path: fc.constant('/api/scenarios'), query: ['region'], weight: 1 },
    { endpoint: 'POST /api/scenarios', method: 'POST', path: fc.constant('/api/scenarios'), body: mutatedBody({ scenario: scenarioTemplate(tag) }), weight: 2 },
    { endpoint: 'GET /api/scenarios/:id', method: 'GET', path: p`/api/scenarios/${idSegment(pools.scenarios.map((s) => s.id))}`, weight: 1 },
    {
      endpoint: 'PUT /api/scenarios/:id',
      method: 'PUT',
      path: p`/api/scenarios/${idSegment(pools.scenarios.map((s) => s.id))}`,
      body: mutatedBody({ scenario: scenarioTemplate(tag, 'kunshan'), version: versionOf(pools.scenarios) }),
      weight: 2,
    },
    { endpoint: 'DELETE /api/scenarios/:id', method: 'DELETE', path: p`/api/scenarios/${idSegment(pools.scenarios.map((s) => s.id))}`, weight: 1 },
    { endpoint: 'GET /api/users', method: 'GET', path: fc.constant('/api/users'), weight: 1 },
    { endpoint: 'POST /api/users', method: 'POST', path: fc.constant('/api/users'), body: mutatedBody(userTemplate(tag)), weight: 1 },
    { endpoint: 'PATCH /api/users/:id', method: 'PATCH', path: p`/api/users/${idSegment(pools.users)}`, body: mutatedBody({ displayName: `改名 ${tag}`, role: 'planner' }), weight: 1 },
    { endpoint: 'GET /api/audit', method: 'GET', path: fc.constant('/api/audit'), query: ['user', 'action', 'from', 'to', 'page', 'limit'], weight: 1 },
    {
      endpoint: 'ANY /api/*',
      method: 'GET',
      path: fc
        .array(fc.oneof(fc.constantFrom('carriers', 'regions', 'taicang', 'progress', 'changes', 'api', '..', '%2e%2e', 'carriers.geojson', 'export', 'import'), fc.string({ maxLength: 8 }).map(safeEncode)), { minLength: 0, maxLength: 4 })
        .map((segments) => `/api/${segments.join('/')}`),
      weight: 2,
    },
  ];
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];

/** A request for one endpoint: its caller, method (sometimes the wrong one), query, body and headers. */
export function fuzzRequest(pools: FuzzPools, tag: string): fc.Arbitrary<FuzzRequest> {
  const all = shapes(pools, tag);
  return fc.oneof(...all.map((shape) => ({ weight: shape.weight ?? 1, arbitrary: requestFor(shape) })));
}

function requestFor(shape: Shape): fc.Arbitrary<FuzzRequest> {
  const caller: fc.Arbitrary<FuzzRequest['as']> =
    shape.as ?? fc.oneof({ weight: 3, arbitrary: fc.constantFrom<Caller>('admin', 'planner') }, { weight: 2, arbitrary: fc.constantFrom<Caller>('manager', 'leader') }, { weight: 1, arbitrary: fc.constant<Caller>('anonymous') });
  const method = fc.oneof({ weight: 12, arbitrary: fc.constant(shape.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });
  const body: fc.Arbitrary<FuzzRequest['body'] | undefined> = shape.body
    ? fc.oneof(
        { weight: 8, arbitrary: shape.body.map((json) => (typeof json === 'string' && shape.endpoint.includes('import') ? { raw: json } : { json })) },
        { weight: 1, arbitrary: rawBody.map((raw) => ({ raw })) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: adversarialValue.map((json) => ({ json })) }, { weight: 1, arbitrary: rawBody.map((raw) => ({ raw })) });
  const contentType = fc.oneof(
    { weight: 10, arbitrary: fc.constant<string | null>(shape.endpoint.includes('import') ? 'text/csv; charset=utf-8' : 'application/json') },
    { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  );
  const contentEncoding = fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'x-unknown') });
  const csrf = fc.oneof({ weight: 12, arbitrary: fc.constant<'ok'>('ok') }, { weight: 1, arbitrary: fc.constantFrom<'missing' | 'wrong'>('missing', 'wrong') });
  const language = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('en', 'zh', 'zh-CN,zh;q=0.9') }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => text.replace(/[^\x20-\x7e]/g, '')) });
  return fc
    .record({ as: caller, method, path: shape.path, query: shape.query ? queryString(shape.query) : fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryString([]) }), body, contentType, contentEncoding, csrf, language })
    .map(({ query, body: requestBody, contentEncoding: encoding, ...rest }) => ({
      ...rest,
      endpoint: shape.endpoint,
      path: rest.path + query,
      ...(requestBody === undefined ? {} : { body: requestBody }),
      ...(encoding ? { contentEncoding: encoding } : {}),
    }));
}
