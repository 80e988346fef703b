import { Schema, type Connection, type HydratedDocument } from 'mongoose';
import { carrierFields } from '@shared/carriers/fields/carrier';
import type { CarrierRecord } from '@shared/carriers/record';
import type { Tier } from '@shared/carriers/vocabulary';
import { definitionOfTable } from '../db/fromZod';

/*
 * The carriers collection: every field of the shared carrier table (shared/carriers/fields/),
 * derived from it so the database is guarded by the same declaration the API validates with,
 * plus the registry's own bookkeeping below.
 */

/** A carrier document: the record's fields as BSON holds them (instants as dates), and the bookkeeping. */
export interface CarrierFields extends Omit<CarrierRecord, 'id' | 'createdAt' | 'updatedAt' | 'provenance' | 'location'> {
  location?: CarrierRecord['location'];
  provenance: Omit<CarrierRecord['provenance'], 'verifiedAt'> & { verifiedAt?: Date };
  summary: { openIncubationAreaM2: number; pipelineIncubationAreaM2: number; currentTier?: Tier | null };
  version: number;
  deletedAt: Date | null;
  deletedBy?: string;
  createdBy?: string;
  updatedBy?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const carrierSchema = new Schema<CarrierFields>(
  {
    ...definitionOfTable(carrierFields),
    /**
     * Figures derived at the last write, kept only so lists can sort by area; the API
     * recomputes them on every read.
     */
    summary: {
      openIncubationAreaM2: { type: Number, default: 0 },
      pipelineIncubationAreaM2: { type: Number, default: 0 },
      currentTier: { type: String },
    },
    /** Optimistic concurrency: every accepted edit increments it; a stale edit gets 409. */
    version: { type: Number, required: true, default: 1 },
    /** Soft delete: the record stays for history and audit, and leaves every list. */
    deletedAt: { type: Date, default: null },
    deletedBy: { type: String },
    createdBy: { type: String },
    updatedBy: { type: String },
  },
  { timestamps: true, versionKey: false, strict: 'throw', minimize: true },
);

// Names are unique within a region among live carriers; deleted ones keep their
// deletion time in the key so a name can be reused after a deletion.
carrierSchema.index({ region: 1, name: 1, deletedAt: 1 }, { unique: true, name: 'region_name_unique' });
carrierSchema.index({ location: '2dsphere' });
carrierSchema.index({ owners: 1 });
carrierSchema.index({ region: 1, kind: 1 });
// The registry list's orders among live carriers (deletedAt: null, then the sort keys):
// the store walks these in order and stops at the page instead of sorting every match.
carrierSchema.index({ deletedAt: 1, name: 1, _id: 1 }, { name: 'live_by_name' });
carrierSchema.index({ deletedAt: 1, updatedAt: -1, _id: 1 }, { name: 'live_by_recent_update' });

export type CarrierDocument = HydratedDocument<CarrierFields>;

export function carrierModel(connection: Connection) {
  return connection.model('Carrier', carrierSchema, 'carriers');
}
export type CarrierModel = ReturnType<typeof carrierModel>;
