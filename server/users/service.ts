import type { Request } from 'express';
import { diffRecords } from '@shared/carriers/diff';
import type { UserCreate, UserUpdate } from '@shared/accounts/schema';
import { recordAudit } from '../audit/record';
import { hashPassword, isCommonPassword } from '../auth/passwords';
import type { LoginLimits } from '../auth/rateLimits';
import type { SessionRegistry } from '../auth/sessionRegistry';
import type { Models } from '../db/models';
import { AppError, notFound, validationFailed } from '../http/errors';
import { translate, type Language } from '@shared/validation/messages';
import type { Actor } from '@shared/policies';
import { presentUser, type UserLean } from './presenter';

const userNotFound = () => notFound({ zh: '用户', en: 'User' });

function assertUncommon(password: string | undefined, language: Language): void {
  if (password !== undefined && isCommonPassword(password)) {
    throw validationFailed([{ path: 'password', code: 'password.common', message: translate('password.common', language) }]);
  }
}

/** Creating users, changing roles, resetting passwords: the admin's account work. */
export function userService(models: Models, now: () => number, sessions: SessionRegistry, limits?: Pick<LoginLimits, 'unlock'>) {
  const { User } = models;
  return {
    async list() {
      const users = await User.find().sort({ username: 1 }).lean<UserLean[]>();
      return users.map(presentUser);
    },

    async create(actor: Actor | null, input: UserCreate, language: Language, request?: Request) {
      assertUncommon(input.password, language);
      try {
        const user = await User.create({
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash: await hashPassword(input.password),
          passwordChangedAt: new Date(now()),
        });
        const view = presentUser(user.toObject() as UserLean);
        await recordAudit(models, { action: 'user:create', outcome: 'success', actor, target: { type: 'user', id: view.id, label: view.username }, details: { role: view.role }, request }, now);
        return view;
      } catch (error) {
        if ((error as { code?: number }).code === 11000) {
          throw new AppError(
            409,
            'duplicate_username',
            { zh: `用户名“${input.username}”已存在`, en: `Username "${input.username}" is taken` },
            [{ path: 'username', code: 'username.taken', message: '' }],
          );
        }
        throw error;
      }
    },

    async update(actor: Actor, id: string, input: UserUpdate, language: Language, request?: Request) {
      assertUncommon(input.password, language);
      const user = await User.findById(id);
      if (!user) throw userNotFound();
      if (user.id === actor.id && (input.role && input.role !== 'admin' || input.disabled)) {
        throw new AppError(409, 'cannot_demote_self', { zh: '不能取消自己的管理员权限或停用自己', en: 'You cannot demote or disable yourself' });
      }
      const before = presentUser(user.toObject() as UserLean);
      if (input.displayName !== undefined) user.displayName = input.displayName;
      if (input.role !== undefined) user.role = input.role;
      if (input.disabled !== undefined) user.disabled = input.disabled;
      if (input.password !== undefined) {
        user.passwordHash = await hashPassword(input.password);
        user.passwordChangedAt = new Date(now());
      }
      // A new role, a disabled account or a reset password ends every session the user has.
      const endsSessions = before.role !== user.role || (input.disabled === true && !before.disabled) || input.password !== undefined;
      if (endsSessions) user.sessionEpoch = (user.sessionEpoch ?? 0) + 1;
      await user.save();
      const sessionsEnded = endsSessions ? await sessions.endAll(id) : 0;
      // A new password is a fresh start: the old one's failed sign-ins no longer back the user off.
      const loginFailuresCleared = input.password !== undefined && limits ? await limits.unlock(user.username) : 0;
      const after = presentUser(user.toObject() as UserLean);
      await recordAudit(
        models,
        {
          action: 'user:update',
          outcome: 'success',
          actor,
          target: { type: 'user', id, label: after.username },
          diff: diffRecords(before, after),
          details: {
            ...(input.password !== undefined ? { passwordReset: true } : {}),
            ...(endsSessions ? { sessionsEnded } : {}),
            ...(loginFailuresCleared ? { loginFailuresCleared } : {}),
          },
          request,
        },
        now,
      );
      return after;
    },

    async sessions(id: string) {
      if (!(await User.exists({ _id: id }))) throw userNotFound();
      return sessions.list(id);
    },

    /** Ends one session (by its handle) or, without one, all of the user's sessions. */
    async endSessions(actor: Actor, id: string, handle: string | undefined, request?: Request) {
      const user = await User.findById(id);
      if (!user) throw userNotFound();
      let ended: number;
      if (handle === undefined) {
        // The epoch also ends a session that an in-flight request might write back.
        await User.updateOne({ _id: id }, { $inc: { sessionEpoch: 1 } });
        ended = await sessions.endAll(id);
      } else {
        ended = (await sessions.endOne(id, handle)) ? 1 : 0;
        if (ended === 0) throw notFound({ zh: '会话', en: 'Session' });
      }
      await recordAudit(
        models,
        { action: 'user:endSessions', outcome: 'success', actor, target: { type: 'user', id, label: user.username }, details: { sessionsEnded: ended, ...(handle ? { session: handle } : {}) }, request },
        now,
      );
      return { ended };
    },
  };
}
