import { describe, expect, it } from 'vitest';
import { localizeIssues } from '../validation/messages';
import { acceptsReportFrom, defaultPeriod, expectedToReport, lastClosedYear, periodState } from './periods';
import { occupancyOf, reportErrors, reportErrorsAgainst, reportWarnings } from './rules';
import { ReportInputSchema } from './schema';

describe('the cross-field rules of a yearly report', () => {
  it('refuse tenant plus public area above the site area, naming the tenant area', () => {
    expect(reportErrors({ siteAreaM2: 10_000, tenantAreaM2: 8_000, publicAreaM2: 2_500 })).toEqual([{ path: 'tenantAreaM2', code: 'report.area.exceedsSite' }]);
  });

  it('accept tenant plus public area equal to the site area', () => {
    expect(reportErrors({ siteAreaM2: 10_000, tenantAreaM2: 8_000, publicAreaM2: 2_000 })).toEqual([]);
  });

  it('refuse more financed firms than incubated ones', () => {
    expect(reportErrors({ incubatedFirms: 20, financedFirms: 21 })).toEqual([{ path: 'financedFirms', code: 'report.financed.exceedsIncubated' }]);
    expect(reportErrors({ incubatedFirms: 20, financedFirms: 20 })).toEqual([]);
  });

  it('refuse more graduates this year than firms incubated the year before, and skip the check without last year', () => {
    expect(reportErrorsAgainst({ graduatedFirms: 11 }, { incubatedFirms: 10 })).toEqual([{ path: 'graduatedFirms', code: 'report.graduated.exceedsLastYear' }]);
    expect(reportErrorsAgainst({ graduatedFirms: 10 }, { incubatedFirms: 10 })).toEqual([]);
    expect(reportErrorsAgainst({ graduatedFirms: 11 }, null)).toEqual([]);
  });

  it('are applied by the API schema, in the caller’s language, with the field named', () => {
    const result = ReportInputSchema.safeParse({ siteAreaM2: 100, tenantAreaM2: 90, publicAreaM2: 20 });
    expect(result.success).toBe(false);
    expect(localizeIssues(result.error!.issues, 'zh')).toEqual([
      { path: 'tenantAreaM2', code: 'report.area.exceedsSite', message: '在孵企业使用面积与公共服务面积之和不能大于孵化场地面积' },
    ]);
  });

  it('refuse negative and fractional counts and money, and unknown fields', () => {
    const result = ReportInputSchema.safeParse({ incubatedFirms: -1, rdSpendKiloYuan: 1.5, occupancy: 0.9 });
    const found = localizeIssues(result.error!.issues, 'en').map((issue) => `${issue.path}:${issue.code}`);
    expect(found.sort()).toEqual(['incubatedFirms:report.count.negative', 'occupancy:unknownField', 'rdSpendKiloYuan:report.money.integer']);
  });
});

describe('the plausibility warnings', () => {
  it('flag a figure that moved more than half from last year, and not one that moved exactly half', () => {
    expect(reportWarnings({ incubatedFirms: 31, staff: 15 }, { incubatedFirms: 20, staff: 10 })).toEqual([
      { path: 'incubatedFirms', code: 'report.warning.yearOnYear', previous: 20, current: 31 },
    ]);
  });

  it('flag more than three firms per 100 ㎡ of tenant area', () => {
    expect(reportWarnings({ incubatedFirms: 31, tenantAreaM2: 1_000 }, null)).toEqual([{ path: 'incubatedFirms', code: 'report.warning.density', density: 3.1 }]);
    expect(reportWarnings({ incubatedFirms: 30, tenantAreaM2: 1_000 }, null)).toEqual([]);
  });

  it('derive occupancy from the two areas, never from a stored figure', () => {
    expect(occupancyOf({ siteAreaM2: 10_000, tenantAreaM2: 7_500 })).toBe(0.75);
    expect(occupancyOf({ siteAreaM2: 10_000 })).toBeNull();
  });
});

describe('a reporting period', () => {
  it('opens on 1 January and is due on 15 February for the year before, by default', () => {
    expect(defaultPeriod(2025)).toEqual({ year: 2025, opensOn: '2026-01-01', dueOn: '2026-02-15', reopenedFor: [] });
    expect(periodState(defaultPeriod(2025), '2025-12-31')).toBe('upcoming');
    expect(periodState(defaultPeriod(2025), '2026-02-15')).toBe('open');
    expect(periodState(defaultPeriod(2025), '2026-02-16')).toBe('closed');
  });

  it('accepts a late report only from a carrier it was reopened for', () => {
    const period = { ...defaultPeriod(2025), reopenedFor: ['a'] };
    expect(acceptsReportFrom(period, 'a', '2026-06-01')).toBe(true);
    expect(acceptsReportFrom(period, 'b', '2026-06-01')).toBe(false);
  });

  it('names the last closed year from the date', () => {
    expect(lastClosedYear('2026-02-15')).toBe(2024);
    expect(lastClosedYear('2026-02-16')).toBe(2025);
  });

  it('expects a report from a carrier with a phase open during the year', () => {
    expect(expectedToReport({ phases: [{ id: 'p', label: '一期', status: 'open', openedOn: '2025-12-31' }] }, 2025)).toBe(true);
    expect(expectedToReport({ phases: [{ id: 'p', label: '一期', status: 'open', openedOn: '2026-01-01' }] }, 2025)).toBe(false);
    expect(expectedToReport({ phases: [{ id: 'p', label: '一期', status: 'closed', openedOn: '2020-01-01', closedOn: '2024-12-31' }] }, 2025)).toBe(false);
  });
});
