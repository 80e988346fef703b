import { describe, expect, it } from 'vitest';
import { isOverdueOpening } from './derive';

describe('a phase whose planned opening has passed', () => {
  it('is overdue while it is still planned or under construction', () => {
    expect(isOverdueOpening({ status: 'planned', plannedOpeningOn: '2025-06-30' }, '2026-12-04')).toBe(true);
    expect(isOverdueOpening({ status: 'under_construction', plannedOpeningOn: '2026-12-03' }, '2026-12-04')).toBe(true);
  });

  it('is not overdue on its planned day, before it, without a date, or once open or closed', () => {
    expect(isOverdueOpening({ status: 'planned', plannedOpeningOn: '2026-12-04' }, '2026-12-04')).toBe(false);
    expect(isOverdueOpening({ status: 'planned', plannedOpeningOn: '2027-01-01' }, '2026-12-04')).toBe(false);
    expect(isOverdueOpening({ status: 'planned', plannedOpeningOn: undefined }, '2026-12-04')).toBe(false);
    expect(isOverdueOpening({ status: 'open', plannedOpeningOn: '2025-06-30' }, '2026-12-04')).toBe(false);
    expect(isOverdueOpening({ status: 'closed', plannedOpeningOn: '2025-06-30' }, '2026-12-04')).toBe(false);
  });
});
