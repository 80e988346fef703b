/**
 * The four kinds of people who use the planner:
 * admin — users and everything else; planner — reads all, edits targets and scenarios,
 * verifies changes; leader — reads dashboards and reports; manager — registers carriers and
 * edits only the ones they own.
 */
export const ROLES = ['admin', 'planner', 'leader', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** The logged-in caller as every service and policy sees it. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
}
