import type { Doc } from '../values/typed';
import type { IndexSpec } from './indexes';

/** One change to the catalog, as written to the log and replayed on open. */
export type LogRecord =
  | { op: 'insert'; db: string; coll: string; doc: Doc }
  | { op: 'replace'; db: string; coll: string; doc: Doc }
  | { op: 'delete'; db: string; coll: string; id: unknown }
  | { op: 'createCollection'; db: string; coll: string; options: Doc }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'createIndex'; db: string; coll: string; spec: IndexSpec }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'renameCollection'; db: string; coll: string; toDb: string; toColl: string };

/** Where the catalog reports its changes; durability is awaited separately, per command. */
export interface Journal {
  append(record: LogRecord): void;
}

export const DISCARDING_JOURNAL: Journal = { append: () => undefined };
