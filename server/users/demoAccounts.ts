import { randomBytes } from 'node:crypto';
import { getOrCreateMeta } from '../meta/model';
import type { Models } from '../db/models';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { ROLES, type Role } from '@shared/policies';

const DISPLAY_NAMES: Record<Role, string> = {
  admin: '系统管理员',
  planner: '规划科 王工',
  leader: '局领导 李局',
  manager: '园区 张经理',
};

/**
 * Demo mode (embedded store only): one account per role, usernames = role names. Their
 * password is DEMO_PASSWORD, or a random one generated once and kept in the database so
 * that every start can print it.
 */
export async function ensureDemoAccounts(models: Models, demoPassword: string | null): Promise<{ usernames: string[]; password: string }> {
  const password = demoPassword ?? (await getOrCreateMeta(models.Meta, 'demo-password', () => `demo-${randomBytes(6).toString('base64url')}`));
  for (const role of ROLES) {
    const existing = await models.User.findOne({ username: role });
    if (!existing) {
      await models.User.create({ username: role, displayName: DISPLAY_NAMES[role], role, passwordHash: await hashPassword(password), demo: true });
      continue;
    }
    if (existing.demo && !(await verifyPassword(existing.passwordHash, password))) {
      existing.passwordHash = await hashPassword(password);
      await existing.save();
    }
  }
  return { usernames: [...ROLES], password };
}
