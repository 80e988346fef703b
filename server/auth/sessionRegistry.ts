import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { SessionView } from '@shared/api/users';

/** The collection connect-mongo keeps sessions in (see sessions.ts). */
export const SESSIONS_COLLECTION = 'sessions';

/** A signed-in session as an admin sees it (the shared response type). */
export type SessionSummary = SessionView;

interface StoredSession {
  _id: string;
  session?: { userId?: string; createdAt?: number; lastSeenAt?: number; device?: string; ip?: string };
}

/** The public handle of a session id. */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('base64url').slice(0, 22);
}

const isoOrNull = (ms: number | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

/**
 * The sessions of one user, read from and ended in the session store directly: an account
 * change must end every device's session at once, not when each next asks (ASVS 7.4.3).
 */
export function sessionRegistry(connection: Connection) {
  const sessions = () => connection.collection<StoredSession>(SESSIONS_COLLECTION);

  return {
    async list(userId: string, currentSessionId?: string): Promise<SessionSummary[]> {
      const stored = await sessions().find({ 'session.userId': userId }).toArray();
      return stored
        .map((doc) => ({
          id: sessionHandle(doc._id),
          device: doc.session?.device ?? null,
          ip: doc.session?.ip ?? null,
          createdAt: isoOrNull(doc.session?.createdAt),
          lastSeenAt: isoOrNull(doc.session?.lastSeenAt),
          current: doc._id === currentSessionId,
        }))
        .sort((a, b) => (b.lastSeenAt ?? '').localeCompare(a.lastSeenAt ?? ''));
    },

    /** Ends every session of the user; answers how many there were. */
    async endAll(userId: string): Promise<number> {
      const result = await sessions().deleteMany({ 'session.userId': userId });
      return result.deletedCount;
    },

    /** Ends one session of the user by its handle; false when it is not (or no longer) there. */
    async endOne(userId: string, handle: string): Promise<boolean> {
      const stored = await sessions().find({ 'session.userId': userId }, { projection: { _id: 1 } }).toArray();
      const match = stored.find((doc) => sessionHandle(doc._id) === handle);
      if (!match) return false;
      const result = await sessions().deleteOne({ _id: match._id, 'session.userId': userId });
      return result.deletedCount === 1;
    },
  };
}

export type SessionRegistry = ReturnType<typeof sessionRegistry>;
