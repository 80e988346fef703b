import { ApiClient } from '../../support/api';
import { spawnPlanner, type RunningChild, type StandbyPlanner } from './processes';
import { mulberry32 } from '../../../seeds/prng';

/** Every carrier a crash run writes has this in its name, so the checks find them all. */
export const CRASH_PREFIX = '崩溃演练';

type Input = Record<string, any>;

interface Acknowledged {
  id: string;
  name: string;
  input: Input;
  /** Version and operator of the last acknowledged write (create or edit). */
  version: number;
  operator: string | undefined;
  /** An edit sent after that and not acknowledged: after a crash it may or may not be there. */
  unacknowledgedOperator?: string;
  round: number;
  /** Written before the kill but never acknowledged. */
  unacknowledged?: boolean;
}

export interface RoundOutcome {
  round: number;
  killAfterMs: number;
  /** Acknowledged writes the kill waited for (1 when the kill is timed in milliseconds). */
  killAfterWrites: number;
  /** Milliseconds for the restarted planner to open the store and listen. */
  restartMs: number;
  createsAcknowledged: number;
  editsAcknowledged: number;
  /** Requests cut off by the kill (sent, no answer). */
  inFlight: number;
  /** Carriers written but cut off before their 201, found complete after the restart. */
  unacknowledgedPresent: number;
  /** Acknowledged carriers checked after the restart (all of them, every round). */
  checked: number;
  /**
   * Unacknowledged carriers present without a carrier:create audit entry: the kill fell
   * between the insert and the audit write, which are two writes with no transaction.
   */
  unauditedUnacknowledged: number;
  /** Milliseconds spent checking after the restart. */
  checkMs: number;
  problems: string[];
}


const KINDS = ['makerspace', 'incubator', 'accelerator'];
const INDUSTRIES = ['equipment', 'materials', 'biomedicine', 'digital', 'electronics'];
const DISTRICTS = ['hitech', 'chengxiang', 'shaxi', 'liuhe', 'port', 'loujiang'];
const TIERS = ['national', 'provincial', 'prefecture', 'county'];

/** A valid carrier of varying size (1–3 phases, long or short texts, with or without a location). */
export function crashCarrier(name: string, next: () => number): Input {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const phases = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => {
    const area = 500 + Math.floor(next() * 50_000);
    return index === 0 || next() < 0.5
      ? { label: `${index + 1}期`, incubationAreaM2: area, floorAreaM2: area + Math.floor(next() * 5_000), status: 'open', constructionStartedOn: '2019-03-01', openedOn: `202${index}-0${1 + index}-15` }
      : { label: `${index + 1}期`, incubationAreaM2: area, status: 'planned', plannedOpeningOn: '2027-06-01' };
  });
  const tiers = TIERS.filter(() => next() < 0.4);
  return {
    name,
    kind: pick(KINDS),
    region: 'taicang',
    district: pick(DISTRICTS),
    address: `太仓市${'科教新城'.repeat(1 + Math.floor(next() * 45))}${Math.floor(next() * 1000)}号`,
    location: next() < 0.9 ? { type: 'Point', coordinates: [Number((121 + next() * 0.3).toFixed(6)), Number((31.4 + next() * 0.2).toFixed(6))] } : null,
    operator: `运营方 ${Math.floor(next() * 1e6)}`,
    industries: INDUSTRIES.filter(() => next() < 0.5),
    phases,
    recognitions: tiers.map((tier, index) => ({ tier, year: 2015 + index, note: next() < 0.3 ? '备注'.repeat(1 + Math.floor(next() * 200)) : undefined })).map((recognition) => JSON.parse(JSON.stringify(recognition))),
    ratings: next() < 0.5 ? [{ year: 2023, grade: pick(['A', 'B', 'C', 'D']) }] : [],
    contact: { person: '联系人', phone: `0512-${Math.floor(1e7 + next() * 9e7)}` },
  };
}

/** The differences between what was sent and what the API returns. */
export function differences(input: Input, stored: Input): string[] {
  const problems: string[] = [];
  const same = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) problems.push(`${path}: sent ${JSON.stringify(a)}, stored ${JSON.stringify(b)}`);
  };
  for (const key of ['name', 'kind', 'region', 'district', 'address', 'industries', 'ratings', 'contact']) same(key, input[key], stored[key]);
  same('location', input.location?.coordinates ?? null, stored.location?.coordinates ?? null);
  same('phases.length', input.phases.length, stored.phases?.length);
  input.phases.forEach((phase: Input, index: number) => {
    for (const [key, value] of Object.entries(phase)) same(`phases.${index}.${key}`, value, stored.phases?.[index]?.[key]);
    if (typeof stored.phases?.[index]?.id !== 'string') problems.push(`phases.${index}.id missing`);
  });
  same('recognitions.length', input.recognitions.length, stored.recognitions?.length);
  input.recognitions.forEach((recognition: Input, index: number) => {
    for (const [key, value] of Object.entries(recognition)) same(`recognitions.${index}.${key}`, value, stored.recognitions?.[index]?.[key]);
  });
  return problems;
}

