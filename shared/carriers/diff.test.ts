import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff';

describe('field-level diff', () => {
  it('names each changed field by its path', () => {
    expect(diffRecords({ name: 'A', contact: { phone: '1' } }, { name: 'B', contact: { phone: '1' } })).toEqual([
      { path: 'name', before: 'A', after: 'B' },
    ]);
  });

  it('addresses phases by id, so reordering is not a change and an edit names its phase', () => {
    const before = { phases: [{ id: 'p1', incubationAreaM2: 100 }, { id: 'p2', incubationAreaM2: 200 }] };
    const after = { phases: [{ id: 'p2', incubationAreaM2: 250 }, { id: 'p1', incubationAreaM2: 100 }] };
    expect(diffRecords(before, after)).toEqual([{ path: 'phases[p2].incubationAreaM2', before: 200, after: 250 }]);
  });

  it('shows an added phase as a whole', () => {
    const diff = diffRecords({ phases: [{ id: 'p1', a: 1 }] }, { phases: [{ id: 'p1', a: 1 }, { id: 'p2', a: 2 }] });
    expect(diff).toEqual([{ path: 'phases[p2]', before: undefined, after: { id: 'p2', a: 2 } }]);
  });

  it('compares plain lists as values', () => {
    expect(diffRecords({ industries: ['digital'] }, { industries: ['digital', 'materials'] })).toEqual([
      { path: 'industries', before: ['digital'], after: ['digital', 'materials'] },
    ]);
    expect(diffRecords({ industries: ['digital'] }, { industries: ['digital'] })).toEqual([]);
  });

  it('treats a missing list and an empty one as the same', () => {
    expect(diffRecords({ ratings: [] }, {})).toEqual([]);
  });
});
