import { badValue, StoreError, typeMismatch } from '../errors';
import type { Catalog } from '../engine/catalog';
import type { Collection } from '../engine/collection';
import type { CursorRegistry } from '../engine/cursors';
import { assertCollectionName, assertDatabaseName } from '../engine/catalog';
import { isPlainObject, numericValue, type Doc } from '../values/typed';

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

export interface CommandContext {
  readonly catalog: Catalog;
  readonly cursors: CursorRegistry;
  readonly connectionId: number;
  readonly logger: Logger;
  /** Resolves once every change made so far is durable (fsynced), or at once in memory mode. */
  durable(): Promise<void>;
}

export type CommandHandler = (command: Doc, context: CommandContext) => Promise<Doc> | Doc;

export interface CommandDefinition {
  readonly handler: CommandHandler;
  /** Command-specific fields; anything else (beyond the generic ones) is refused. 'any' for the handshake, whose fields vary by driver. */
  readonly fields: readonly string[] | 'any';
}

export function databaseOf(command: Doc): string {
  const db = command.$db;
  assertDatabaseName(db);
  return db;
}

/** The collection named by the command's first field, e.g. `{ find: "users" }`. */
export function collectionNameOf(command: Doc, name: string): string {
  const coll = command[name];
  if (typeof coll !== 'string') {
    throw new StoreError(73, 'InvalidNamespace', `collection name has invalid type ${typeof coll}`);
  }
  assertCollectionName(databaseOf(command), coll);
  return coll;
}

export function optionalInt(command: Doc, field: string, { min }: { min?: number } = {}): number | undefined {
  const raw = command[field];
  if (raw === undefined || raw === null) return undefined;
  const n = numericValue(raw);
  if (n === undefined) throw typeMismatch(`BSON field '${field}' is the wrong type '${typeof raw}', expected types '[long, int, decimal, double']`);
  if (!Number.isInteger(n)) throw badValue(`${field} must be an integer`);
  if (min !== undefined && n < min) throw badValue(`${field} value must be >= ${min}`);
  return n;
}

export function optionalDoc(command: Doc, field: string): Doc | undefined {
  const raw = command[field];
  if (raw === undefined || raw === null) return undefined;
  if (!isPlainObject(raw)) throw typeMismatch(`BSON field '${field}' is the wrong type, expected type 'object'`);
  return raw;
}

export function optionalBool(command: Doc, field: string): boolean {
  const raw = command[field];
  if (raw === undefined || raw === null) return false;
  if (typeof raw === 'boolean') return raw;
  const n = numericValue(raw);
  if (n !== undefined) return n !== 0;
  throw typeMismatch(`BSON field '${field}' is the wrong type, expected type 'bool'`);
}

export function existingCollection(context: CommandContext, command: Doc, name: string): Collection | undefined {
  return context.catalog.get(databaseOf(command), collectionNameOf(command, name));
}
