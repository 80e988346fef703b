import { StoreError, toStoreError, unknownField } from '../errors';
import type { Doc } from '../values/typed';
import { aggregateCommands } from './aggregate';
import { catalogCommands } from './catalog';
import type { CommandContext, CommandDefinition } from './context';
import { handshakeCommands, sessionCommands } from './handshake';
import { readCommands } from './read';
import { explainCommands } from './explain';
import { writeCommands } from './write';

const COMMANDS: Record<string, CommandDefinition> = {
  ...handshakeCommands,
  ...sessionCommands,
  ...readCommands,
  ...writeCommands,
  ...aggregateCommands,
  ...catalogCommands,
  ...explainCommands,
};

/** The frozen command list, for the README and the tests. */
export const SUPPORTED_COMMANDS = Object.keys(COMMANDS).sort();

/** Fields any command may carry; the driver adds them as it sees fit. */
const GENERIC_FIELDS = new Set([
  '$db', 'lsid', '$clusterTime', '$readPreference', 'comment', 'maxTimeMS', 'readConcern', 'writeConcern',
  'apiVersion', 'apiStrict', 'apiDeprecationErrors', '$audit', 'mayBypassWriteBlocking',
]);

const TRANSACTION_FIELDS = ['txnNumber', 'startTransaction', 'autocommit'];
const TRANSACTION_COMMANDS = new Set(['commitTransaction', 'abortTransaction']);

/** What a standalone mongod answers to anything transactional. */
const transactionsRefused = (): StoreError =>
  new StoreError(20, 'IllegalOperation', 'Transaction numbers are only allowed on a replica set member or mongos');

export function errorReply(err: unknown): Doc {
  const e = toStoreError(err);
  return { ok: 0, errmsg: e.message, code: e.code, codeName: e.codeName, ...e.extra };
}

/** Runs one command; never throws: failures become `{ ok: 0, errmsg, code, codeName }`. */
export async function runCommand(command: Doc, context: CommandContext): Promise<Doc> {
  const name = Object.keys(command)[0];
  let reply: Doc;
  try {
    if (name === undefined) throw new StoreError(59, 'CommandNotFound', 'no such command: \'\'');
    if (TRANSACTION_COMMANDS.has(name) || TRANSACTION_FIELDS.some((field) => command[field] !== undefined)) throw transactionsRefused();
    const definition = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!definition) throw new StoreError(59, 'CommandNotFound', `no such command: '${name}'`);
    const allowed = definition.fields;
    for (const field of Object.keys(command)) {
      if (allowed === 'any' || field === name || GENERIC_FIELDS.has(field) || allowed.includes(field)) continue;
      throw unknownField(name, field);
    }
    reply = await definition.handler(command, context);
  } catch (err) {
    if (!(err instanceof StoreError)) context.logger.error({ err, command: name }, 'embedded store: unexpected error in command');
    reply = errorReply(err);
  }
  // No reply may reveal a change that is not yet durable, whoever made it.
  try {
    await context.durable();
  } catch (err) {
    reply = errorReply(err);
  }
  return reply;
}
