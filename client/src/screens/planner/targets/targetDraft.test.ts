import { describe, expect, it } from 'vitest';
import { KUNSHAN_TARGETS } from '../../../../../seeds/targets';
import { TargetSchema } from '@shared/planner/targets';
import { draftFromTarget, targetFromDraft, withMeasure } from './targetDraft';

const k3 = KUNSHAN_TARGETS.find((target) => target.id === 'K3')!;

describe('the target form draft', () => {
  it('keeps the counting rule, the plan’s sentence, why and every reading when a target is saved unchanged', () => {
    const saved = TargetSchema.parse(targetFromDraft(draftFromTarget({ ...k3, reading: 'netChange' }), 'kunshan'));
    expect(saved).toEqual({ ...k3, reading: 'netChange' });
  });

  it('drops them when the planner changes the measure they were written for', () => {
    const saved = targetFromDraft(withMeasure(draftFromTarget(k3), 'carrier_count'), 'kunshan') as Record<string, unknown>;
    expect(saved.measure).toBe('carrier_count');
    expect([saved.rule, saved.readings, saved.quote]).toEqual([undefined, undefined, undefined]);
  });
});
