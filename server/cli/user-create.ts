import readline from 'node:readline';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { UserCreateSchema } from '@shared/accounts/schema';
import { localizeIssues } from '@shared/validation/messages';
import { sessionRegistry } from '../auth/sessionRegistry';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { startEmbeddedStore, StoreLockedError } from '@carrier-planner/store';
import { userService } from '../users/service';
import { AppError } from '../http/errors';

/**
 * `npm run user:create -- --role admin --username NAME [--display-name "王工"]`
 * Creates a user in the configured database (MONGODB_URI, or the embedded store in DATA_DIR
 * when the planner is not running). The password is read from the terminal, or from
 * standard input when it is not a terminal (for scripts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' } },
  });
  const config = loadConfig();
  const password = await readPassword();
  const parsed = UserCreateSchema.safeParse({
    username: values.username,
    role: values.role,
    displayName: values['display-name'] ?? values.username,
    password,
  });
  if (!parsed.success) {
    for (const error of localizeIssues(parsed.error.issues, 'en')) console.error(`${error.path}: ${error.message}`);
    process.exit(2);
  }

  const logger = pino({ level: 'warn' });
  const store = config.mongodbUri ? null : await startEmbeddedStore({ dataDir: config.dataDir, logger });
  const db = await connectDatabase({ uri: config.mongodbUri ?? store!.uri, dbName: config.dbName, engine: store ? 'embedded' : 'mongodb', logger });
  try {
    const user = await userService(db.models, Date.now, sessionRegistry(db.connection)).create(null, parsed.data, 'en');
    console.log(`Created ${user.role} "${user.username}" (${user.id}).`);
  } finally {
    await db.close();
    await store?.close();
  }
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = readline.createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  const first = await ask('Password (8+ characters): ');
  const second = await ask('Repeat the password: ');
  if (first !== second) {
    console.error('The passwords differ.');
    process.exit(2);
  }
  return first;
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const prompt = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Hide what is typed: echo nothing after the question.
    (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      if (text.startsWith(question)) process.stdout.write(text);
    };
    prompt.question(question, (answer) => {
      prompt.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

main().catch((error: unknown) => {
  if (error instanceof StoreLockedError) {
    console.error(`${error.message}\nStop the planner first, or run the store on its own (npm run db) and set MONGODB_URI.`);
  } else if (error instanceof AppError) {
    console.error(error.messages.en + (error.fields ? `: ${error.fields.map((field) => `${field.path} ${field.message}`).join('; ')}` : ''));
  } else {
    console.error(error);
  }
  process.exit(1);
});
