import type { Role } from '../policies';

/** A user as `GET /api/users` presents it (server/users/presenter.ts): never a password hash. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  demo: boolean;
  createdAt: string | null;
  passwordChangedAt: string | null;
}

export interface UserList {
  items: UserView[];
}

/** A signed-in session as an admin sees it: a handle derived from the id, never the id itself (a credential). */
export interface SessionView {
  /** A stable handle derived from the session id (SHA-256, shortened); useless as a cookie. */
  id: string;
  device: string | null;
  ip: string | null;
  createdAt: string | null;
  lastSeenAt: string | null;
  current: boolean;
}
