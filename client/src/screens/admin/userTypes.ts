import type { Role } from '../../app/session';

/** A user as GET /api/users presents it (server/users/presenter.ts): never a password hash. */
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

/** A signed-in session as GET /api/users/:id/sessions presents it: a handle, never the session id. */
export interface SessionView {
  id: string;
  device: string | null;
  ip: string | null;
  createdAt: string | null;
  lastSeenAt: string | null;
  current: boolean;
}
