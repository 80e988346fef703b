/**
 * The four kinds of people who use the planner:
 * admin — users and everything else; planner — reads all, edits targets and scenarios,
 * verifies changes; leader — reads dashboards and reports; manager — registers carriers and
 * edits only the ones they own. The only place role names are listed.
 */
export const ROLES = ['admin', 'planner', 'leader', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** The logged-in caller as every service and policy sees it. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
}

/**
 * Who may do what, in one place (ASVS 8.2), asked by the server before it acts and by the
 * client to decide what to show. Services call `can`/`authorize` right after loading a
 * record, so ownership is judged on the record itself.
 */
export type Action =
  | 'carrier:read'
  | 'carrier:create'
  | 'carrier:update'
  | 'carrier:delete'
  | 'carrier:import'
  | 'carrier:assignOwners'
  | 'change:list'
  | 'change:listAll'
  | 'change:review'
  | 'change:revise'
  | 'target:read'
  | 'target:update'
  | 'progress:read'
  | 'scenario:read'
  | 'scenario:write'
  | 'user:manage'
  | 'audit:read'
  | 'report:read'
  | 'report:submit'
  | 'reporting:read'
  | 'reporting:status'
  | 'reporting:manage'
  | 'reporting:export'
  | 'auth:lockouts'
  | 'auth:unlock'
  | 'health:details'
  | 'rules:read'
  | 'tier:check'
  | 'tier:candidates'
  | 'overlap:read'
  | 'overlap:review'
  | 'period:close';

const EVERYONE: readonly Role[] = ['admin', 'planner', 'leader', 'manager'];

const RULES: Record<Action, readonly Role[]> = {
  'carrier:read': EVERYONE,
  'carrier:create': ['admin', 'planner', 'manager'],
  'carrier:update': ['admin', 'planner', 'manager'],
  'carrier:delete': ['admin', 'planner', 'manager'],
  'carrier:import': ['admin', 'planner', 'manager'],
  'carrier:assignOwners': ['admin'],
  'change:list': ['admin', 'planner', 'manager'],
  'change:listAll': ['admin', 'planner'],
  'change:review': ['admin', 'planner'],
  // Only managers' submissions wait for review, so only they revise, withdraw or reopen one (their own).
  'change:revise': ['manager'],
  'target:read': EVERYONE,
  'target:update': ['admin', 'planner'],
  'progress:read': ['admin', 'planner', 'leader'],
  'scenario:read': ['admin', 'planner'],
  'scenario:write': ['admin', 'planner'],
  'user:manage': ['admin'],
  'audit:read': ['admin'],
  // Yearly reports: everyone reads them (managers only their own carriers'); a manager's
  // submission waits for a planner, whose own is verified at once.
  'report:read': EVERYONE,
  'report:submit': ['admin', 'planner', 'manager'],
  'reporting:read': EVERYONE,
  'reporting:status': ['admin', 'planner', 'leader'],
  'reporting:manage': ['admin', 'planner'],
  'reporting:export': ['admin', 'planner', 'leader'],
  'auth:lockouts': ['admin'],
  'auth:unlock': ['admin'],
  'health:details': ['admin'],
  'rules:read': EVERYONE,
  // A tier check shows the carrier's verified statistics: its own managers and the bureau.
  'tier:check': EVERYONE,
  'tier:candidates': ['admin', 'planner', 'leader'],
  'overlap:read': ['admin', 'planner', 'leader'],
  'overlap:review': ['admin', 'planner'],
  'period:close': ['admin', 'planner'],
};

/** Actions a manager may take only on carriers they own. */
const OWNER_ONLY_FOR_MANAGERS = new Set<Action>(['carrier:update', 'carrier:delete', 'report:read', 'report:submit', 'tier:check']);

export interface OwnedRecord {
  owners?: readonly string[] | null;
}

/**
 * Without a record this answers whether the role may ever take the action (checked before a
 * request body is even validated); with the record it also applies ownership.
 */
export function can(actor: Actor, action: Action, record?: OwnedRecord): boolean {
  if (!RULES[action].includes(actor.role)) return false;
  if (record && actor.role === 'manager' && OWNER_ONLY_FOR_MANAGERS.has(action)) {
    return Boolean(record.owners?.includes(actor.id));
  }
  return true;
}

/**
 * Whose word counts toward targets: planners' and admins' edits are verified at once,
 * managers' wait for a planner.
 */
export function editsAreVerified(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'planner';
}
