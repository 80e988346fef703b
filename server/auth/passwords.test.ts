import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, verifyPassword } from './passwords';

describe('password storage', () => {
  it('hashes with argon2id at 19 MiB and 2 iterations', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
  });

  it('answers false rather than throwing for a corrupted hash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
  });
});

describe('the common-password list', () => {
  it.each(['password', '12345678', 'qwertyuiop', 'woaini1314', 'Password'])('refuses %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it('accepts an uncommon passphrase', () => {
    expect(isCommonPassword('太仓港科创园 2025 spring')).toBe(false);
  });
});
