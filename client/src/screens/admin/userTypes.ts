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
