import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** argon2id with OWASP's minimum: m = 19 MiB, t = 2, p = 1. `2` is Algorithm.Argon2id. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** ~49,000 most common passwords (zxcvbn-ts), plus ones common in China that it lacks. */
const COMMON_PASSWORDS = new Set<string>([
  ...dictionary['passwords-common'],
  'woaini1314',
  'woaini520',
  'aini1314',
  'qq123456',
  'a5201314',
  'taicang123',
  'kunshan123',
  'suzhou123',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the username does not exist so that
 * a wrong username takes as long as a wrong password (no account enumeration by timing).
 */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}
