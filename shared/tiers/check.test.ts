import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_BUT_ONE } from '../../seeds/tiers';
import type { CarrierRecord } from '../carriers/record';
import { buildCarrierRecord, buildRecognition, buildStoredPhase } from '../../tests/support/plannerFixtures';
import { checkTier, nextTier } from './check';
import { REPORT_FIGURE_NAMES, type ReportFigures } from './figures';
import { RULE_SETS, ruleSetsInForce } from './rules';

const SEED = 20_261_204;

/** The seeded "all but one" incubator, as the registry holds it: provincial since 2017. */
function allButOneIncubator(): CarrierRecord {
  return buildCarrierRecord({
    id: 'all-but-one',
    kind: 'incubator',
    operatingSince: ALL_BUT_ONE.operatingSince,
    phases: [buildStoredPhase({ openedOn: '2015-06-20', constructionStartedOn: '2014-01-01', incubationAreaM2: 12_000, floorAreaM2: 15_000 })],
    recognitions: [buildRecognition({ id: 'r-provincial', tier: 'provincial', year: 2017 })],
  });
}

/** Its latest verified report before a date, with the years filed in a row, as the server's report source gives it. */
function reportBefore(asOf: string): ReportFigures {
  const year = Number(asOf.slice(0, 4));
  const filed = ALL_BUT_ONE.reports.filter((report) => report.year < year);
  const latest = filed.at(-1)!;
  return { year: latest.year, reportsFiled: filed.length, ...latest.figures };
}

describe('the tier check of the seeded “all but one” incubator', () => {
  it('names exactly the one national criterion it lacks under the 2018 rules, in words', () => {
    const check = checkTier({ carrier: allButOneIncubator(), report: reportBefore('2025-06-30'), asOf: '2025-06-30' });
    expect(check.current).toBe('provincial');
    expect(check.next).toBe('national');
    expect(check.ruleSet?.documentNumber).toBe('国科发区〔2018〕300号');
    const unmet = check.criteria.filter((criterion) => criterion.status === 'unmet');
    expect(unmet.map((criterion) => criterion.id)).toEqual([ALL_BUT_ONE.lackedCriterion.national2018]);
    expect(unmet[0]!.lacks).toEqual({ zh: '获得投融资的在孵企业占比 8.6% < 10%', en: 'Share of incubatees financed 8.6% < 10%' });
    expect(check.counts).toEqual({ met: check.criteria.length - 1, unmet: 1, unknown: 0 });
  });

  it('names exactly one unmet criterion under MIIT 2025 too, and keeps the unpublished ones unknown with their reason', () => {
    const check = checkTier({ carrier: allButOneIncubator(), report: reportBefore('2026-03-01'), asOf: '2026-03-01' });
    expect(check.ruleSet?.documentNumber).toBe('工信部科〔2025〕131号');
    expect(check.criteria.filter((criterion) => criterion.status === 'unmet').map((criterion) => criterion.id)).toEqual([ALL_BUT_ONE.lackedCriterion.miit2025]);
    const s4 = check.criteria.find((criterion) => criterion.id === 'S4')!;
    expect(s4).toMatchObject({ status: 'unknown', required: null, lacks: null });
    expect(s4.reason?.zh).toContain('未查到');
  });
});

