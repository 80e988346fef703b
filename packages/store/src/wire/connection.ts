import type { Socket } from 'node:net';
import { MAX_MESSAGE_SIZE, parseMessage, ProtocolError, type Request } from './protocol';

/** Turns one request into the bytes to send back, or null when no reply is due (moreToCome). */
export type RequestHandler = (request: Request, connectionId: number) => Promise<Buffer | null>;

/**
 * Frames the byte stream of one client into messages and handles them strictly in
 * order: a reply never overtakes an earlier one on the same connection.
 */
export class Connection {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    readonly id: number,
    private readonly handle: RequestHandler,
    private readonly onProtocolError: (err: Error) => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered >= 4) {
      const head = this.chunks[0] as Buffer;
      const length = head.length >= 4 ? head.readInt32LE(0) : Buffer.concat(this.chunks).readInt32LE(0);
      if (length < 16 || length > MAX_MESSAGE_SIZE) {
        this.fail(new ProtocolError(`invalid message length ${length}`));
        return;
      }
      if (this.buffered < length) return;
      const all = this.chunks.length === 1 ? head : Buffer.concat(this.chunks);
      const message = all.subarray(0, length);
      const rest = all.subarray(length);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
      this.enqueue(message);
    }
  }

  private enqueue(message: Buffer): void {
    this.queue = this.queue.then(async () => {
      if (this.socket.destroyed) return;
      let request: Request;
      try {
        request = parseMessage(message);
      } catch (err) {
        this.fail(err instanceof Error ? err : new ProtocolError(String(err)));
        return;
      }
      const reply = await this.handle(request, this.id);
      if (reply && !this.socket.destroyed) this.socket.write(reply);
    }).catch((err: unknown) => this.fail(err instanceof Error ? err : new Error(String(err))));
  }

  private fail(err: Error): void {
    this.onProtocolError(err);
    this.socket.destroy();
  }
}
