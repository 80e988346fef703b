import { describe, expect, it } from 'vitest';
import type { CarrierRecord } from './record';
import { applyPendingChanges, type PendingOverlay } from './overlay';

function record(id: string, area: number): CarrierRecord {
  return {
    id,
    name: `载体${id}`,
    kind: 'incubator',
    region: 'taicang',
    location: null,
    locationApproximate: false,
    industries: [],
    phases: [{ id: 'p1', label: '一期', status: 'open', openedOn: '2023-01-01', incubationAreaM2: area }],
    recognitions: [],
    ratings: [],
    owners: [],
    provenance: { synthetic: true },
    version: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function change(action: PendingOverlay['action'], carrierId: string, area: number | null, submittedAt = '2025-01-01T00:00:00Z'): PendingOverlay {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = record(carrierId, area ?? 0);
  return { action, carrierId, proposed: area === null ? null : fields, submittedAt };
}

const areaOf = (carriers: CarrierRecord[]) => Object.fromEntries(carriers.map((carrier) => [carrier.id, carrier.phases[0]?.incubationAreaM2]));

describe('the reported basis', () => {
  it('equals the verified carriers when nothing is pending', () => {
    const verified = [record('a', 100)];
    expect(applyPendingChanges(verified, [])).toEqual(verified);
  });

  it('applies a pending edit, adds a pending create and drops a pending deletion', () => {
    const verified = [record('a', 100), record('b', 200)];
    const result = applyPendingChanges(verified, [change('update', 'a', 150), change('create', 'c', 300), change('delete', 'b', null)]);
    expect(areaOf(result)).toEqual({ a: 150, c: 300 });
  });

  it('uses the latest pending change of a carrier', () => {
    const result = applyPendingChanges([record('a', 100)], [change('update', 'a', 170, '2025-02-01T00:00:00Z'), change('update', 'a', 150, '2025-01-01T00:00:00Z')]);
    expect(areaOf(result)).toEqual({ a: 170 });
  });
});
