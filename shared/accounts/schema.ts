import { z } from 'zod';
import { ROLES } from '../policies';

/**
 * Account rules from OWASP ASVS 5.0 §6.2: at least 8 characters, long passphrases allowed,
 * no composition rules. The common-password check runs on the server (its list is large).
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** The roles an account may have (listed once, with the policy). */
export const ROLE_IDS = ROLES;

export const UsernameSchema = z
  .string({ message: 'username.format' })
  .overwrite((value) => normalizeUsername(value))
  .regex(/^[a-z0-9._-]{3,32}$/, { message: 'username.format' });

export const PasswordSchema = z
  .string({ message: 'password.tooShort' })
  .min(MIN_PASSWORD_LENGTH, { message: 'password.tooShort' })
  .max(MAX_PASSWORD_LENGTH, { message: 'password.tooLong' });

/**
 * The one spelling of a username that accounts, logins and login limits share: full-width
 * letters and digits folded (NFKC), surrounding spaces dropped, lower case. `ＡＤＭＩＮ ` and
 * `admin` are one account and share one failure counter.
 */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

export const LoginSchema = z.strictObject({
  username: z.string({ message: 'required' }).overwrite(normalizeUsername).min(1, { message: 'required' }).max(64, { message: 'text.tooLong' }),
  password: z.string({ message: 'required' }).min(1, { message: 'required' }).max(1_024, { message: 'text.tooLong' }),
});

export const UserCreateSchema = z.strictObject({
  username: UsernameSchema,
  displayName: z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(60, { message: 'text.tooLong' }),
  role: z.enum(ROLE_IDS, { message: 'role.invalid' }),
  password: PasswordSchema,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z.strictObject({
  displayName: z.string().trim().min(1, { message: 'required' }).max(60, { message: 'text.tooLong' }).optional(),
  role: z.enum(ROLE_IDS, { message: 'role.invalid' }).optional(),
  disabled: z.boolean({ message: 'boolean' }).optional(),
  password: PasswordSchema.optional(),
});
export type UserUpdate = z.infer<typeof UserUpdateSchema>;
