import { z } from 'zod';
import { isIsoDate } from '../dates';

/*
 * Value types every shape uses. Messages are keys of shared/validation/messages.ts, so the
 * server answers in the caller's language and the forms show them in the UI's.
 */

export const IsoDateSchema = z.string({ message: 'date.format' }).refine(isIsoDate, { message: 'date.format' });

/** An instant as the API writes it (ISO 8601 with Z); stored as a BSON date. */
export const IsoDateTimeSchema = z.iso.datetime({ message: 'datetime.format' });

/** A floor area in ㎡: positive, finite, at most `max`. */
export function areaM2(max: number) {
  return z.number({ message: 'area.number' }).positive({ message: 'area.positive' }).max(max, { message: 'area.max' });
}

export function year(min: number, max: number) {
  return z.number({ message: 'year.integer' }).int({ message: 'year.integer' }).min(min, { message: 'year.range' }).max(max, { message: 'year.range' });
}

/** Server-assigned ids of list items (phases, recognitions), kept stable for drill-down and scenarios. */
export const SubdocumentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'id.format' });

export const ObjectIdSchema = z.string().regex(/^[0-9a-f]{24}$/, { message: 'id.objectId' });

/**
 * One of a vocabulary's identifiers. Nothing chosen and a wrong choice get different
 * messages: "请选择类型" asks, "类型应为众创空间、孵化器或加速器" corrects.
 */
export function choice<const T extends readonly [string, ...string[]]>(ids: T, messages: { invalid: string; missing: string }) {
  return z.enum(ids, { error: (issue) => (issue.input === undefined || issue.input === '' ? messages.missing : messages.invalid) });
}
