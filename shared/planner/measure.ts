import type { MeasureContext } from './context';
import { measurePhaseFlow, measureRecognitions } from './flows';
import type { Measurement } from './measurement';
import { measureCarrierStock, measurePhaseStock } from './stocks';
import type { Measure } from './targets';

/** Runs the one pass a measure needs. See targets.ts `MEASURES` for what each one counts. */
export function measure(context: MeasureContext, measure: Measure): Measurement {
  const { index } = context;
  switch (measure) {
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
    case 'recognitions':
      return measureRecognitions(context);
  }
}
