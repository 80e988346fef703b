import { createServer, type Server, type Socket } from 'node:net';
import type { Document } from '../values/bson';
import type { Logger } from '../commands/context';
import { errorReply } from '../commands/registry';
import { normaliseWireValue, type Doc } from '../values/typed';
import { Connection } from './connection';
import { forgetReceivedBytes } from '../values/received-bytes';
import { encodeMsgReply, encodeOpReply, FLAG_MORE_TO_COME, type Request } from './protocol';

export type CommandRunner = (command: Doc, connectionId: number) => Promise<Doc>;

/** Cursor ids are opaque int64s, not data: they keep their full 64 bits. */
const isCursorIdField = (command: Doc, field: string): boolean =>
  field === 'getMore' || (field === 'cursors' && 'killCursors' in command);

/**
 * Folds OP_MSG document sequences into the command, as mongod does, and normalises the
 * numbers of the parts decoded with wrappers (most are decoded without: see decode.ts).
 */
function commandOf(body: Document, sequences: Map<string, Document[]>, wrapped: ReadonlySet<string>): Doc {
  const command = body as Doc;
  if (wrapped.has('')) {
    for (const field of Object.keys(command)) {
      if (!isCursorIdField(command, field)) command[field] = normaliseWireValue(command[field], field);
    }
  }
  for (const [identifier, docs] of sequences) {
    command[identifier] = wrapped.has(identifier) ? normaliseWireValue(docs, identifier) : docs;
  }
  return command;
}

/** The MongoDB wire protocol over TCP, on 127.0.0.1 only. */
export class WireServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private nextConnectionId = 1;

  constructor(private readonly run: CommandRunner, private readonly logger: Logger) {
    this.server = createServer((socket) => this.accept(socket));
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen({ host, port, exclusive: true }, () => {
        this.server.off('error', reject);
        const address = this.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const id = this.nextConnectionId++;
    new Connection(socket, id, (request, connectionId) => this.handle(request, connectionId), (err) => {
      this.logger.warn({ err: err.message, connectionId: id }, 'embedded store: closing connection after a protocol error');
    });
  }

  private async handle(request: Request, connectionId: number): Promise<Buffer | null> {
    const requestId = request.header.requestId;
    if (request.kind === 'msg') {
      let reply: Doc;
      try {
        reply = await this.run(commandOf(request.body, request.sequences, request.wrapped), connectionId);
      } catch (err) {
        reply = errorReply(err);
      } finally {
        for (const docs of request.sequences.values()) forgetReceivedBytes(docs);
      }
      return request.flags & FLAG_MORE_TO_COME ? null : encodeMsgReply(requestId, reply);
    }
    if (request.kind === 'query') {
      // Only the driver's opening handshake still arrives as OP_QUERY on admin.$cmd.
      if (!request.collection.endsWith('.$cmd')) {
        return encodeOpReply(requestId, { $err: 'OP_QUERY is no longer supported', code: 5739101, ok: 0 });
      }
      const raw = (request.query.$query ?? request.query) as Document;
      let reply: Doc;
      try {
        const command = commandOf(raw, new Map(), new Set(request.wrapped ? [''] : []));
        command.$db = request.collection.slice(0, -'.$cmd'.length);
        reply = await this.run(command, connectionId);
      } catch (err) {
        reply = errorReply(err);
      }
      return encodeOpReply(requestId, reply);
    }
    throw new Error(`unsupported opcode ${request.header.opCode}`);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
