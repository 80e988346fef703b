/**
 * The bytes each sequence document (e.g. an inserted document) arrived as, so the log
 * can store them without serialising the document again. The wire layer remembers them;
 * persistence reads them; neither knows the other.
 */
const receivedBytes = new WeakMap<object, Buffer>();

export const rememberReceivedBytes = (doc: object, bytes: Buffer): void => {
  receivedBytes.set(doc, bytes);
};

export const receivedBytesOf = (doc: object): Buffer | undefined => receivedBytes.get(doc);

/** Drops the link once the command is done: it would otherwise pin the whole message buffer. */
export const forgetReceivedBytes = (docs: readonly object[]): void => {
  for (const doc of docs) receivedBytes.delete(doc);
};
