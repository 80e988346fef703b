import { z } from 'zod';
import { IsoDateSchema } from './schema';
import { DEFAULT_PAGE_LIMIT, MAX_NAME_LENGTH, MAX_PAGE_LIMIT } from './limits';
import { CARRIER_KINDS, INDUSTRIES, PHASE_STATUSES, TIERS } from './vocabulary';

/** `a,b,c` in a query string → ['a','b','c'], each checked against the vocabulary. */
function commaList<T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .string()
    .max(500, { message: 'text.tooLong' })
    .transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { message })));
}

const Bbox = z
  .string()
  .max(200, { message: 'text.tooLong' })
  .transform((raw, ctx) => {
    const numbers = raw.split(',').map(Number);
    const [minLng, minLat, maxLng, maxLat] = numbers;
    const valid =
      numbers.length === 4 &&
      numbers.every(Number.isFinite) &&
      minLng! >= -180 && maxLng! <= 180 && minLat! >= -90 && maxLat! <= 90 &&
      minLng! <= maxLng! && minLat! <= maxLat!;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: 'query.bbox' });
      return z.NEVER;
    }
    return [minLng!, minLat!, maxLng!, maxLat!] as [number, number, number, number];
  });

export const CARRIER_SORTS = ['name', '-name', 'openArea', '-openArea', 'updatedAt', '-updatedAt', 'createdAt', '-createdAt'] as const;

/**
 * Filters shared by the list, GeoJSON and export endpoints and the map's filter panel.
 * Multi-valued filters take comma-separated values (`kind=incubator,makerspace`).
 */
export const CarrierFilterSchema = z.strictObject({
  region: z.string().regex(/^[a-z-]{2,30}$/, { message: 'carrier.region.invalid' }).optional(),
  kind: commaList(CARRIER_KINDS, 'carrier.kind.invalid').optional(),
  minTier: z.enum(TIERS, { message: 'recognition.tier.invalid' }).optional(),
  status: commaList(PHASE_STATUSES, 'phase.status.invalid').optional(),
  district: z.string().max(200, { message: 'text.tooLong' }).transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean)).optional(),
  industry: commaList(INDUSTRIES, 'carrier.industry.invalid').optional(),
  q: z.string().trim().max(MAX_NAME_LENGTH, { message: 'text.tooLong' }).optional(),
  bbox: Bbox.optional(),
  openedFrom: IsoDateSchema.optional(),
  openedTo: IsoDateSchema.optional(),
  /** Only carriers the caller owns (a manager's "my carriers"). */
  mine: z.enum(['true', 'false'], { message: 'boolean' }).transform((value) => value === 'true').optional(),
});
export type CarrierFilter = z.infer<typeof CarrierFilterSchema>;

export const CarrierListQuerySchema = CarrierFilterSchema.extend({
  sort: z.enum(CARRIER_SORTS, { message: 'query.sort' }).default('name'),
  page: z.coerce.number({ message: 'query.page' }).int({ message: 'query.page' }).min(1, { message: 'query.page' }).max(100_000, { message: 'query.page' }).default(1),
  limit: z.coerce
    .number({ message: 'query.limit' })
    .int({ message: 'query.limit' })
    .min(1, { message: 'query.limit' })
    .max(MAX_PAGE_LIMIT, { message: 'query.limit' })
    .default(DEFAULT_PAGE_LIMIT),
});
export type CarrierListQuery = z.infer<typeof CarrierListQuerySchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export const CarrierExportQuerySchema = CarrierFilterSchema.extend({
  format: z.enum(EXPORT_FORMATS, { message: 'query.format' }).default('csv'),
});
