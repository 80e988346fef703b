import type { FieldSpec, FieldTable } from '../../fields/table';
import { carrierFields } from './carrier';
import { contactFields } from './contact';
import { phaseFields } from './phase';
import { ratingFields } from './rating';
import { recognitionFields } from './recognition';

export { carrierFields, contactFields, phaseFields, ratingFields, recognitionFields };

/** The tables of a carrier's list items and nested objects, by the carrier field that holds them. */
const NESTED: Record<string, FieldTable> = {
  phases: phaseFields,
  recognitions: recognitionFields,
  ratings: ratingFields,
  contact: contactFields,
};

/**
 * The declaration of the field a path names, in any of the carrier's tables: `name`,
 * `contact.phone`, `phases[ph-1].openedOn` (a diff's path) or `phases.0.openedOn` (an
 * error's). Null for a path no table declares.
 */
export function carrierFieldAt(path: string): FieldSpec | null {
  const [head, ...rest] = path.replace(/\[[^\]]*\]/g, '.#').split('.');
  const inner = rest.filter((part) => part !== '#' && !/^\d+$/.test(part));
  const nested = NESTED[head!];
  if (nested && inner.length > 0) return nested[inner[0]!] ?? null;
  return (carrierFields as FieldTable)[head!] ?? null;
}