describe('regimes by date', () => {
  const carrier = allButOneIncubator();
  it('uses the 2018 national incubator rules up to 2025-07-09 and MIIT 2025 from 2025-07-10', () => {
    expect(checkTier({ carrier, asOf: '2025-07-09' }).ruleSet?.id).toBe('national-incubator-2018');
    expect(checkTier({ carrier, asOf: '2025-07-10' }).ruleSet?.id).toBe('miit-standard-2025');
  });

  it('has exactly one national incubator rule (with its variant) in force on any day since 2018-12-14', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2018-12-14T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const asOf = date.toISOString().slice(0, 10);
        const ids = ruleSetsInForce('incubator', 'national', asOf).map((set) => set.id);
        expect(ids).toEqual(asOf <= '2025-07-09' ? ['national-incubator-2018', 'national-incubator-2018-professional'] : ['miit-standard-2025']);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('picks the 专业孵化器 variant only when 75 % or more of the incubatees share the main industry', () => {
    const report = { ...reportBefore('2025-06-30'), mainIndustryFirms: 45 };
    const check = checkTier({ carrier, report, asOf: '2025-06-30' });
    expect(check.ruleSet?.id).toBe('national-incubator-2018-professional');
    expect(check.criteria.map((criterion) => criterion.id)).toContain('N12b');
  });
});

describe('unknown stays unknown', () => {
  it('never calls a criterion met when its figure is missing from the report', () => {
    const full = reportBefore('2025-06-30');
    fc.assert(
      fc.property(fc.subarray([...REPORT_FIGURE_NAMES], { minLength: 1 }), (dropped) => {
        const report: ReportFigures = { ...full };
        for (const name of dropped) delete report[name];
        const check = checkTier({ carrier: allButOneIncubator(), report, asOf: '2025-06-30' });
        const complete = checkTier({ carrier: allButOneIncubator(), report: full, asOf: '2025-06-30' });
        // Dropping figures can only move criteria from met or unmet to unknown, never to met.
        expect(check.counts.met).toBeLessThanOrEqual(complete.counts.met);
        for (const criterion of check.criteria) {
          const before = complete.criteria.find((candidate) => candidate.id === criterion.id)!;
          if (criterion.status !== before.status) expect(criterion.status).toBe('unknown');
          if (criterion.status === 'unknown') expect(criterion.reason).not.toBeNull();
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('leaves every report-based criterion unknown, with the missing figures named, when there is no verified report', () => {
    const check = checkTier({ carrier: allButOneIncubator(), asOf: '2025-06-30' });
    const n4 = check.criteria.find((criterion) => criterion.id === 'N4')!;
    expect(n4).toMatchObject({ status: 'unknown', actual: null, required: 5_000 });
    expect(n4.reason?.zh).toContain('孵化基金总额');
    // The area and the operating years come from the record itself.
    expect(check.criteria.find((criterion) => criterion.id === 'N2')!.status).toBe('met');
    expect(check.criteria.find((criterion) => criterion.id === 'N1a')!.status).toBe('met');
  });

  it('shows a rule set none of whose thresholds was found (Jiangsu incubators) as unknown with its reason', () => {
    const prefecture = buildCarrierRecord({ operatingSince: '2018-01-01', phases: [buildStoredPhase()], recognitions: [buildRecognition({ tier: 'prefecture', year: 2020 })] });
    const check = checkTier({ carrier: prefecture, report: reportBefore('2025-06-30'), asOf: '2025-06-30' });
    expect(check.next).toBe('provincial');
    expect(check.criteria).toHaveLength(1);
    expect(check.criteria[0]).toMatchObject({ status: 'unknown', reason: { zh: expect.stringContaining('苏科技规〔2019〕206号') } });
  });

  it('has no threshold on any criterion whose rule text was not verified', () => {
    for (const set of RULE_SETS) {
      for (const criterion of set.criteria) {
        if (criterion.tests) expect(['V', 'V2']).toContain(criterion.verification);
        else expect(criterion.unknown).toBeDefined();
      }
    }
  });
});

describe('what a carrier lacks, in words', () => {
  it('says how many incubated firms are missing', () => {
    const report = { ...reportBefore('2025-06-30'), incubatedFirms: 38, financedFirms: 10, mainIndustryFirms: 20 };
    const n10 = checkTier({ carrier: allButOneIncubator(), report, asOf: '2025-06-30' }).criteria.find((criterion) => criterion.id === 'N10')!;
    expect(n10.status).toBe('unmet');
    expect(n10.lacks).toEqual({ zh: '在孵企业 还差 12 家', en: 'Incubated firms: 12 firms short' });
  });

  it('compares a share with its threshold', () => {
    const report = { ...reportBefore('2025-06-30'), tenantAreaM2: 6_000, publicAreaM2: 1_320 };
    const n3 = checkTier({ carrier: allButOneIncubator(), report, asOf: '2025-06-30' }).criteria.find((criterion) => criterion.id === 'N3')!;
    expect(n3.lacks?.zh).toBe('孵化用途占比 61% < 75%');
  });

  it('lowers the relieved thresholds by 20 % only when the carrier is flagged remote', () => {
    const report = { ...reportBefore('2025-06-30'), incubatedFirms: 42, financedFirms: 10 };
    const plain = checkTier({ carrier: allButOneIncubator(), report, asOf: '2025-06-30' });
    const remote = checkTier({ carrier: allButOneIncubator(), report, asOf: '2025-06-30', remoteArea: true });
    expect(plain.criteria.find((criterion) => criterion.id === 'N10')!.status).toBe('unmet');
    expect(remote.criteria.find((criterion) => criterion.id === 'N10')).toMatchObject({ status: 'met', required: 40 });
    expect(remote.criteria.find((criterion) => criterion.id === 'N5')!.required).toBe(0.1);
  });
});

describe('the next tier', () => {
  it('climbs county → prefecture → provincial → national and stops at the top', () => {
    expect([null, 'county', 'prefecture', 'provincial', 'national'].map((tier) => nextTier(tier as never))).toEqual(['county', 'prefecture', 'provincial', 'national', null]);
  });

  it('answers a county-level check with one unknown criterion, since no county rule is on file', () => {
    const check = checkTier({ carrier: buildCarrierRecord({ phases: [buildStoredPhase()] }), asOf: '2025-06-30' });
    expect(check).toMatchObject({ current: null, next: 'county', ruleSet: null, counts: { met: 0, unmet: 0, unknown: 1 } });
  });
});
