import type { Role } from './session';

export type ScreenId = 'map' | 'dashboard' | 'planner' | 'registry' | 'review' | 'admin';

/** Which roles see which screen; the server enforces the same rules per request. */
export const SCREEN_ROLES: Record<ScreenId, readonly Role[]> = {
  dashboard: ['admin', 'planner', 'leader'],
  map: ['admin', 'planner', 'leader', 'manager'],
  planner: ['admin', 'planner'],
  registry: ['admin', 'planner', 'manager'],
  review: ['admin', 'planner'],
  admin: ['admin'],
};

export const SCREEN_ORDER: readonly ScreenId[] = ['dashboard', 'map', 'planner', 'registry', 'review', 'admin'];

export function screensFor(role: Role): ScreenId[] {
  return SCREEN_ORDER.filter((screen) => SCREEN_ROLES[screen].includes(role));
}

/** Where a user lands after login: the first screen of their job. */
export function homeScreen(role: Role): ScreenId {
  if (role === 'manager') return 'registry';
  return 'dashboard';
}
