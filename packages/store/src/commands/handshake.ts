import { UUID } from '../values/bson';
import type { CommandDefinition, CommandHandler } from './context';

/** MongoDB 7.0's wire version; the driver needs at least 9. */
export const MAX_WIRE_VERSION = 21;
export const SERVER_VERSION = '7.0.0';

/**
 * The hello reply of a standalone server. It must not carry `topologyVersion` (the
 * driver would switch to streaming monitoring and reconnect in a loop) nor any
 * compression, and must carry logicalSessionTimeoutMinutes so sessions (lsid) work.
 */
const hello: CommandHandler = (_command, context) => ({
  helloOk: true,
  ismaster: true,
  isWritablePrimary: true,
  maxBsonObjectSize: 16 * 1024 * 1024,
  maxMessageSizeBytes: 48_000_000,
  maxWriteBatchSize: 100_000,
  localTime: new Date(),
  logicalSessionTimeoutMinutes: 30,
  connectionId: context.connectionId,
  minWireVersion: 0,
  maxWireVersion: MAX_WIRE_VERSION,
  readOnly: false,
  ok: 1,
});

/** Drivers add handshake fields freely (client metadata, backpressure…); none changes the reply. */
const HELLO_FIELDS = 'any';

const buildInfo: CommandHandler = () => ({
  version: SERVER_VERSION,
  gitVersion: 'embedded',
  versionArray: [7, 0, 0, 0],
  bits: 64,
  maxBsonObjectSize: 16 * 1024 * 1024,
  storageEngines: ['embedded-log'],
  javascriptEngine: 'none',
  modules: [],
  ok: 1,
});

export const handshakeCommands: Record<string, CommandDefinition> = {
  hello: { handler: hello, fields: HELLO_FIELDS },
  isMaster: { handler: hello, fields: HELLO_FIELDS },
  ismaster: { handler: hello, fields: HELLO_FIELDS },
  ping: { handler: () => ({ ok: 1 }), fields: [] },
  buildInfo: { handler: buildInfo, fields: [] },
  buildinfo: { handler: buildInfo, fields: [] },
  connectionStatus: {
    handler: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
    fields: ['showPrivileges'],
  },
  whatsmyuri: { handler: () => ({ you: '127.0.0.1', ok: 1 }), fields: [] },
  getParameter: {
    handler: (command) => {
      const reply: Record<string, unknown> = { ok: 1 };
      if (command.featureCompatibilityVersion !== undefined || command.getParameter === '*') {
        reply.featureCompatibilityVersion = { version: '7.0' };
      }
      return reply;
    },
    fields: ['featureCompatibilityVersion', 'authenticationMechanisms'],
  },
};

/** Session commands: sessions are accepted (lsid is ignored), transactions are not. */
export const sessionCommands: Record<string, CommandDefinition> = {
  endSessions: { handler: () => ({ ok: 1 }), fields: [] },
  killSessions: { handler: () => ({ ok: 1 }), fields: [] },
  refreshSessions: { handler: () => ({ ok: 1 }), fields: [] },
  killAllSessions: { handler: () => ({ ok: 1 }), fields: [] },
  startSession: {
    handler: () => ({ id: { id: new UUID() }, timeoutMinutes: 30, ok: 1 }),
    fields: [],
  },
};
