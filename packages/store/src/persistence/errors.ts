/** A data file is damaged somewhere other than its tail: the store refuses to open. */
export class StoreCorruptedError extends Error {
  constructor(readonly file: string, readonly offset: number, reason: string) {
    super(
      `The embedded store cannot open: ${file} is damaged at byte offset ${offset} (${reason}) and valid data follows, ` +
      'so it is not a torn write from a crash. Nothing has been changed. Restore the data directory from a backup, ' +
      'or move this file aside to start from the remaining data.',
    );
    this.name = 'StoreCorruptedError';
  }
}