export interface CrashRunOptions {
  dataDir: string;
  rounds: number;
  seed: number;
  /** Concurrent writers during a burst. */
  writers?: number;
  /**
   * The kill comes at a uniformly random moment in this window, counted from the burst's
   * first acknowledged write (so every round has some, however slow the machine).
   */
  killWindowMs?: [number, number];
  /**
   * Instead of a window in milliseconds: the kill comes once a seeded number of writes in
   * this range has been acknowledged in the burst, the same point of the run on any machine.
   */
  killAfterAcknowledged?: [number, number];
  /** Load the demo seed data on the first start (the bench does; the short test need not). */
  seedData?: boolean;
  onRound?: (outcome: RoundOutcome) => void;
}

const PASSWORD = 'crash-drill-password';

/**
 * Rounds of: a burst of acknowledged writes (creates and edits) from several clients, SIGKILL
 * at a random moment, restart on the same DATA_DIR, then check every acknowledged write of
 * every round so far — present, complete, at its version — and that nothing half written
 * or invented appears. The next planner process loads its modules while the current one
 * serves, so a round costs one store recovery rather than one Node start.
 */
export async function runCrashRounds(options: CrashRunOptions): Promise<RoundOutcome[]> {
  const next = mulberry32(options.seed);
  const env = { DATA_DIR: options.dataDir, DEMO_PASSWORD: PASSWORD, PLANNER_SEED: options.seedData === false ? '0' : '1' };
  const writers = options.writers ?? 6;
  const [minKill, maxKill] = options.killWindowMs ?? [0, 1_500];
  const acknowledged = new Map<string, Acknowledged>();
  const sent = new Map<string, Input>();
  const outcomes: RoundOutcome[] = [];

  let standby: StandbyPlanner | null = spawnPlanner(env);
  let running: RunningChild = await standby.start();
  let active = standby;
  standby = spawnPlanner(env);
  let client = await new ApiClient(running.url).login('planner', PASSWORD);

  try {
    for (let round = 1; round <= options.rounds; round++) {
      // Burst, then kill at a random moment inside it.
      const [minAcknowledged, maxAcknowledged] = options.killAfterAcknowledged ?? [1, 1];
      const killAfterWrites = minAcknowledged + Math.floor(next() * (maxAcknowledged - minAcknowledged + 1));
      const killAfterMs = options.killAfterAcknowledged ? 0 : minKill + Math.floor(next() * (maxKill - minKill));
      let killed = false;
      let cutOff = 0;
      let enoughAcknowledged: () => void = () => undefined;
      const acknowledgedEnough = new Promise<void>((resolve) => (enoughAcknowledged = resolve));
      const firstAcknowledged = () => {
        if (createsAcknowledged + editsAcknowledged >= killAfterWrites) enoughAcknowledged();
      };
      let createsAcknowledged = 0;
      let editsAcknowledged = 0;
      const burstClient = client;
      const writer = async (writerIndex: number) => {
        for (let sequence = 0; !killed; sequence++) {
          const editable = [...acknowledged.values()].filter((entry) => entry.unacknowledgedOperator === undefined);
          if (editable.length && next() < 0.2) {
            const entry = editable[Math.floor(next() * editable.length)]!;
            const operator = `改 ${round}-${writerIndex}-${sequence}`;
            entry.unacknowledgedOperator = operator;
            const reply = await burstClient.patch(`/api/carriers/${entry.id}`, { version: entry.version, operator }).catch(() => null);
            if (!reply) {
              cutOff += 1;
              return;
            }
            if (reply.status !== 200) throw new Error(`edit answered ${reply.status}: ${JSON.stringify(reply.body)}`);
            entry.version = reply.body.carrier.version;
            entry.operator = operator;
            entry.unacknowledgedOperator = undefined;
            editsAcknowledged += 1;
            firstAcknowledged();
            continue;
          }
          const name = `${CRASH_PREFIX} ${round}-${writerIndex}-${sequence}${next() < 0.1 ? ' 🚀' : ''}`;
          const input = crashCarrier(name, next);
          sent.set(name, input);
          const reply = await burstClient.post('/api/carriers', input).catch(() => null);
          if (!reply) {
            cutOff += 1;
            return;
          }
          if (reply.status !== 201) throw new Error(`create answered ${reply.status}: ${JSON.stringify(reply.body)}`);
          acknowledged.set(name, { id: reply.body.carrier.id, name, input, version: reply.body.carrier.version, operator: input.operator, round });
          createsAcknowledged += 1;
          firstAcknowledged();
        }
      };
      const burst = Promise.all(Array.from({ length: writers }, (_, index) => writer(index)));
      burst.catch(() => undefined);
      await Promise.race([acknowledgedEnough, burst]);
      if (killAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await active.kill('SIGKILL');
      killed = true;
      await burst;

      // Restart on the same data directory (the standby loaded its modules meanwhile).
      running = await standby!.start();
      const checkStarted = Date.now();
      active = standby!;
      // Only when another round follows: a Node start is the dearest thing here.
      standby = round < options.rounds ? spawnPlanner(env) : null;
      const problems: string[] = [];

      // The session made before the crash was acknowledged too: it must still work.
      client = new ApiClient(running.url);
      (client as any).cookies = new Map((burstClient as any).cookies);
      client.csrfToken = burstClient.csrfToken;
      const session = await client.get('/api/auth/session');
      if (session.body?.user?.username !== 'planner') {
        problems.push(`the session acknowledged before the crash is gone: ${JSON.stringify(session.body)}`);
        client = await new ApiClient(running.url).login('planner', PASSWORD);
      }

      const stored = await listCrashCarriers(client);
      let unacknowledgedPresent = 0;
      for (const entry of acknowledged.values()) {
        const carrier = stored.get(entry.name);
        if (!carrier) {
          problems.push(`acknowledged carrier lost: ${entry.name} (${entry.id}, round ${entry.round})`);
          continue;
        }
        const expected = { ...entry.input, operator: entry.operator };
        const atEdit = entry.unacknowledgedOperator !== undefined && carrier.version === entry.version + 1;
        if (atEdit) expected.operator = entry.unacknowledgedOperator;
        if (carrier.version !== entry.version && !atEdit) problems.push(`${entry.name}: version ${carrier.version}, acknowledged ${entry.version}`);
        problems.push(...differences(expected, carrier).map((difference) => `${entry.name}: ${difference}`));
        if (carrier.id !== entry.id) problems.push(`${entry.name}: id ${carrier.id}, acknowledged ${entry.id}`);
        // Settle the edit that may or may not have landed, so the next round knows the version.
        entry.version = carrier.version;
        entry.operator = carrier.operator;
        entry.unacknowledgedOperator = undefined;
      }
      for (const [name, carrier] of stored) {
        if (acknowledged.has(name)) continue;
        const input = sent.get(name);
        if (!input) {
          problems.push(`a carrier nobody sent: ${name}`);
          continue;
        }
        // Written but cut off before its 201: it must be whole, never half.
        problems.push(...differences(input, carrier).map((difference) => `unacknowledged ${name}: ${difference}`));
        acknowledged.set(name, { id: carrier.id, name, input, version: carrier.version, operator: carrier.operator, round, unacknowledged: true });
        unacknowledgedPresent += 1;
      }
      // The audit trail and the registry snapshot agree with the records: an acknowledged
      // create was audited before its 201; an unacknowledged one may have missed its entry.
      let unauditedUnacknowledged = 0;
      const roundEntries = [...acknowledged.values()].filter((entry) => entry.round === round);
      for (const entry of [...roundEntries.filter((candidate) => !candidate.unacknowledged).slice(0, 5), ...roundEntries.filter((candidate) => candidate.unacknowledged)]) {
        const history = await client.get(`/api/carriers/${entry.id}/history`);
        const audited = history.body.items?.some((item: { action: string }) => item.action === 'carrier:create');
        if (audited) continue;
        if (entry.unacknowledged) unauditedUnacknowledged += 1;
        else problems.push(`${entry.name}: acknowledged, but no carrier:create in its history`);
      }
      const listed = (await client.get('/api/carriers?region=taicang&limit=1')).body.total;
      const regions = (await client.get('/api/regions')).body.items.find((region: { id: string }) => region.id === 'taicang');
      if (regions?.carrierCount !== listed) problems.push(`region figures count ${regions?.carrierCount} Taicang carriers, the list ${listed}`);

      const outcome: RoundOutcome = {
        round,
        killAfterMs,
        killAfterWrites,
        restartMs: running.startMs,
        createsAcknowledged,
        editsAcknowledged,
        inFlight: cutOff,
        unacknowledgedPresent,
        checked: acknowledged.size,
        unauditedUnacknowledged,
        checkMs: Date.now() - checkStarted,
        problems,
      };
      outcomes.push(outcome);
      options.onRound?.(outcome);
    }
  } finally {
    await active.kill('SIGTERM').catch(() => undefined);
    await standby?.kill('SIGKILL').catch(() => undefined);
  }
  return outcomes;
}

async function listCrashCarriers(client: ApiClient): Promise<Map<string, Input>> {
  const found = new Map<string, Input>();
  for (let page = 1; ; page++) {
    const reply = await client.get(`/api/carriers?q=${encodeURIComponent(CRASH_PREFIX)}&limit=500&page=${page}`);
    if (reply.status !== 200) throw new Error(`list answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    for (const item of reply.body.items) found.set(item.name, item);
    if (page * 500 >= reply.body.total) return found;
  }
}
