import { deriveCarrier } from '@shared/carriers/derive';
import type { CarrierRecord } from '@shared/carriers/record';
import type { EditableFields } from './normalize';

/**
 * Derived figures stored beside the record only so that lists can sort by them; they are
 * as of the last write, and the API recomputes them on every read.
 */
export function summaryOf(fields: EditableFields, today: string) {
  const record: CarrierRecord = { ...fields, provenance: { ...fields.provenance }, id: '', version: 0, createdAt: '', updatedAt: '' };
  const derived = deriveCarrier(record, today);
  return {
    openIncubationAreaM2: derived.openIncubationAreaM2,
    pipelineIncubationAreaM2: derived.pipelineIncubationAreaM2,
    currentTier: derived.currentTier ?? undefined,
  };
}
