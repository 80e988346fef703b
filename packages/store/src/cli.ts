import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedStore, type Logger } from './index';

/**
 * Runs the embedded store on its own:
 *   npm run db -- --port 27018 --data ./data
 * Prints one line with the URI, then serves until SIGINT/SIGTERM.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '27018' },
    data: { type: 'string' },
    memory: { type: 'boolean', default: false },
  },
});

const log = (level: string) => (obj: object | string, msg?: string): void => {
  const text = typeof obj === 'string' ? obj : `${msg ?? ''} ${JSON.stringify(obj)}`;
  process.stderr.write(`[store] ${level}: ${text}\n`);
};
const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a TCP port number, got ${values.port}\n`);
  process.exit(2);
}
const dataDir = values.memory ? null : resolve(values.data ?? process.env.DATA_DIR ?? './data');

try {
  const store = await startEmbeddedStore({ dataDir, port, logger });
  process.stdout.write(`embedded store listening on ${store.uri} (data: ${dataDir ?? 'memory only'})\n`);
  const stop = (): void => {
    store.close().then(() => process.exit(0), (err: unknown) => {
      logger.error({ err: String(err) }, 'close failed');
      process.exit(1);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
