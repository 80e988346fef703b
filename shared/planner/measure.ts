import type { MeasureContext } from './context';
import { measurePhaseFlow, measureRecognitions } from './flows';
import type { Measurement } from './measurement';
import { measureCarrierStock, measureNetChangeOfHolders, measurePhaseStock } from './stocks';
import { countingRuleOf, type Target } from './targets';

/** Runs the one pass a measure needs. See targets.ts `MEASURES` for what each one counts. */
export function measure(context: MeasureContext, target: Pick<Target, 'measure' | 'rule'>): Measurement {
  const { index } = context;
  switch (target.measure) {
    case 'opened_incubation_area':
      return measurePhaseFlow(context, 'opened', index.phaseIncubationM2);
    case 'construction_started_floor_area':
      return measurePhaseFlow(context, 'started', index.phaseFloorM2);
    case 'pipeline_incubation_area':
      return measurePhaseStock(context, 'pipeline');
    case 'open_incubation_area':
      return measurePhaseStock(context, 'open');
    case 'carrier_count':
      return measureCarrierStock(context, false);
    case 'carriers_with_tier':
      return measureCarrierStock(context, true);
    case 'construction_started_incubation_area':
      return measurePhaseFlow(context, 'started', index.phaseIncubationM2);
    case 'recognitions': {
      const rule = countingRuleOf(target);
      return rule === 'netChangeOfHolders' ? measureNetChangeOfHolders(context) : measureRecognitions(context, rule);
    }
  }
}
