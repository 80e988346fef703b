/**
 * Errors shaped like MongoDB's: every failure a client can see carries a numeric `code`
 * and a `codeName`, so drivers and mongoose classify them exactly as they would with
 * a real server (mongoose keys on 11000, 26, 48…).
 */
export class StoreError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    /** Extra top-level reply fields, e.g. keyPattern/keyValue on a duplicate key. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const badValue = (message: string): StoreError => new StoreError(2, 'BadValue', message);
export const failedToParse = (message: string): StoreError => new StoreError(9, 'FailedToParse', message);
export const typeMismatch = (message: string): StoreError => new StoreError(14, 'TypeMismatch', message);
export const invalidOptions = (message: string): StoreError => new StoreError(72, 'InvalidOptions', message);
export const namespaceNotFound = (message: string): StoreError => new StoreError(26, 'NamespaceNotFound', message);
export const namespaceExists = (message: string): StoreError => new StoreError(48, 'NamespaceExists', message);
export const invalidNamespace = (message: string): StoreError => new StoreError(73, 'InvalidNamespace', message);
export const indexNotFound = (message: string): StoreError => new StoreError(27, 'IndexNotFound', message);
export const cursorNotFound = (message: string): StoreError => new StoreError(43, 'CursorNotFound', message);
export const immutableField = (message: string): StoreError => new StoreError(66, 'ImmutableField', message);
export const conflictingUpdate = (message: string): StoreError =>
  new StoreError(40, 'ConflictingUpdateOperators', message);
export const unknownField = (command: string, field: string): StoreError =>
  new StoreError(40415, 'Location40415', `BSON field '${command}.${field}' is an unknown field.`);
export const internalError = (message: string): StoreError => new StoreError(1, 'InternalError', message);

/**
 * MongoDB supports the feature but this store does not. Named after MongoDB's own
 * `NotImplemented` (238) so the client sees a refusal, never a silently different answer.
 */
export const notSupported = (what: string): StoreError =>
  new StoreError(
    238,
    'NotImplemented',
    `${what} is not supported by the embedded store; see packages/store/README.md or set MONGODB_URI to use a real MongoDB`,
  );

export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError(2, 'BadValue', message);
}
