import { describe, expect, it } from 'vitest';
import type { StoredPhase } from '@shared/carriers/record';
import { describeChange } from './describeChange';

const phase: StoredPhase = { id: 'ph-1a2b', label: '一期', status: 'open', incubationAreaM2: 10_000, openedOn: '2024-05-01' };

describe('describeChange', () => {
  it('names a phase by its label when one field of it changed', () => {
    const rows = describeChange({
      action: 'update',
      diff: [{ path: 'phases[ph-1a2b].incubationAreaM2', before: 10_000, after: 11_500 }],
      proposed: { phases: [{ ...phase, incubationAreaM2: 11_500 }] },
    });
    expect(rows).toEqual([
      { path: 'phases[ph-1a2b].incubationAreaM2', group: { kind: 'phase', id: 'ph-1a2b', label: '一期' }, field: 'incubationAreaM2', before: 10_000, after: 11_500, presence: 'changed' },
    ]);
  });

  it('breaks a new carrier into one line per filled-in field, in form order, without bookkeeping', () => {
    const rows = describeChange({
      action: 'create',
      diff: [
        { path: 'industries', before: undefined, after: [] },
        { path: 'kind', before: undefined, after: 'incubator' },
        { path: 'locationApproximate', before: undefined, after: false },
        { path: 'name', before: undefined, after: '新孵化器' },
        { path: 'owners', before: undefined, after: ['64b7f0c2a1b2c3d4e5f60718'] },
        { path: 'phases', before: undefined, after: [phase] },
      ],
      proposed: { phases: [phase] },
    });
    expect(rows.map((row) => [row.group?.kind ?? null, row.field, row.after])).toEqual([
      [null, 'name', '新孵化器'],
      [null, 'kind', 'incubator'],
      ['phase', 'label', '一期'],
      ['phase', 'status', 'open'],
      ['phase', 'incubationAreaM2', 10_000],
      ['phase', 'openedOn', '2024-05-01'],
    ]);
  });

  it('marks the fields of a phase added in an edit as added, and names a removed phase from its old values', () => {
    const rows = describeChange({
      action: 'update',
      diff: [
        { path: 'phases[ph-new]', before: undefined, after: { id: 'ph-new', label: '二期', status: 'planned', floorAreaM2: 5_000 } },
        { path: 'phases[ph-1a2b]', before: phase, after: undefined },
      ],
      proposed: { phases: [{ id: 'ph-new', label: '二期', status: 'planned', floorAreaM2: 5_000 }] },
    });
    const added = rows.filter((row) => row.presence === 'added');
    const removed = rows.filter((row) => row.presence === 'removed');
    expect(added.map((row) => row.group)).toContainEqual({ kind: 'phase', id: 'ph-new', label: '二期' });
    expect(removed.map((row) => row.field)).toEqual(['label', 'status', 'incubationAreaM2', 'openedOn']);
    expect(removed[0]!.group).toEqual({ kind: 'phase', id: 'ph-1a2b', label: '一期' });
  });
});
