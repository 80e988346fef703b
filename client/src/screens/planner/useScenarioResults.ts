import { useDeferredValue, useMemo } from 'react';
import { compareScenarios, evaluateScenario, type Scenario, type ScenarioComparison, type ScenarioResult } from '@shared/planner';
import type { IsoDate } from '@shared/dates';
import type { PlannerData } from './usePlannerData';

export interface ScenarioResults {
  baseline: ScenarioResult;
  result: ScenarioResult;
  comparison: ScenarioComparison;
  /** True while a newer edit is still being computed (the previous result stays on screen). */
  stale: boolean;
}

/**
 * The baseline and the scenario, evaluated in the browser with the same shared planner the
 * API runs: no request per edit. The scenario is deferred so typing in a slip box stays
 * responsive on a region with thousands of phases.
 */
export function useScenarioResults(data: PlannerData, region: string, asOf: IsoDate, scenario: Scenario): ScenarioResults {
  const deferred = useDeferredValue(scenario);
  const { carriers, targets } = data;
  const baseline = useMemo(
    () => evaluateScenario({ carriers, targets, asOf, scenario: { name: 'baseline', region, baseAsOf: asOf, edits: [] } }),
    [carriers, targets, asOf, region],
  );
  const result = useMemo(() => evaluateScenario({ carriers, targets, asOf, scenario: deferred }), [carriers, targets, asOf, deferred]);
  const comparison = useMemo(() => compareScenarios(baseline, result), [baseline, result]);
  return { baseline, result, comparison, stale: deferred !== scenario };
}
