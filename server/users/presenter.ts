import type { UserView } from '@shared/api/users';
import type { Role } from '@shared/policies';

export interface UserLean {
  _id: { toString(): string };
  username: string;
  displayName: string;
  role: Role;
  disabled?: boolean | null;
  demo?: boolean | null;
  createdAt?: Date;
  passwordChangedAt?: Date | null;
}

/** A user as admins see it: never the password hash. */
export function presentUser(user: UserLean): UserView {
  return {
    id: user._id.toString(),
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled ?? false,
    demo: user.demo ?? false,
    createdAt: user.createdAt?.toISOString() ?? null,
    passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
  };
}
