import { can, type Action } from '@shared/policies';
import type { Role } from './session';

export type ScreenId = 'map' | 'dashboard' | 'planner' | 'registry' | 'review' | 'admin';

/**
 * The action each screen is for: a role sees the screen when the shared policy lets it take
 * that action, so the client never restates who may do what (the server asks the same policy).
 */
const SCREEN_ACTIONS: Record<ScreenId, Action> = {
  dashboard: 'progress:read',
  map: 'carrier:read',
  planner: 'scenario:read',
  registry: 'carrier:create',
  review: 'change:review',
  admin: 'user:manage',
};

export const SCREEN_ORDER: readonly ScreenId[] = ['dashboard', 'map', 'planner', 'registry', 'review', 'admin'];

const asRole = (role: Role) => ({ id: '', username: '', role });

export function canSee(role: Role, screen: ScreenId): boolean {
  return can(asRole(role), SCREEN_ACTIONS[screen]);
}

export function screensFor(role: Role): ScreenId[] {
  return SCREEN_ORDER.filter((screen) => canSee(role, screen));
}

/** Where a user lands after login: the first screen of their job (the targets, or their carriers). */
export function homeScreen(role: Role): ScreenId {
  return canSee(role, 'dashboard') ? 'dashboard' : 'registry';
}
