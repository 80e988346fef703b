import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS, SEEDED_TARGETS, SUZHOU_TARGETS, TAICANG_TARGETS } from '../../seeds/targets';
import { VALIDATION_MESSAGES } from '../validation/messages';
import { PLANNER_MESSAGES } from './messages';
import { TargetListSchema, TargetSchema, satisfies, type Target } from './targets';

function issuesOf(input: unknown): [string, string][] {
  const result = TargetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const a1 = TAICANG_TARGETS[0]!;
const c1 = TAICANG_TARGETS.find((target) => target.id === 'C1')!;

describe('the seeded targets', () => {
  it('are Taicang A1–A4 and C1–C5, Kunshan K1–K3 and Suzhou S1, with those ids', () => {
    expect(TAICANG_TARGETS.map((target) => target.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'C1', 'C2', 'C3', 'C4', 'C5']);
    expect(KUNSHAN_TARGETS.map((target) => target.id)).toEqual(['K1', 'K2', 'K3']);
    expect(SUZHOU_TARGETS.map((target) => target.id)).toEqual(['S1']);
  });

  it('all pass the schema planners edit them through', () => {
    expect(TargetListSchema.safeParse(SEEDED_TARGETS).error?.issues ?? []).toEqual([]);
  });

  it('cite a document in 《》 and a clause', () => {
    for (const target of SEEDED_TARGETS) expect(target.source).toMatch(/^《[^》]+》\S/);
  });

  it('read C1 as exactly prefecture tier and C5 as prefecture or higher', () => {
    expect(c1.filter).toEqual({ kinds: ['incubator'], minTier: 'prefecture', maxTier: 'prefecture' });
    expect(TAICANG_TARGETS.find((target) => target.id === 'C5')!.filter).toEqual({ kinds: ['makerspace', 'incubator'], minTier: 'prefecture' });
  });

  it('read 突破 and ＞ as more than, 以上 as at least', () => {
    const comparators = Object.fromEntries(SEEDED_TARGETS.map((target) => [target.id, target.comparator]));
    expect(comparators).toMatchObject({ A1: 'at_least', C4: 'more_than', K2: 'more_than', S1: 'more_than', K1: 'at_least' });
  });
});

describe('the target schema', () => {
  it('refuses a window the measure cannot have, naming the field', () => {
    expect(issuesOf({ ...a1, window: 'stock_at_end' })).toEqual([['window', 'target.window.notForMeasure']]);
  });

  it('refuses a unit that does not fit the measure, and a fractional count', () => {
    expect(issuesOf({ ...a1, unit: 'count' })).toEqual([['unit', 'target.unit.notForMeasure']]);
    expect(issuesOf({ ...c1, threshold: 30.5 })).toEqual([['threshold', 'target.threshold.integer']]);
  });

  it('requires a lowest tier for recognitions, and a highest tier not below it', () => {
    expect(issuesOf({ ...c1, filter: { kinds: ['incubator'] } })).toEqual([['filter.minTier', 'target.filter.minTier.required']]);
    expect(issuesOf({ ...c1, filter: { kinds: ['incubator'], minTier: 'provincial', maxTier: 'prefecture' } })).toEqual([
      ['filter.maxTier', 'target.filter.tierRange'],
    ]);
  });

  it('requires at least one kind, each once', () => {
    expect(issuesOf({ ...a1, filter: { kinds: [] } })).toEqual([['filter.kinds', 'target.filter.kinds.required']]);
    expect(issuesOf({ ...a1, filter: { kinds: ['incubator', 'incubator'] } })).toEqual([['filter.kinds.1', 'target.filter.kinds.duplicate']]);
  });

  it('keeps the period in order and at most 20 years long', () => {
    expect(issuesOf({ ...a1, period: { from: '2025-01-01', to: '2021-12-31' } })).toEqual([['period.to', 'target.period.order']]);
    expect(issuesOf({ ...a1, period: { from: '2001-01-01', to: '2025-12-31' } })).toEqual([['period.to', 'target.period.tooLong']]);
    expect(issuesOf({ ...a1, period: { from: '2021-02-30', to: '2025-12-31' } })).toEqual([['period.from', 'date.format']]);
  });

  it('takes a baseline only on a stock target, dated before the period', () => {
    expect(issuesOf({ ...a1, baseline: { value: 1, on: '2020-12-31' } })).toEqual([['baseline', 'target.baseline.onlyForStock']]);
    const k1 = KUNSHAN_TARGETS[0]!;
    expect(issuesOf({ ...k1, baseline: { value: 140, on: '2021-01-01' } })).toEqual([['baseline.on', 'target.baseline.notBeforePeriod']]);
  });

  it('refuses thresholds that are not positive finite numbers', () => {
    expect(issuesOf({ ...a1, threshold: 0 })).toEqual([['threshold', 'target.threshold.positive']]);
    expect(issuesOf({ ...a1, threshold: Number.NaN })).toEqual([['threshold', 'target.threshold.number']]);
    expect(issuesOf({ ...a1, threshold: '100' })).toEqual([['threshold', 'target.threshold.number']]);
  });

  it('requires a source, labels in both languages and a known region, and refuses unknown fields', () => {
    expect(issuesOf({ ...a1, source: ' ' })).toEqual([['source', 'target.source.required']]);
    expect(issuesOf({ ...a1, label: { zh: '新投用孵化面积' } })).toEqual([['label.en', 'target.label.required']]);
    expect(issuesOf({ ...a1, region: 'shanghai' })).toEqual([['region', 'target.region.invalid']]);
    expect(TargetSchema.safeParse({ ...a1, $where: '1' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('refuses two targets with one id in a list', () => {
    const twice: Target[] = [a1, { ...a1 }];
    expect(TargetListSchema.safeParse(twice).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['1.id', 'target.id.duplicate']]);
  });
});

describe('comparators', () => {
  it('read at_least as ≥ and more_than as >', () => {
    expect([satisfies(20, 'at_least', 20), satisfies(20, 'more_than', 20), satisfies(21, 'more_than', 20)]).toEqual([true, false, true]);
  });
});

describe('the planner messages', () => {
  const sources = ['targets.ts', 'scenario.ts', 'pipelineForecast.ts', 'chain.ts'].map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
  const used = new Set(
    sources.flatMap((source) =>
      [...source.matchAll(/(?:message: |issue\(\[[^\]]*\], )'([A-Za-z.]+)'/g)].map((match) => match[1]!),
    ),
  );

  it('cover every message key the planner schemas use, in Chinese and English', () => {
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((key) => !(key in PLANNER_MESSAGES) && !(key in VALIDATION_MESSAGES));
    expect(missing).toEqual([]);
    for (const message of Object.values(PLANNER_MESSAGES)) expect(message.zh && message.en).toBeTruthy();
  });

  it('reach the shared dictionary unchanged, so the API answers with them', () => {
    for (const [key, message] of Object.entries(PLANNER_MESSAGES)) expect(VALIDATION_MESSAGES[key]).toEqual(message);
  });
});
