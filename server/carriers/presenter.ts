import { deriveCarrier } from '@shared/carriers/derive';
import { carrierFields } from '@shared/carriers/fields/carrier';
import type { CarrierRecord, CarrierView, Verification } from '@shared/carriers/record';
import type { IsoDate } from '@shared/dates';
import { presentTable } from '../db/fromZod';
import type { CarrierFields } from './model';

/** A carrier as read from MongoDB with `.lean()`. */
export type CarrierLean = Partial<CarrierFields> & { _id: { toString(): string }; version: number };

/**
 * Whitelists what leaves the server: the carrier table's stored fields, as the table
 * presents them (never a mongoose document, never bookkeeping such as `deletedBy`).
 */
export function toRecord(doc: CarrierLean): CarrierRecord {
  return {
    id: doc._id.toString(),
    ...presentTable(carrierFields, doc as Record<string, unknown>),
    version: doc.version,
    createdAt: (doc.createdAt ?? new Date(0)).toISOString(),
    updatedAt: (doc.updatedAt ?? new Date(0)).toISOString(),
  } as CarrierRecord;
}

export function presentCarrier(
  record: CarrierRecord,
  asOf: IsoDate,
  verification: Verification = { state: 'verified' },
): CarrierView {
  return { ...record, derived: deriveCarrier(record, asOf), verification };
}
