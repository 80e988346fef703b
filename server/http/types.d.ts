import 'express-session';
import type { Actor, Role } from '@shared/policies';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    username: string;
    role: Role;
    csrfToken: string;
    /** Login time (ms): the absolute timeout counts from here. */
    createdAt: number;
    /** Last request (ms): the idle timeout counts from here. */
    lastSeenAt: number;
    /** The user's session epoch at login; an account change moves the user's on and ends this session. */
    epoch: number;
    /** What the login came from, for the user's list of sessions (User-Agent, shortened). */
    device?: string;
    ip?: string;
  }
}

declare global {
  namespace Express {
    interface Request {
      /** The logged-in caller, set by requireAuth. */
      actor?: Actor;
    }
  }
}
