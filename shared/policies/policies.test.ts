import { describe, expect, it } from 'vitest';
import { can, editsAreVerified, type Actor } from './index';

const actor = (role: Actor['role'], id = 'u1'): Actor => ({ id, username: role, role });

describe('the access policy', () => {
  it('lets a manager edit a carrier they own and refuses one they do not', () => {
    expect(can(actor('manager', 'm1'), 'carrier:update', { owners: ['m1'] })).toBe(true);
    expect(can(actor('manager', 'm1'), 'carrier:update', { owners: ['m2'] })).toBe(false);
    expect(can(actor('manager', 'm1'), 'carrier:delete', { owners: [] })).toBe(false);
  });

  it('lets a manager reach the edit endpoint, leaving ownership to the record check', () => {
    expect(can(actor('manager'), 'carrier:update')).toBe(true);
    expect(can(actor('leader'), 'carrier:update')).toBe(false);
  });

  it('lets planners and admins edit any carrier', () => {
    expect(can(actor('planner'), 'carrier:update', { owners: ['someone'] })).toBe(true);
    expect(can(actor('admin'), 'carrier:delete', { owners: [] })).toBe(true);
  });

  it('keeps leaders to reading', () => {
    expect(can(actor('leader'), 'progress:read')).toBe(true);
    expect(can(actor('leader'), 'carrier:create')).toBe(false);
    expect(can(actor('leader'), 'change:review')).toBe(false);
    expect(can(actor('leader'), 'scenario:write')).toBe(false);
  });

  it('reserves users and the audit trail for admins', () => {
    for (const role of ['planner', 'leader', 'manager'] as const) {
      expect(can(actor(role), 'user:manage')).toBe(false);
      expect(can(actor(role), 'audit:read')).toBe(false);
    }
    expect(can(actor('admin'), 'audit:read')).toBe(true);
  });

  it('verifies planners and admins directly and holds managers for review', () => {
    expect(editsAreVerified(actor('planner'))).toBe(true);
    expect(editsAreVerified(actor('admin'))).toBe(true);
    expect(editsAreVerified(actor('manager'))).toBe(false);
  });
});
