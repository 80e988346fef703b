import type { CarrierRecord, StoredPhase } from '@shared/carriers/record';
import type { CarrierKind, PhaseStatus } from '@shared/carriers/vocabulary';
import type { IsoDate } from '@shared/dates';
import { slipPhase } from '@shared/planner';
import { isPipelineAt, phaseStatusAt, plannedOpeningAt } from '@shared/planner';

/** One phase not yet open at the as-of: a row of the pipeline table. */
export interface PipelineRow {
  /** `carrierId:phaseId`, the way scenario edits name a phase. */
  ref: string;
  carrierName: string;
  kind: CarrierKind;
  region: string;
  district: string | null;
  phaseLabel: string;
  /** Planned or under construction, as it stood at the as-of (shared/planner phaseAtAsOf). */
  status: PhaseStatus;
  incubationAreaM2: number | null;
  constructionStartedOn: IsoDate | null;
  plannedOpeningOn: IsoDate | null;
  phase: StoredPhase;
}

/**
 * The pipeline at the as-of, judged as the engine judges it (as-of replay): phases not open
 * by then, including ones that opened later. Ordered by planned opening, undated last.
 */
export function pipelineRows(carriers: readonly CarrierRecord[], asOf: IsoDate): PipelineRow[] {
  const rows: PipelineRow[] = [];
  for (const carrier of carriers) {
    for (const phase of carrier.phases) {
      if (!isPipelineAt(phase, asOf)) continue;
      rows.push({
        ref: `${carrier.id}:${phase.id}`,
        carrierName: carrier.name,
        kind: carrier.kind,
        region: carrier.region,
        district: carrier.district ?? null,
        phaseLabel: phase.label,
        status: phaseStatusAt(phase, asOf),
        incubationAreaM2: phase.incubationAreaM2 ?? null,
        constructionStartedOn: phase.constructionStartedOn ?? null,
        plannedOpeningOn: plannedOpeningAt(phase, asOf) ?? null,
        phase,
      });
    }
  }
  return rows.sort((a, b) => (a.plannedOpeningOn ?? '9999').localeCompare(b.plannedOpeningOn ?? '9999') || a.carrierName.localeCompare(b.carrierName));
}

/** Where a row's planned opening lands after `months` of slip, by the shared planner's own rule. */
export function slippedOpening(row: PipelineRow, months: number, asOf: IsoDate): IsoDate | null {
  if (months === 0) return row.plannedOpeningOn;
  return slipPhase(row.phase, months, asOf).plannedOpeningOn ?? null;
}
