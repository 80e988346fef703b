import { createHash } from 'node:crypto';
import { EJSON } from 'bson';
import { MongoClient, type Db } from 'mongodb';

/**
 * What a refused request may legitimately change, and so what the "a 4xx changes nothing"
 * checksum leaves out:
 * - `sessions`: every request of a logged-in user slides its idle timeout (lastSeenAt), and a
 *   401 for an expired session destroys it;
 * - `rate_limits`: a failed login counts against the IP and the account — that is the point;
 * - audit entries with outcome `refused`: refusals are audited on purpose (ASVS 16).
 * Everything else — carriers, changes, users, targets, scenarios, meta, successful and failed
 * audit entries — must be byte-for-byte the same after a 4xx.
 */
export const VOLATILE_COLLECTIONS = new Set(['sessions', 'rate_limits']);

export interface DataChecksum {
  /** sha256 over every kept document, collection by collection, in _id order. */
  digest: string;
  /** Documents per collection, to say where a difference is. */
  counts: Record<string, number>;
  /** sha256 per collection. */
  perCollection: Record<string, string>;
}

/** Reads a database through the plain mongodb driver, the way an auditor would. */
export class DataInspector {
  private constructor(
    private readonly client: MongoClient,
    readonly db: Db,
  ) {}

  static async open(uri: string, dbName: string): Promise<DataInspector> {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000, directConnection: true });
    await client.connect();
    return new DataInspector(client, client.db(dbName));
  }

  async checksum(): Promise<DataChecksum> {
    const names = (await this.db.listCollections({}, { nameOnly: true }).toArray()).map((entry) => entry.name).filter((name) => !VOLATILE_COLLECTIONS.has(name)).sort();
    const whole = createHash('sha256');
    const counts: Record<string, number> = {};
    const perCollection: Record<string, string> = {};
    for (const name of names) {
      const filter = name === 'audit' ? { outcome: { $ne: 'refused' } } : {};
      const docs = await this.db.collection(name).find(filter).sort({ _id: 1 }).toArray();
      const hash = createHash('sha256');
      for (const doc of docs) hash.update(EJSON.stringify(doc, { relaxed: false })).update('\n');
      const digest = hash.digest('hex');
      counts[name] = docs.length;
      perCollection[name] = digest;
      whole.update(`${name}:${digest}\n`);
    }
    return { digest: whole.digest('hex'), counts, perCollection };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Which collections differ between two checksums, for a violation report. */
export function changedCollections(before: DataChecksum, after: DataChecksum): string[] {
  const names = new Set([...Object.keys(before.perCollection), ...Object.keys(after.perCollection)]);
  return [...names].filter((name) => before.perCollection[name] !== after.perCollection[name]).sort();
}

const READ_METHODS = new Set(['find', 'findOne', 'countDocuments', 'estimatedDocumentCount', 'distinct', 'aggregate', 'listIndexes', 'indexes', 'indexInformation', 'indexExists', 'watch']);

interface OperationStart {
  collectionName: string;
  method: string;
  params?: unknown[];
}

/** Something the app sent that could change a kept collection. */
export interface ObservedWrite {
  collection: string;
  method: string;
}

/**
 * Every write the app's mongoose connection sends, from its `operation-start` events, so a
 * run can skip recomputing the checksum after a request that wrote nothing. Refused-outcome
 * audit inserts and the volatile collections are left out, as in the checksum. The runner
 * still compares full checksums at intervals, which catches any write this misses.
 */
export class WriteWatch {
  private seen: ObservedWrite[] = [];
  private readonly listener = (operation: OperationStart) => {
    if (READ_METHODS.has(operation.method) || VOLATILE_COLLECTIONS.has(operation.collectionName)) return;
    if (operation.collectionName === 'audit' && operation.method === 'insertOne' && (operation.params?.[0] as { outcome?: string } | undefined)?.outcome === 'refused') return;
    this.seen.push({ collection: operation.collectionName, method: operation.method });
  };

  constructor(private readonly connection: { on(event: 'operation-start', listener: (operation: OperationStart) => void): unknown; off(event: 'operation-start', listener: (operation: OperationStart) => void): unknown }) {
    connection.on('operation-start', this.listener);
  }

  /** The writes since the last call. */
  take(): ObservedWrite[] {
    const seen = this.seen;
    this.seen = [];
    return seen;
  }

  stop(): void {
    this.connection.off('operation-start', this.listener);
  }
}
