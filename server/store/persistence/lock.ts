/** Thrown when another live process holds the data directory's lock file. */
export class StoreLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number, readonly lockFile: string) {
    super(
      `The data directory ${dataDir} is locked by process ${holderPid} (lock file ${lockFile}). ` +
      'Stop that process first, or point DATA_DIR at another directory. ' +
      'If no such process is running, delete the lock file.',
    );
    this.name = 'StoreLockedError';
  }
}
